// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seed.h"

#include <QDateTime>

namespace Frontline::Sandbox {

class ConversationStore;
class Database;
class DirectoryStore;
class SlaPlanner;
class TicketStore;

/// Writes a validated seed into an empty database: the directory (departments, agents with
/// their keys and one web device each, SLA levels, tags, contacts, canned messages, predefined
/// answers) and the tickets with their conversations, history and SLA due instants.
class SeedImporter
{
public:
    SeedImporter(Database &db, DirectoryStore &directory, TicketStore &tickets, ConversationStore &conversations,
                 const SlaPlanner &sla);

    /// Runs inside the caller's transaction.
    bool import(const Seed &seed, const QDateTime &now);

private:
    bool importAgent(const SeedAgent &a, int position);
    bool importTicket(const Seed &seed, const SeedTicket &t, quint64 number, const QDateTime &now);

    Database &m_db;
    DirectoryStore &m_directory;
    TicketStore &m_tickets;
    ConversationStore &m_conversations;
    const SlaPlanner &m_sla;
};

} // namespace Frontline::Sandbox
