// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/agent.h"
#include "store/outboxentry.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Frontline {

class Clock;
class LiveAgentClient;
class Store;
class TicketActions;

/// Sends the outbox to the server, one action at a time in the order they were taken (so
/// the actions of one ticket arrive in order), retrying transient failures with backoff.
/// A refused action (4xx) is kept with the server's words for the agent to edit, retry or
/// discard, and holds back the later actions of its ticket. A reply whose first attempt may
/// have reached the server is first looked for in the ticket's messages: never sent twice.
class OutboxPusher : public QObject
{
    Q_OBJECT

public:
    OutboxPusher(Store &store, LiveAgentClient &client, TicketActions &actions, const Clock &clock, const Agent &me,
                 QObject *parent = nullptr);

    /// Look at the outbox soon (after an action, on reconnect).
    void kick();
    void setOnline(bool online);
    /// While held nothing is sent (a workspace shown before its keys are read); released, the
    /// outbox is looked at again.
    void setHeld(bool held);
    bool isBusy() const { return m_busy; }
    /// The base delay of the retry backoff (tests use a short one).
    void setRetryBase(std::chrono::milliseconds base) { m_retryBase = base; }

Q_SIGNALS:
    /// The server has this action now; the ticket (if any) should be re-read.
    void actionConfirmed(const Frontline::OutboxEntry &entry);
    /// The server refused it; the agent decides what to do.
    void actionRefused(const Frontline::OutboxEntry &entry, const Frontline::ApiError &error);
    /// A request got an answer (true) or could not reach the server (false).
    void reachability(bool reached);
    void unauthorized(const Frontline::ApiError &error);
    /// Nothing left to try now (the outbox may still hold failed or delayed actions).
    void idle();

private:
    void pushNext();
    std::optional<OutboxEntry> nextDue(QDateTime *nextWake) const;
    void send(const OutboxEntry &entry);
    void verifyThenSend(const OutboxEntry &entry);
    void succeeded(const OutboxEntry &entry);
    void failed(const OutboxEntry &entry, const ApiError &error);
    std::chrono::milliseconds backoff(int attempts) const;

    Store &m_store;
    LiveAgentClient &m_client;
    TicketActions &m_actions;
    const Clock &m_clock;
    Agent m_me;
    QTimer m_timer;
    bool m_online = true;
    bool m_held = false;
    bool m_busy = false;
    std::chrono::milliseconds m_retryBase{2000};
};

} // namespace Frontline
