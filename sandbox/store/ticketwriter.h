// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include "domain/conversation.h"

#include <QDateTime>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Frontline::Sandbox {

class Database;

/// Inserts tickets (with their tag rows), message groups (with their messages and search
/// index rows) and history rows through SQLite's C API on the Database's own connection,
/// inside the caller's QtSql transaction. It is the one insert path for new tickets, so that
/// seeding 100,000 tickets stays within its budget (QtSql's per-value binding cost more than
/// SQLite itself; docs/performance.md, "Sandbox").
class TicketWriter
{
public:
    explicit TicketWriter(Database &db);
    ~TicketWriter();
    TicketWriter(const TicketWriter &) = delete;
    TicketWriter &operator=(const TicketWriter &) = delete;

    bool isValid() const { return m_db != nullptr; }

    /// Sets `r.seq`.
    bool insertTicket(TicketRecord &r);
    /// Sets the ids of the group and its messages.
    bool insertGroup(qint64 ticketSeq, MessageGroup &group);
    bool insertHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId, const QString &status,
                       const QDateTime &from);

    /// The text of the `search_head` column: subject and customer, lower-cased.
    static QString searchHead(const Ticket &t);

private:
    sqlite3_stmt *prepare(const char *sql);
    bool step(sqlite3_stmt *statement);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_ticket = nullptr;
    sqlite3_stmt *m_tag = nullptr;
    sqlite3_stmt *m_group = nullptr;
    sqlite3_stmt *m_message = nullptr;
    sqlite3_stmt *m_search = nullptr;
    sqlite3_stmt *m_history = nullptr;
};

} // namespace Frontline::Sandbox
