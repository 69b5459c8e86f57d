// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketevent.h"

#include "api/apierror.h"
#include "api/wire/filter.h"
#include "domain/agent.h"
#include "store/outboxentry.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Frontline {

class Clock;
class LiveAgentClient;
class SlaCatalog;
class Store;
class TicketActions;

/// Mirrors the agent's work into the cache and keeps it fresh (contract 11.5): reference data;
/// every active ticket of my departments and mine (the first sync, then a periodic reconcile
/// that also catches tickets that left my responsibility); in between, incremental pulls of
/// what changed since the last one (date_changed with an overlap, the list is search-index
/// backed); the presence read back from GET /agents/{me}; SLA levels and due instants per
/// ticket; conversations of the tickets opened and prefetched for the most urgent.
/// Polls adaptively: often while things change or the window is active, rarely when nothing
/// happens (≤ 4 requests a minute), backing off on errors and probing when offline.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // up to date
        Syncing,
        Offline, // the server cannot be reached; actions wait in the outbox
        Error, // the server answered with a problem (key refused, TLS, 5xx…)
    };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds activePoll{15000}; // after changes or user activity
        std::chrono::milliseconds quietPoll{30000}; // foreground, nothing changing
        std::chrono::milliseconds backgroundPoll{60000}; // window hidden or inactive
        std::chrono::milliseconds maxErrorBackoff{300000};
        std::chrono::milliseconds referenceEvery{30 * 60 * 1000};
        std::chrono::milliseconds reconcileEvery{10 * 60 * 1000};
        // My own status as the server has it (a pause set in the web panel or by a supervisor):
        // not every poll, so that a quiet foreground stays within 4 requests a minute.
        std::chrono::milliseconds presenceEvery{60000};
        int slaPerCycle = 12;
        int slaFirstSync = 60;
        int prefetchPerCycle = 4;
        int overlapSeconds = 120;
        int resolvedDays = 7;
        int perPage = 100;
        // Pulled tickets are stored in transactions of about this many: each commit writes the
        // touched pages of the tickets' indexes to the log again (one commit per page of 100
        // was a third of the first sync's CPU); two pages stay well within a frame.
        int storeBatch = 200;
    };

    SyncEngine(Store &store, LiveAgentClient &client, TicketActions &actions, SlaCatalog &catalog, const Clock &clock,
               const Agent &me, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start();
    void stop();
    /// "Sync now": a full cycle as soon as the current one ends.
    void syncNow();
    /// The window is active (poll more often) or not.
    void setForeground(bool foreground);
    /// The agent opened a ticket: its conversation, history and SLA, now.
    void openTicket(const QString &ticketId);
    /// Re-read one ticket (after an action was confirmed or discarded).
    void refreshTicket(const QString &ticketId);
    /// The server confirmed one of the agent's actions. Once the last action of its ticket is
    /// through, the ticket is re-read: one request per burst of actions rather than per
    /// action (and no longer the conversation, SLA and history after each reply or note).
    void actionConfirmed(const Frontline::OutboxEntry &entry);
    /// Evidence from other requests (the outbox): the server was reached, or not.
    void reachability(bool reached);

    State state() const { return m_state; }
    /// The human sentence of the last error (Error and Offline states), in the current UI
    /// language: it is composed when asked, so a language switch says it anew.
    QString errorText() const { return m_errorText ? m_errorText() : QString(); }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    bool isInitialSyncDone() const;
    QStringList myDepartmentIds() const { return m_departments; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stateChanged(Frontline::SyncEngine::State state);
    void lastSuccessChanged(const QDateTime &when);
    void initialSyncFinished();
    void ticketEvents(const QList<Frontline::TicketEvent> &events);
    /// The agent's own online_status letter as the server sees it (N, P, F…).
    void ownStatusObserved(const QString &onlineStatus);
    void slaLevelsChanged();
    void conversationLoaded(const QString &ticketId);
    void onlineChanged(bool online);

private:
    using Step = std::function<void(std::function<void(std::optional<ApiError>)>)>;

    void runCycle();
    void runSteps(QList<Step> steps);
    void cycleFinished(const std::optional<ApiError> &error);
    void scheduleNext();
    void setState(State state, std::function<QString()> text = {});

    Step probeStep();
    Step referenceStep();
    Step fullPullStep();
    Step incrementalStep();
    Step presenceStep();
    Step slaStep(int limit);
    Step prefetchStep(int limit);
    Step staleStep();

    void pullFiltered(const Filter &filter, const QString &sortField, std::function<void(std::optional<ApiError>)> done,
                      QSet<QString> *seen = nullptr);
    int ingest(QList<Ticket> tickets, bool notify);
    void fetchConversation(const QString &ticketId, std::function<void(std::optional<ApiError>)> done);
    void fetchSla(const QString &ticketId, std::function<void(std::optional<ApiError>)> done);
    void fetchMany(const QStringList &ids,
                   const std::function<void(const QString &, std::function<void(std::optional<ApiError>)>)> &fetchOne,
                   std::function<void(std::optional<ApiError>)> done);
    void updateDepartments();
    void reloadSlaCatalog();
    void handleNetworkInformation();

    Store &m_store;
    LiveAgentClient &m_client;
    TicketActions &m_actions;
    SlaCatalog &m_catalog;
    const Clock &m_clock;
    Agent m_me;
    Options m_options;

    QTimer m_pollTimer;
    bool m_running = false;
    bool m_cycleRunning = false;
    bool m_again = false;
    bool m_foreground = true;
    bool m_changesSeen = false;
    int m_quietCycles = 0;
    int m_errorStreak = 0;
    State m_state = State::Idle;
    std::function<QString()> m_errorText; // kept as a source, not a sentence: a language switch says it anew
    QDateTime m_lastSuccess;
    QDateTime m_lastReference;
    QDateTime m_lastReconcile;
    QDateTime m_lastPresence;
    QStringList m_departments;
    QSet<QString> m_stale; // active in the cache but not in the server's open set
    QSet<QString> m_opening;
    QSet<QString> m_openAgain; // asked to open while a read was in flight
};

} // namespace Frontline
