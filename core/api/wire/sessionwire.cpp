// SPDX-License-Identifier: GPL-3.0-or-later
// API keys, ticket creation, time zones, login keys, postpone and error bodies on the wire.
#include "sessionwire.h"

#include "jsonreader.h"
#include "wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

namespace {

void putInstant(QJsonObject &o, QLatin1StringView key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(key, WireTime::formatInstant(t));
}

void putNonEmpty(QJsonObject &o, QLatin1StringView key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(key, s);
}

} // namespace

Decoded<ApiKeyLogin> decodeApiKeyLogin(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    ApiKeyLogin l;
    l.login = r.string("login"_L1, true);
    l.password = r.string("password"_L1, true);
    l.twoFactorToken = r.string("two_factor_token"_L1);
    l.validToDate = r.instant("valid_to_date"_L1);
    l.name = r.string("name"_L1);
    l.type = r.string("type"_L1);
    l.installId = r.string("installid"_L1);
    l.whitelist = r.string("whitelist"_L1);
    if (!r.ok())
        return r.error();
    return l;
}

QJsonObject encodeApiKeyLogin(const ApiKeyLogin &l)
{
    QJsonObject o{{"login"_L1, l.login}, {"password"_L1, l.password}};
    putNonEmpty(o, "two_factor_token"_L1, l.twoFactorToken);
    putInstant(o, "valid_to_date"_L1, l.validToDate);
    putNonEmpty(o, "name"_L1, l.name);
    putNonEmpty(o, "type"_L1, l.type);
    putNonEmpty(o, "installid"_L1, l.installId);
    putNonEmpty(o, "whitelist"_L1, l.whitelist);
    return o;
}

Decoded<ApiKeyInfo> decodeApiKey(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    ApiKeyInfo k;
    k.id = r.integer("id"_L1);
    k.key = r.string("key"_L1, true);
    k.validToDate = r.instant("valid_to_date"_L1);
    k.role = r.string("role"_L1);
    k.name = r.string("name"_L1);
    k.type = r.string("type"_L1);
    k.installId = r.string("installid"_L1);
    k.userId = r.string("userid"_L1);
    k.whitelist = r.string("whitelist"_L1);
    const QJsonArray privileges = r.array("privileges"_L1);
    for (qsizetype i = 0; i < privileges.size() && r.ok(); ++i) {
        const QString itemPath = r.fieldPath("privileges"_L1) + QStringLiteral("[%1]").arg(i);
        if (!privileges.at(i).isObject())
            return DecodeError{itemPath, QStringLiteral("expected an object")};
        JsonReader pr(privileges.at(i).toObject(), itemPath);
        ApiPrivilege p{pr.string("object"_L1), pr.stringList("privileges"_L1)};
        if (!pr.ok())
            return pr.error();
        k.privileges.append(p);
    }
    if (!r.ok())
        return r.error();
    return k;
}

QJsonObject encodeApiKey(const ApiKeyInfo &k)
{
    QJsonObject o{
            {"id"_L1, double(k.id)}, {"key"_L1, k.key},
            {"role"_L1, k.role},     {"name"_L1, k.name},
            {"type"_L1, k.type},     {"installid"_L1, k.installId},
            {"userid"_L1, k.userId}, {"whitelist"_L1, k.whitelist},
    };
    putInstant(o, "valid_to_date"_L1, k.validToDate);
    QJsonArray privileges;
    for (const ApiPrivilege &p : k.privileges)
        privileges.append(
                QJsonObject{{"object"_L1, p.object}, {"privileges"_L1, QJsonArray::fromStringList(p.privileges)}});
    o.insert("privileges"_L1, privileges);
    return o;
}

Decoded<NewTicket> decodeNewTicket(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    NewTicket t;
    t.userIdentifier = r.string("useridentifier"_L1, true);
    t.subject = r.string("subject"_L1, true);
    t.departmentId = r.string("departmentid"_L1, true);
    t.recipient = r.string("recipient"_L1, true);
    t.message = r.string("message"_L1, true);
    t.recipientName = r.string("recipient_name"_L1);
    t.status = r.string("status"_L1);
    t.isHtmlMessage = r.string("is_html_message"_L1);
    t.tagIds = r.stringList("tags"_L1);
    if (!r.ok())
        return r.error();
    return t;
}

QJsonObject encodeNewTicket(const NewTicket &t)
{
    QJsonObject o{
            {"useridentifier"_L1, t.userIdentifier}, {"subject"_L1, t.subject}, {"departmentid"_L1, t.departmentId},
            {"recipient"_L1, t.recipient},           {"message"_L1, t.message},
    };
    putNonEmpty(o, "recipient_name"_L1, t.recipientName);
    putNonEmpty(o, "status"_L1, t.status);
    putNonEmpty(o, "is_html_message"_L1, t.isHtmlMessage);
    if (!t.tagIds.isEmpty())
        o.insert("tags"_L1, QJsonArray::fromStringList(t.tagIds));
    return o;
}

QJsonObject encodeTicketInformation(const Ticket &t)
{
    QJsonObject o{
            {"id"_L1, t.id},
            {"ownerid"_L1, t.ownerContactId},
            {"owner_contactid"_L1, t.ownerContactId},
            {"departmentid"_L1, t.departmentId},
            {"agentid"_L1, t.agentId},
            {"status"_L1, t.status},
            {"tags"_L1, t.tagIds.join(u',')},
            {"code"_L1, t.code},
            {"channel_type"_L1, t.channelType},
            {"public_access_urlcode"_L1, t.publicAccessUrlCode},
            {"subject"_L1, t.subject},
    };
    putInstant(o, "date_created"_L1, t.dateCreated);
    QJsonArray fields;
    for (const CustomField &f : t.customFields)
        fields.append(QJsonObject{{"code"_L1, f.code}, {"value"_L1, f.value}});
    o.insert("custom_fields"_L1, fields);
    return o;
}

Decoded<Ticket> decodeTicketInformation(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Ticket t;
    t.id = r.string("id"_L1, true);
    t.ownerContactId = r.string("owner_contactid"_L1);
    if (t.ownerContactId.isEmpty())
        t.ownerContactId = r.string("ownerid"_L1);
    t.departmentId = r.string("departmentid"_L1);
    t.agentId = r.string("agentid"_L1);
    t.status = r.string("status"_L1);
    // `tags` is typed string here (one comma-separated list); tolerate an array as well.
    if (o.value("tags"_L1).isArray())
        t.tagIds = r.stringList("tags"_L1);
    else
        t.tagIds = r.string("tags"_L1).split(u',', Qt::SkipEmptyParts);
    t.code = r.string("code"_L1);
    t.channelType = r.string("channel_type"_L1);
    t.dateCreated = r.instant("date_created"_L1);
    t.publicAccessUrlCode = r.string("public_access_urlcode"_L1);
    t.subject = r.string("subject"_L1);
    if (!r.ok())
        return r.error();
    return t;
}

Decoded<TimeZoneEntry> decodeTimeZone(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    TimeZoneEntry z{r.string("code"_L1), r.string("name"_L1)};
    if (!r.ok())
        return r.error();
    return z;
}

QJsonObject encodeTimeZone(const TimeZoneEntry &z)
{
    return QJsonObject{{"code"_L1, z.code}, {"name"_L1, z.name}};
}

Decoded<QString> decodeLoginKey(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    QString key = r.string("login_key"_L1, true);
    if (!r.ok())
        return r.error();
    return key;
}

QJsonObject encodeLoginKey(const QString &loginKey)
{
    return QJsonObject{{"login_key"_L1, loginKey}};
}

Decoded<QDateTime> decodeTicketPostpone(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    QDateTime until = r.instant("date_time"_L1, true);
    if (!r.ok())
        return r.error();
    return until;
}

QJsonObject encodeTicketPostpone(const QDateTime &until)
{
    return QJsonObject{{"date_time"_L1, WireTime::formatInstant(until)}};
}

QString decodeErrorMessage(const QJsonObject &o)
{
    return o.value("message"_L1).toString();
}

QJsonObject encodeError(const QString &message)
{
    return QJsonObject{{"message"_L1, message}};
}

} // namespace Frontline::Wire
