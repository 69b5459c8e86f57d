// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets, their SLA, history and conversations on the wire.
#include "jsonreader.h"
#include "wire.h"
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

void putString(QJsonObject &o, QLatin1StringView key, const QString &s)
{
    if (!s.isNull())
        o.insert(key, s);
}

} // namespace

Decoded<Ticket> decodeTicket(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Ticket t;
    t.id = r.string("id"_L1, true);
    t.code = r.string("code"_L1);
    t.subject = r.string("subject"_L1);
    t.ownerContactId = r.string("owner_contactid"_L1);
    t.ownerEmail = r.string("owner_email"_L1);
    t.ownerName = r.string("owner_name"_L1);
    t.departmentId = r.string("departmentid"_L1);
    t.agentId = r.string("agentid"_L1);
    t.status = r.string("status"_L1);
    t.channelType = r.string("channel_type"_L1);
    t.tagIds = r.stringList("tags"_L1);
    t.dateCreated = r.instant("date_created"_L1);
    t.dateChanged = r.instant("date_changed"_L1);
    t.dateResolved = r.instant("date_resolved"_L1);
    t.dateDue = r.instant("date_due"_L1);
    t.dateDeleted = r.instant("date_deleted"_L1);
    t.lastActivity = r.instant("last_activity"_L1);
    t.lastActivityPublic = r.instant("last_activity_public"_L1);
    t.publicAccessUrlCode = r.string("public_access_urlcode"_L1);
    const QJsonArray fields = r.array("custom_fields"_L1);
    for (qsizetype i = 0; i < fields.size() && r.ok(); ++i) {
        if (!fields.at(i).isObject()) {
            r.fail(QLatin1StringView("custom_fields"), QStringLiteral("item %1 is not an object").arg(i));
            break;
        }
        JsonReader fr(fields.at(i).toObject(), r.fieldPath("custom_fields"_L1) + QStringLiteral("[%1]").arg(i));
        CustomField f{fr.string("code"_L1), fr.string("value"_L1)};
        if (!fr.ok())
            return fr.error();
        t.customFields.append(f);
    }
    if (!r.ok())
        return r.error();
    return t;
}

QJsonObject encodeTicket(const Ticket &t)
{
    QJsonObject o;
    o.insert("id"_L1, t.id);
    o.insert("code"_L1, t.code);
    o.insert("subject"_L1, t.subject);
    o.insert("owner_contactid"_L1, t.ownerContactId);
    o.insert("owner_email"_L1, t.ownerEmail);
    o.insert("owner_name"_L1, t.ownerName);
    o.insert("departmentid"_L1, t.departmentId);
    o.insert("agentid"_L1, t.agentId);
    o.insert("status"_L1, t.status);
    o.insert("channel_type"_L1, t.channelType);
    o.insert("tags"_L1, QJsonArray::fromStringList(t.tagIds));
    putInstant(o, "date_created"_L1, t.dateCreated);
    putInstant(o, "date_changed"_L1, t.dateChanged);
    putInstant(o, "date_resolved"_L1, t.dateResolved);
    putInstant(o, "date_due"_L1, t.dateDue);
    putInstant(o, "date_deleted"_L1, t.dateDeleted);
    putInstant(o, "last_activity"_L1, t.lastActivity);
    putInstant(o, "last_activity_public"_L1, t.lastActivityPublic);
    putString(o, "public_access_urlcode"_L1, t.publicAccessUrlCode);
    QJsonArray fields;
    for (const CustomField &f : t.customFields)
        fields.append(QJsonObject{{"code"_L1, f.code}, {"value"_L1, f.value}});
    o.insert("custom_fields"_L1, fields);
    return o;
}

Decoded<TicketSla> decodeTicketSla(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    TicketSla s;
    s.ticketId = r.string("conversationid"_L1);
    s.slaLevelId = r.string("sla_level_id"_L1);
    s.slaLevelName = r.string("sla_level_name"_L1);
    s.firstAnswer = r.instant("first_answer"_L1);
    s.firstAssign = r.instant("first_assign"_L1);
    s.firstResolve = r.instant("first_resolve"_L1);
    s.nextAnswer = r.instant("next_answer"_L1);
    if (!r.ok())
        return r.error();
    return s;
}

QJsonObject encodeTicketSla(const TicketSla &s)
{
    QJsonObject o;
    o.insert("conversationid"_L1, s.ticketId);
    o.insert("sla_level_id"_L1, s.slaLevelId);
    o.insert("sla_level_name"_L1, s.slaLevelName);
    putInstant(o, "first_answer"_L1, s.firstAnswer);
    putInstant(o, "first_assign"_L1, s.firstAssign);
    putInstant(o, "first_resolve"_L1, s.firstResolve);
    putInstant(o, "next_answer"_L1, s.nextAnswer);
    return o;
}

Decoded<TicketHistoryEntry> decodeTicketHistory(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    TicketHistoryEntry h;
    h.id = r.string("id"_L1);
    h.ticketId = r.string("conversation_id"_L1);
    h.ticketCode = r.string("conversation_code"_L1);
    h.departmentId = r.string("department_id"_L1);
    h.departmentName = r.string("department_name"_L1);
    h.agentId = r.string("agent_id"_L1);
    h.status = r.string("status"_L1);
    h.dateFrom = r.instant("date_from"_L1);
    h.dateTo = r.instant("date_to"_L1);
    h.elapsedTime = r.string("elapsed_time"_L1);
    if (!r.ok())
        return r.error();
    return h;
}

QJsonObject encodeTicketHistory(const TicketHistoryEntry &h)
{
    QJsonObject o;
    o.insert("id"_L1, h.id);
    o.insert("conversation_id"_L1, h.ticketId);
    o.insert("conversation_code"_L1, h.ticketCode);
    o.insert("department_id"_L1, h.departmentId);
    o.insert("department_name"_L1, h.departmentName);
    o.insert("agent_id"_L1, h.agentId);
    o.insert("status"_L1, h.status);
    putInstant(o, "date_from"_L1, h.dateFrom);
    putInstant(o, "date_to"_L1, h.dateTo);
    putString(o, "elapsed_time"_L1, h.elapsedTime);
    return o;
}

QJsonObject encodeTicketUpdate(const TicketUpdate &u)
{
    QJsonObject o;
    if (u.agentId)
        o.insert("agentid"_L1, *u.agentId);
    if (u.departmentId)
        o.insert("departmentid"_L1, *u.departmentId);
    if (u.status)
        o.insert("status"_L1, *u.status);
    if (u.subject)
        o.insert("subject"_L1, *u.subject);
    if (u.tagIds)
        o.insert("tags"_L1, QJsonArray::fromStringList(*u.tagIds));
    return o;
}

Decoded<TicketUpdate> decodeTicketUpdate(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    TicketUpdate u;
    if (o.contains("agentid"_L1))
        u.agentId = r.string("agentid"_L1);
    if (o.contains("departmentid"_L1))
        u.departmentId = r.string("departmentid"_L1);
    if (o.contains("status"_L1))
        u.status = r.string("status"_L1);
    if (o.contains("subject"_L1))
        u.subject = r.string("subject"_L1);
    if (o.contains("tags"_L1))
        u.tagIds = r.stringList("tags"_L1);
    if (!r.ok())
        return r.error();
    return u;
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

Decoded<Message> decodeMessage(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Message m;
    m.id = r.string("id"_L1);
    m.userId = r.string("userid"_L1);
    m.type = r.string("type"_L1);
    m.format = r.string("format"_L1);
    m.body = r.string("message"_L1);
    m.visibility = r.string("visibility"_L1);
    m.dateCreated = r.instant("datecreated"_L1);
    if (!r.ok())
        return r.error();
    return m;
}

QJsonObject encodeMessage(const Message &m)
{
    QJsonObject o;
    o.insert("id"_L1, m.id);
    o.insert("userid"_L1, m.userId);
    o.insert("type"_L1, m.type);
    o.insert("format"_L1, m.format);
    o.insert("message"_L1, m.body);
    putString(o, "visibility"_L1, m.visibility);
    putInstant(o, "datecreated"_L1, m.dateCreated);
    return o;
}

Decoded<MessageGroup> decodeMessageGroup(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    MessageGroup g;
    g.id = r.string("id"_L1, true);
    g.parentId = r.string("parent_id"_L1);
    g.userId = r.string("userid"_L1);
    g.userFullName = r.string("user_full_name"_L1);
    g.type = r.string("type"_L1);
    g.status = r.string("status"_L1);
    g.dateCreated = r.instant("datecreated"_L1);
    g.dateFinished = r.instant("datefinished"_L1);
    g.sortOrder = int(r.integer("sort_order"_L1));
    const QJsonArray messages = r.array("messages"_L1);
    if (!r.ok())
        return r.error();
    auto decoded = decodeList<Message>(messages, decodeMessage, r.fieldPath("messages"_L1));
    if (!decoded)
        return decoded.error();
    g.messages = std::move(decoded).value();
    return g;
}

QJsonObject encodeMessageGroup(const MessageGroup &g)
{
    QJsonObject o;
    o.insert("id"_L1, g.id);
    putString(o, "parent_id"_L1, g.parentId);
    o.insert("userid"_L1, g.userId);
    o.insert("user_full_name"_L1, g.userFullName);
    o.insert("type"_L1, g.type);
    o.insert("status"_L1, g.status);
    putInstant(o, "datecreated"_L1, g.dateCreated);
    putInstant(o, "datefinished"_L1, g.dateFinished);
    o.insert("sort_order"_L1, g.sortOrder);
    QJsonArray messages;
    for (const Message &m : g.messages)
        messages.append(encodeMessage(m));
    o.insert("messages"_L1, messages);
    return o;
}

} // namespace Frontline::Wire
