// SPDX-License-Identifier: GPL-3.0-or-later
// Creating a ticket on the wire: `TicketListItem` in, `TicketInformation` out (section 6.4).
#include "jsonreader.h"
#include "wire.h"
#include "wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

namespace {

QString yesNo(bool b)
{
    return b ? u"Y"_s : u"N"_s;
}

QJsonArray encodeCustomFields(const QList<CustomField> &fields)
{
    QJsonArray out;
    for (const CustomField &f : fields)
        out.append(QJsonObject{{"code"_L1, f.code}, {"value"_L1, f.value}});
    return out;
}

std::optional<DecodeError> decodeCustomFields(JsonReader &r, QList<CustomField> &out)
{
    const QJsonArray fields = r.array("custom_fields"_L1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString itemPath = r.fieldPath("custom_fields"_L1) + QStringLiteral("[%1]").arg(i);
        if (!fields.at(i).isObject())
            return DecodeError{itemPath, QStringLiteral("expected an object")};
        JsonReader fr(fields.at(i).toObject(), itemPath);
        CustomField f{fr.string("code"_L1), fr.string("value"_L1)};
        if (!fr.ok())
            return fr.error();
        out.append(f);
    }
    return std::nullopt;
}

} // namespace

QJsonObject encodeNewTicket(const NewTicket &t)
{
    QJsonObject o{
            {"useridentifier"_L1, t.userIdentifier},
            {"subject"_L1, t.subject},
            {"departmentid"_L1, t.departmentId},
            {"recipient"_L1, t.recipient},
            {"message"_L1, t.message},
            {"is_html_message"_L1, yesNo(t.html)},
            {"do_not_send_mail"_L1, yesNo(t.doNotSendMail)},
            {"use_template"_L1, yesNo(t.useTemplate)},
    };
    if (!t.recipientName.isEmpty())
        o.insert("recipient_name"_L1, t.recipientName);
    if (!t.status.isEmpty())
        o.insert("status"_L1, t.status);
    if (!t.tagIds.isEmpty())
        o.insert("tags"_L1, QJsonArray::fromStringList(t.tagIds));
    if (!t.customFields.isEmpty())
        o.insert("custom_fields"_L1, encodeCustomFields(t.customFields));
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
    t.html = r.boolean("is_html_message"_L1, false);
    t.doNotSendMail = r.boolean("do_not_send_mail"_L1, false);
    t.useTemplate = r.boolean("use_template"_L1, true);
    t.tagIds = r.stringList("tags"_L1);
    if (auto e = decodeCustomFields(r, t.customFields))
        return *e;
    if (!r.ok())
        return r.error();
    return t;
}

Decoded<Ticket> decodeTicketInformation(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Ticket t;
    t.id = r.string("id"_L1, true);
    t.code = r.string("code"_L1);
    t.subject = r.string("subject"_L1);
    t.ownerContactId = r.string("owner_contactid"_L1);
    if (t.ownerContactId.isEmpty()) // the model has both; a server may fill only `ownerid`
        t.ownerContactId = r.string("ownerid"_L1);
    t.departmentId = r.string("departmentid"_L1);
    t.agentId = r.string("agentid"_L1);
    t.status = r.string("status"_L1);
    t.channelType = r.string("channel_type"_L1);
    t.dateCreated = r.instant("date_created"_L1);
    t.publicAccessUrlCode = r.string("public_access_urlcode"_L1);
    // The model types `tags` as a string here, unlike `Ticket.tags`; accept both.
    if (o.value("tags"_L1).isString())
        t.tagIds = o.value("tags"_L1).toString().split(u',', Qt::SkipEmptyParts);
    else
        t.tagIds = r.stringList("tags"_L1);
    if (auto e = decodeCustomFields(r, t.customFields))
        return *e;
    if (!r.ok())
        return r.error();
    return t;
}

QJsonObject encodeTicketInformation(const Ticket &t)
{
    QJsonObject o{
            {"id"_L1, t.id},
            {"code"_L1, t.code},
            {"subject"_L1, t.subject},
            {"ownerid"_L1, t.ownerContactId},
            {"owner_contactid"_L1, t.ownerContactId},
            {"departmentid"_L1, t.departmentId},
            {"agentid"_L1, t.agentId},
            {"status"_L1, t.status},
            {"channel_type"_L1, t.channelType},
            {"tags"_L1, t.tagIds.join(u',')},
            {"public_access_urlcode"_L1, t.publicAccessUrlCode},
            {"custom_fields"_L1, encodeCustomFields(t.customFields)},
    };
    if (t.dateCreated.isValid())
        o.insert("date_created"_L1, WireTime::formatInstant(t.dateCreated));
    return o;
}

} // namespace Frontline::Wire
