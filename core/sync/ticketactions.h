// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agent.h"
#include "domain/ticket.h"
#include "store/outboxentry.h"
#include "store/storeerror.h"

#include <QObject>

#include <optional>

namespace Frontline {

class Clock;
class Store;

/// What the agent does to tickets. Each action is written to the outbox together with its
/// optimistic local change in one transaction before the caller hears it is done, so an
/// action is never lost (offline, crash) and the lists reflect it at once. The OutboxPusher
/// sends it; the next pull confirms it.
class TicketActions : public QObject
{
    Q_OBJECT

public:
    /// What to do with the ticket right after a reply.
    enum class AfterReply { Answered, Resolved, Postponed };

    TicketActions(Store &store, const Clock &clock, const Agent &me, QObject *parent = nullptr);

    const Agent &me() const { return m_me; }

    StoreError reply(const QString &ticketId, const QString &body, bool html, AfterReply after = AfterReply::Answered,
                     const QDateTime &postponeUntil = QDateTime());
    StoreError note(const QString &ticketId, const QString &body);
    StoreError setStatus(const QString &ticketId, const QString &statusLetter);
    StoreError postpone(const QString &ticketId, const QDateTime &until);
    StoreError take(const QString &ticketId);
    StoreError assign(const QString &ticketId, const QString &agentId);
    /// To a department (left unassigned there, seed 002) or to an agent of it; an optional
    /// internal note explains the hand-over and is sent first.
    StoreError transfer(const QString &ticketId, const QString &departmentId, const QString &agentId = QString(),
                        const QString &note = QString());

    /// The agent edited a failed reply or note: new text, sent again.
    StoreError editText(qint64 outboxId, const QString &body);
    /// The agent gave up on an action: it leaves the outbox with its local traces; the ticket
    /// is re-read from the server by the caller.
    StoreError discard(qint64 outboxId);
    /// The server confirmed an action: it leaves the outbox; its message stays shown until the
    /// server's copy of the conversation is fetched.
    StoreError complete(qint64 outboxId);

    /// The change an action makes to its ticket before the server confirms it.
    static std::optional<TicketUpdate> optimisticUpdate(const OutboxEntry &entry, const QString &meId);
    /// After a pull overwrote tickets with the server's (older) view, puts back the effect of
    /// the actions still waiting in the outbox. Call inside the pull's transaction.
    StoreError reapplyPending(const QStringList &ticketIds);

Q_SIGNALS:
    /// Something was added to the outbox: the pusher should look.
    void enqueued();

private:
    StoreError enqueueTicketAction(OutboxEntry::Kind kind, const QString &ticketId, const QJsonObject &payload);
    StoreError enqueueText(OutboxEntry::Kind kind, const QString &ticketId, const QString &body, bool html);

    Store &m_store;
    const Clock &m_clock;
    Agent m_me;
};

} // namespace Frontline
