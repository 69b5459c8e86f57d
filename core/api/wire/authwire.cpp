// SPDX-License-Identifier: GPL-3.0-or-later
// Personal API keys on the wire: the login request and the key it returns (section 2.2), and
// the one-time `LoginKey` into the web panel (section 6.2).
#include "jsonreader.h"
#include "wire.h"
#include "wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

namespace {

/// `ApiKey.id` is a number on the wire; an id that is not one (never the sandbox's) is sent
/// back as the text it came as rather than lost.
QJsonValue encodeKeyId(const QString &id)
{
    bool isNumber = false;
    const qint64 n = id.toLongLong(&isNumber);
    return isNumber ? QJsonValue(double(n)) : QJsonValue(id);
}

} // namespace

QJsonObject encodeApiKeyLogin(const ApiKeyLogin &l)
{
    QJsonObject o{{"login"_L1, l.login}, {"password"_L1, l.password}};
    if (!l.twoFactorToken.isEmpty())
        o.insert("two_factor_token"_L1, l.twoFactorToken);
    if (!l.name.isEmpty())
        o.insert("name"_L1, l.name);
    if (!l.installId.isEmpty())
        o.insert("installid"_L1, l.installId);
    if (l.validTo.isValid())
        o.insert("valid_to_date"_L1, WireTime::formatInstant(l.validTo));
    if (!l.type.isEmpty())
        o.insert("type"_L1, l.type);
    if (!l.whitelist.isEmpty())
        o.insert("whitelist"_L1, l.whitelist);
    return o;
}

Decoded<ApiKeyLogin> decodeApiKeyLogin(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    ApiKeyLogin l;
    l.login = r.string("login"_L1, true);
    l.password = r.string("password"_L1, true);
    l.twoFactorToken = r.string("two_factor_token"_L1);
    l.name = r.string("name"_L1);
    l.installId = r.string("installid"_L1);
    l.validTo = r.instant("valid_to_date"_L1);
    l.type = r.string("type"_L1);
    l.whitelist = r.string("whitelist"_L1);
    if (!r.ok())
        return r.error();
    return l;
}

Decoded<ApiKey> decodeApiKey(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    ApiKey k;
    k.id = r.string("id"_L1); // a number or, from some servers, a string
    k.key = r.string("key"_L1, true);
    k.validTo = r.instant("valid_to_date"_L1);
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

QJsonObject encodeApiKey(const ApiKey &k)
{
    QJsonArray privileges;
    for (const ApiPrivilege &p : k.privileges)
        privileges.append(
                QJsonObject{{"object"_L1, p.object}, {"privileges"_L1, QJsonArray::fromStringList(p.privileges)}});
    QJsonObject o{
            {"id"_L1, encodeKeyId(k.id)},  {"key"_L1, k.key},
            {"role"_L1, k.role},           {"name"_L1, k.name},
            {"type"_L1, k.type},           {"installid"_L1, k.installId},
            {"userid"_L1, k.userId},       {"whitelist"_L1, k.whitelist},
            {"privileges"_L1, privileges},
    };
    if (k.validTo.isValid())
        o.insert("valid_to_date"_L1, WireTime::formatInstant(k.validTo));
    return o;
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

} // namespace Frontline::Wire
