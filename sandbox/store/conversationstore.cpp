// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationstore.h"

#include "database.h"
#include "ticketwriter.h"

#include <QHash>
#include <QSqlQuery>

namespace Frontline::Sandbox {

ConversationStore::ConversationStore(Database &db, TicketWriter &writer)
    : m_db(db)
    , m_writer(writer)
{ }

bool ConversationStore::insertGroup(qint64 ticketSeq, MessageGroup &group)
{
    return m_writer.insertGroup(ticketSeq, group);
}

int ConversationStore::groupCount(qint64 ticketSeq)
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT count(*) FROM message_groups WHERE ticket_seq = ?"), {ticketSeq});
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QList<MessageGroup> ConversationStore::groups(qint64 ticketSeq, int offset, int limit, bool newestFirst)
{
    const QString direction = newestFirst ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery &g =
            m_db.run(QStringLiteral("SELECT id, parent_id, userid, user_full_name, type, status, datecreated,"
                                    " datefinished, sort_order FROM message_groups WHERE ticket_seq = ?"
                                    " ORDER BY datecreated")
                             + direction + QStringLiteral(", id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
                     {ticketSeq, limit, offset});
    QList<MessageGroup> out;
    QHash<qint64, qsizetype> index;
    while (g.next()) {
        MessageGroup group;
        group.id = g.value(0).toString();
        group.parentId = g.value(1).toString();
        group.userId = g.value(2).toString();
        group.userFullName = g.value(3).toString();
        group.type = g.value(4).toString();
        group.status = g.value(5).toString();
        group.dateCreated = Database::fromDb(g.value(6));
        group.dateFinished = Database::fromDb(g.value(7));
        group.sortOrder = g.value(8).toInt();
        index.insert(g.value(0).toLongLong(), out.size());
        out.append(group);
    }
    g.finish();
    if (out.isEmpty())
        return out;

    QSqlQuery &m = m_db.run(QStringLiteral("SELECT m.id, m.group_id, m.userid, m.type, m.format, m.message,"
                                           " m.visibility, m.datecreated FROM messages m JOIN message_groups g"
                                           " ON g.id = m.group_id WHERE g.ticket_seq = ? ORDER BY m.id"),
                            {ticketSeq});
    while (m.next()) {
        const auto it = index.constFind(m.value(1).toLongLong());
        if (it == index.cend())
            continue;
        Message message;
        message.id = m.value(0).toString();
        message.userId = m.value(2).toString();
        message.type = m.value(3).toString();
        message.format = m.value(4).toString();
        message.body = m.value(5).toString();
        message.visibility = m.value(6).toString();
        message.dateCreated = Database::fromDb(m.value(7));
        out[*it].messages.append(message);
    }
    m.finish();
    return out;
}

bool ConversationStore::appendHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId,
                                      const QString &status, const QDateTime &at)
{
    bool ok = false;
    m_db.run(QStringLiteral("UPDATE ticket_history SET date_to = ? WHERE ticket_seq = ? AND date_to IS NULL"),
             {Database::toDb(at), ticketSeq}, &ok);
    return ok && startHistory(ticketSeq, departmentId, agentId, status, at);
}

bool ConversationStore::startHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId,
                                     const QString &status, const QDateTime &at)
{
    return m_writer.insertHistory(ticketSeq, departmentId, agentId, status, at);
}

QList<TicketHistoryEntry> ConversationStore::history(qint64 ticketSeq, const Ticket &ticket)
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT h.id, h.department_id, d.name, h.agent_id, h.status, h.date_from,"
                                           " h.date_to FROM ticket_history h LEFT JOIN departments d"
                                           " ON d.id = h.department_id WHERE h.ticket_seq = ? ORDER BY h.id"),
                            {ticketSeq});
    QList<TicketHistoryEntry> out;
    while (q.next()) {
        TicketHistoryEntry h;
        h.id = q.value(0).toString();
        h.ticketId = ticket.id;
        h.ticketCode = ticket.code;
        h.departmentId = q.value(1).toString();
        h.departmentName = q.value(2).toString();
        h.agentId = q.value(3).toString();
        h.status = q.value(4).toString();
        h.dateFrom = Database::fromDb(q.value(5));
        h.dateTo = Database::fromDb(q.value(6));
        if (h.dateTo.isValid())
            h.elapsedTime = QString::number(h.dateFrom.secsTo(h.dateTo));
        out.append(h);
    }
    q.finish();
    return out;
}

} // namespace Frontline::Sandbox
