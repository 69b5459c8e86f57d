// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "messagebuilder.h"

#include "api/wire/wirerequests.h"
#include "store/records.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Frontline {
class Clock;
}

namespace Frontline::Sandbox {

class ConversationStore;
class Database;
class DirectoryStore;
class SlaPlanner;
class TicketRouter;
class TicketStore;

/// The help desk's rules for tickets (contract 6.4, seeds 000-002): creation with routing,
/// assignment and transfer, status changes, postponement and its end, replies and notes.
/// Every change of owner, department or status appends a history interval; every change
/// advances `date_changed` and `last_activity` (clients sync on date_changed) and recomputes
/// the SLA due instants.
class TicketService
{
public:
    TicketService(Database &db, DirectoryStore &directory, TicketStore &tickets, ConversationStore &conversations,
                  TicketRouter &router, const SlaPlanner &sla, const Clock &clock);

    /// `POST /tickets`. A `useridentifier` that names an agent (e-mail or id) opens an
    /// outgoing ticket to `recipient`; anything else is a customer writing in, which is routed.
    Result<TicketRecord> create(const NewTicket &n, const QString &customerName = {});
    /// `PUT /tickets/{id}`: only the fields present change.
    Result<TicketRecord> update(const QString &id, const TicketUpdate &u);
    /// `PUT /tickets/{id}/postpone`: W until `until`, then C again (wakePostponed).
    Result<TicketRecord> postpone(const QString &id, const QDateTime &until);
    /// A reply or note by an agent, or a reply by a customer (v1 and the simulator).
    Result<MessageGroup> addMessage(const QString &ticketId, const Author &author, const QString &text, bool note,
                                    const QString &format);
    /// Postponed tickets whose time has passed go back to C; returns how many.
    int wakePostponed();

    /// An agent (by e-mail or id) or a customer (by id or e-mail; created if new). Nothing
    /// for an unknown identifier that is not an e-mail address.
    std::optional<Author> authorFor(const QString &userIdentifier, const QString &fallbackName = {});

private:
    quint64 nextNumber();
    bool save(TicketRecord &r, const TicketRecord &before, bool tagsChanged);

    Database &m_db;
    DirectoryStore &m_directory;
    TicketStore &m_tickets;
    ConversationStore &m_conversations;
    TicketRouter &m_router;
    const SlaPlanner &m_sla;
    const Clock &m_clock;
};

} // namespace Frontline::Sandbox
