// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/conversation.h"
#include "domain/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Frontline::Sandbox {

class Database;
class TicketWriter;

/// Typed reads and writes of a ticket's message groups, messages (and their full-text
/// index) and history intervals.
class ConversationStore
{
public:
    ConversationStore(Database &db, TicketWriter &writer);

    /// Inserts the group and its messages; sets the ids in `group`.
    bool insertGroup(qint64 ticketSeq, MessageGroup &group);
    int groupCount(qint64 ticketSeq);
    /// Groups oldest first (or newest first), with their messages.
    QList<MessageGroup> groups(qint64 ticketSeq, int offset, int limit, bool newestFirst);

    /// The first interval of a new ticket (no interval to close).
    bool startHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId, const QString &status,
                      const QDateTime &at);
    /// Closes the open interval (date_to = `at`) and opens a new one from `at`.
    bool appendHistory(qint64 ticketSeq, const QString &departmentId, const QString &agentId, const QString &status,
                       const QDateTime &at);
    QList<TicketHistoryEntry> history(qint64 ticketSeq, const Ticket &ticket);

private:
    Database &m_db;
    TicketWriter &m_writer;
};

} // namespace Frontline::Sandbox
