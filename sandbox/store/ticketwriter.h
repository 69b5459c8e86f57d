// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include "domain/conversation.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace Frontline {
class SqliteStatement;
}

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

    bool isValid() const { return m_valid; }

    /// Sets `r.seq`.
    bool insertTicket(TicketRecord &r);
    /// Sets the ids of the group and its messages.
    bool insertGroup(qint64 ticketSeq, MessageGroup &group);
    bool insertHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId, const QString &status,
                       const QDateTime &from);

    /// The text of the `search_head` column: subject and customer, lower-cased.
    static QString searchHead(const Ticket &t);

private:
    /// Runs and resets `statement`; false (logged) when SQLite refused it.
    static bool run(SqliteStatement &statement);

    // Core's SqliteStatement: SQLite's C API on QtSql's own connection (text never NULL).
    std::unique_ptr<SqliteStatement> m_ticket;
    std::unique_ptr<SqliteStatement> m_tag;
    std::unique_ptr<SqliteStatement> m_group;
    std::unique_ptr<SqliteStatement> m_message;
    std::unique_ptr<SqliteStatement> m_search;
    std::unique_ptr<SqliteStatement> m_history;
    bool m_valid = false;
};

} // namespace Frontline::Sandbox
