// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketwriter.h"

#include "database.h"

#include "logging.h"

#include "store/sqlitestatement.h"

namespace Frontline::Sandbox {

TicketWriter::TicketWriter(Database &db)
{
    sqlite3 *handle = sqliteHandle(db.connection());
    if (!handle) {
        qCCritical(lcSandbox) << "the database connection is not SQLite";
        return;
    }
    m_ticket = std::make_unique<SqliteStatement>(
            handle,
            "INSERT INTO tickets(id, code, subject, owner_contactid, owner_email, owner_name, departmentid,"
            " agentid, status, channel_type, tags, date_created, date_changed, date_resolved, date_due,"
            " date_deleted, last_activity, last_activity_public, public_access_urlcode, sla_level_id,"
            " sla_level_fixed, postponed_until, first_answered, reply_pending_since, first_assigned,"
            " sla_first_answer, sla_next_answer, sla_first_resolve, sla_first_assign, search_head)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_tag = std::make_unique<SqliteStatement>(handle,
                                              "INSERT OR IGNORE INTO ticket_tags(tag_id, ticket_seq) VALUES(?, ?)");
    m_group = std::make_unique<SqliteStatement>(
            handle,
            "INSERT INTO message_groups(ticket_seq, parent_id, userid, user_full_name, type, status,"
            " datecreated, datefinished, sort_order) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_message = std::make_unique<SqliteStatement>(
            handle,
            "INSERT INTO messages(group_id, userid, type, format, message, visibility, datecreated)"
            " VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_search = std::make_unique<SqliteStatement>(handle, "INSERT INTO message_search(rowid, body) VALUES(?, ?)");
    m_history = std::make_unique<SqliteStatement>(
            handle,
            "INSERT INTO ticket_history(ticket_seq, department_id, agent_id, status, date_from)"
            " VALUES(?, ?, ?, ?, ?)");
    m_valid = m_ticket->isValid() && m_tag->isValid() && m_group->isValid() && m_message->isValid()
            && m_search->isValid() && m_history->isValid();
}

TicketWriter::~TicketWriter() = default;

bool TicketWriter::run(SqliteStatement &statement)
{
    if (const StoreError e = statement.run(); e.isError()) {
        qCWarning(lcSandbox) << "SQL failed:" << statement.sql() << e.detail;
        return false;
    }
    return true;
}

QString TicketWriter::searchHead(const Ticket &t)
{
    return (t.subject + u' ' + t.ownerName + u' ' + t.ownerEmail).toLower();
}

bool TicketWriter::insertTicket(TicketRecord &r)
{
    if (!m_valid)
        return false;
    const Ticket &t = r.ticket;
    SqliteStatement &b = *m_ticket;
    b.text(t.id).text(t.code).text(t.subject).text(t.ownerContactId).text(t.ownerEmail).text(t.ownerName);
    b.text(t.departmentId).text(t.agentId).text(t.status).text(t.channelType).text(t.tagIds.join(u','));
    b.instant(t.dateCreated).instant(t.dateChanged).instant(t.dateResolved).instant(t.dateDue).instant(t.dateDeleted);
    b.instant(t.lastActivity).instant(t.lastActivityPublic).text(t.publicAccessUrlCode).text(r.slaLevelId);
    b.integer(r.slaLevelFixed ? 1 : 0).instant(r.postponedUntil).instant(r.firstAnswered).instant(r.replyPendingSince);
    b.instant(r.firstAssigned).instant(r.sla.firstAnswer).instant(r.sla.nextAnswer).instant(r.sla.firstResolve);
    b.instant(r.sla.firstAssign).text(searchHead(t));
    if (!run(b))
        return false;
    r.seq = b.lastInsertRowId();
    for (const QString &tag : t.tagIds) {
        m_tag->text(tag).integer(r.seq);
        if (!run(*m_tag))
            return false;
    }
    return true;
}

bool TicketWriter::insertGroup(qint64 ticketSeq, MessageGroup &group)
{
    if (!m_valid)
        return false;
    SqliteStatement &g = *m_group;
    g.integer(ticketSeq).text(group.parentId).text(group.userId).text(group.userFullName).text(group.type);
    g.text(group.status).instant(group.dateCreated).instant(group.dateFinished).integer(group.sortOrder);
    if (!run(g))
        return false;
    const qint64 groupId = g.lastInsertRowId();
    group.id = QString::number(groupId);
    for (Message &message : group.messages) {
        SqliteStatement &m = *m_message;
        m.integer(groupId).text(message.userId).text(message.type).text(message.format).text(message.body);
        m.text(message.visibility).instant(message.dateCreated);
        if (!run(m))
            return false;
        const qint64 messageId = m.lastInsertRowId();
        message.id = QString::number(messageId);
        // Headers are not what people search for; bodies and notes are.
        if (message.type == u"H")
            continue;
        m_search->integer(messageId).text(message.body);
        if (!run(*m_search))
            return false;
    }
    return true;
}

bool TicketWriter::insertHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId,
                                 const QString &status, const QDateTime &from)
{
    if (!m_valid)
        return false;
    m_history->integer(ticketSeq).text(departmentId).text(agentId).text(status).instant(from);
    return run(*m_history);
}

} // namespace Frontline::Sandbox
