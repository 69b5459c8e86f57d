// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketwriter.h"

#include "database.h"

#include "logging.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace Frontline::Sandbox {

namespace {

/// Binds values in order, 1-based, the way TicketStore's columns are listed.
class Binder
{
public:
    explicit Binder(sqlite3_stmt *statement)
        : m_statement(statement)
    { }

    Binder &text(const QString &s)
    {
        // Empty, never NULL: text columns hold "" for "none".
        const QByteArray utf8 = s.toUtf8();
        m_ok = m_ok
                && sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
                        == SQLITE_OK;
        return *this;
    }
    Binder &integer(qint64 n)
    {
        m_ok = m_ok && sqlite3_bind_int64(m_statement, ++m_index, n) == SQLITE_OK;
        return *this;
    }
    Binder &instant(const QDateTime &t)
    {
        if (!t.isValid()) {
            m_ok = m_ok && sqlite3_bind_null(m_statement, ++m_index) == SQLITE_OK;
            return *this;
        }
        return integer(t.toSecsSinceEpoch());
    }
    bool ok() const { return m_ok; }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
    bool m_ok = true;
};

} // namespace

TicketWriter::TicketWriter(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCCritical(lcSandbox) << "the database connection is not SQLite";
        return;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    m_ticket = prepare("INSERT INTO tickets(id, code, subject, owner_contactid, owner_email, owner_name, departmentid,"
                       " agentid, status, channel_type, tags, date_created, date_changed, date_resolved, date_due,"
                       " date_deleted, last_activity, last_activity_public, public_access_urlcode, sla_level_id,"
                       " sla_level_fixed, postponed_until, first_answered, reply_pending_since, first_assigned,"
                       " sla_first_answer, sla_next_answer, sla_first_resolve, sla_first_assign, search_head)"
                       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_tag = prepare("INSERT OR IGNORE INTO ticket_tags(tag_id, ticket_seq) VALUES(?, ?)");
    m_group = prepare("INSERT INTO message_groups(ticket_seq, parent_id, userid, user_full_name, type, status,"
                      " datecreated, datefinished, sort_order) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_message = prepare("INSERT INTO messages(group_id, userid, type, format, message, visibility, datecreated)"
                        " VALUES(?, ?, ?, ?, ?, ?, ?)");
    m_search = prepare("INSERT INTO message_search(rowid, body) VALUES(?, ?)");
    m_history = prepare("INSERT INTO ticket_history(ticket_seq, department_id, agent_id, status, date_from)"
                        " VALUES(?, ?, ?, ?, ?)");
    if (!m_ticket || !m_tag || !m_group || !m_message || !m_search || !m_history)
        m_db = nullptr;
}

TicketWriter::~TicketWriter()
{
    for (sqlite3_stmt *statement : {m_ticket, m_tag, m_group, m_message, m_search, m_history})
        sqlite3_finalize(statement);
}

sqlite3_stmt *TicketWriter::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        qCCritical(lcSandbox) << "cannot prepare" << sql << sqlite3_errmsg(m_db);
        return nullptr;
    }
    return statement;
}

bool TicketWriter::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE) {
        qCWarning(lcSandbox) << "SQL failed:" << sqlite3_sql(statement) << sqlite3_errmsg(m_db);
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
    if (!m_db)
        return false;
    const Ticket &t = r.ticket;
    Binder b(m_ticket);
    b.text(t.id).text(t.code).text(t.subject).text(t.ownerContactId).text(t.ownerEmail).text(t.ownerName);
    b.text(t.departmentId).text(t.agentId).text(t.status).text(t.channelType).text(t.tagIds.join(u','));
    b.instant(t.dateCreated).instant(t.dateChanged).instant(t.dateResolved).instant(t.dateDue).instant(t.dateDeleted);
    b.instant(t.lastActivity).instant(t.lastActivityPublic).text(t.publicAccessUrlCode).text(r.slaLevelId);
    b.integer(r.slaLevelFixed ? 1 : 0).instant(r.postponedUntil).instant(r.firstAnswered).instant(r.replyPendingSince);
    b.instant(r.firstAssigned).instant(r.sla.firstAnswer).instant(r.sla.nextAnswer).instant(r.sla.firstResolve);
    b.instant(r.sla.firstAssign).text(searchHead(t));
    if (!b.ok() || !step(m_ticket))
        return false;
    r.seq = sqlite3_last_insert_rowid(m_db);
    for (const QString &tag : t.tagIds) {
        Binder tb(m_tag);
        tb.text(tag).integer(r.seq);
        if (!tb.ok() || !step(m_tag))
            return false;
    }
    return true;
}

bool TicketWriter::insertGroup(qint64 ticketSeq, MessageGroup &group)
{
    if (!m_db)
        return false;
    Binder g(m_group);
    g.integer(ticketSeq).text(group.parentId).text(group.userId).text(group.userFullName).text(group.type);
    g.text(group.status).instant(group.dateCreated).instant(group.dateFinished).integer(group.sortOrder);
    if (!g.ok() || !step(m_group))
        return false;
    const qint64 groupId = sqlite3_last_insert_rowid(m_db);
    group.id = QString::number(groupId);
    for (Message &message : group.messages) {
        Binder m(m_message);
        m.integer(groupId).text(message.userId).text(message.type).text(message.format).text(message.body);
        m.text(message.visibility).instant(message.dateCreated);
        if (!m.ok() || !step(m_message))
            return false;
        const qint64 messageId = sqlite3_last_insert_rowid(m_db);
        message.id = QString::number(messageId);
        // Headers are not what people search for; bodies and notes are.
        if (message.type == u"H")
            continue;
        Binder s(m_search);
        s.integer(messageId).text(message.body);
        if (!s.ok() || !step(m_search))
            return false;
    }
    return true;
}

bool TicketWriter::insertHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId,
                                 const QString &status, const QDateTime &from)
{
    if (!m_db)
        return false;
    Binder b(m_history);
    b.integer(ticketSeq).text(departmentId).text(agentId).text(status).instant(from);
    return b.ok() && step(m_history);
}

} // namespace Frontline::Sandbox
