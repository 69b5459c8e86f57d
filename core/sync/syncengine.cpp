// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "pagedfetch.h"
#include "referenceloader.h"
#include "ticketactions.h"

#include "api/liveagentclient.h"
#include "api/wire/wiretime.h"
#include "domain/clock.h"
#include "logging.h"
#include "models/slacatalog.h"
#include "store/sqltransaction.h"
#include "store/store.h"

#include <QNetworkInformation>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const QString kWatermark = u"sync.watermark"_s;
const QString kInitialDone = u"sync.initialDone"_s;
const QString kLastSuccess = u"sync.lastSuccess"_s;
constexpr int kParallelFetches = 4;
constexpr int kStalePerCycle = 25;
constexpr std::chrono::milliseconds kQuickProbe{2000};

// Letters of tickets that are still somebody's work (contract 8.1; L is never active).
const QStringList &activeLetters()
{
    static const QStringList letters{u"I"_s, u"N"_s, u"T"_s, u"P"_s, u"A"_s, u"C"_s, u"W"_s};
    return letters;
}

bool isNetworkProblem(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout;
}

} // namespace

SyncEngine::SyncEngine(Store &store, LiveAgentClient &client, TicketActions &actions, SlaCatalog &catalog,
                       const Clock &clock, const Agent &me, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_actions(actions)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_me(me)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_lastSuccess = WireTime::parseInstant(m_store.meta(kLastSuccess)).value_or(QDateTime());
    updateDepartments();
    reloadSlaCatalog();
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::isInitialSyncDone() const
{
    return m_store.meta(kInitialDone) == u"1";
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    if (auto *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this, &SyncEngine::handleNetworkInformation,
                Qt::UniqueConnection);
    }
    m_pollTimer.start(0);
}

void SyncEngine::stop()
{
    m_running = false;
    m_pollTimer.stop();
}

void SyncEngine::syncNow()
{
    if (!m_running)
        return;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    m_pollTimer.start(0);
}

void SyncEngine::setForeground(bool foreground)
{
    if (foreground == m_foreground)
        return;
    m_foreground = foreground;
    // Coming to the front after a quiet spell: look now rather than at the next slow poll.
    if (foreground && m_running && !m_cycleRunning && m_pollTimer.remainingTime() > int(m_options.activePoll.count()))
        m_pollTimer.start(0);
}

void SyncEngine::handleNetworkInformation()
{
    const auto *info = QNetworkInformation::instance();
    if (!info)
        return;
    if (info->reachability() == QNetworkInformation::Reachability::Disconnected) {
        setState(State::Offline, [] { return tr("No network connection."); });
        Q_EMIT onlineChanged(false);
    } else if (m_state == State::Offline) {
        syncNow();
    }
}

void SyncEngine::reachability(bool reached)
{
    if (!reached && m_state != State::Offline) {
        setState(State::Offline, [] { return tr("The server cannot be reached."); });
        Q_EMIT onlineChanged(false);
        // One failed request is weak evidence and the outbox now waits: the probe settles it soon.
        if (m_running && !m_cycleRunning)
            m_pollTimer.start(std::min(m_options.activePoll, kQuickProbe));
    } else if (reached && m_state == State::Offline) {
        syncNow();
    }
}

void SyncEngine::setState(State state, std::function<QString()> text)
{
    const QString before = errorText();
    m_errorText = std::move(text);
    const bool changed = state != m_state || errorText() != before;
    m_state = state;
    if (changed)
        Q_EMIT stateChanged(state);
}

void SyncEngine::runCycle()
{
    if (!m_running)
        return;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    if (const auto *info = QNetworkInformation::instance();
        info && info->reachability() == QNetworkInformation::Reachability::Disconnected) {
        setState(State::Offline, [] { return tr("No network connection."); });
        scheduleNext();
        return;
    }
    m_cycleRunning = true;
    m_changesSeen = false;
    const bool wasOffline = m_state == State::Offline || m_state == State::Error;
    if (!wasOffline)
        setState(State::Syncing);

    const QDateTime now = m_clock.now();
    const bool initial = !isInitialSyncDone();
    QList<Step> steps;
    if (wasOffline)
        steps << probeStep();
    // A periodic step is due in the first sync, and then `every` after it last succeeded.
    auto due = [&](const QDateTime &last, std::chrono::milliseconds every) {
        return initial || !last.isValid() || last.msecsTo(now) >= qint64(every.count());
    };
    if (due(m_lastReference, m_options.referenceEvery))
        steps << referenceStep();
    if (due(m_lastReconcile, m_options.reconcileEvery))
        steps << fullPullStep();
    else
        steps << incrementalStep();
    if (due(m_lastPresence, m_options.presenceEvery))
        steps << presenceStep();
    steps << staleStep() << slaStep(initial ? m_options.slaFirstSync : m_options.slaPerCycle)
          << prefetchStep(m_options.prefetchPerCycle);
    runSteps(steps);
}

void SyncEngine::runSteps(QList<Step> steps)
{
    if (steps.isEmpty()) {
        cycleFinished(std::nullopt);
        return;
    }
    const Step first = steps.takeFirst();
    first([this, steps](std::optional<ApiError> error) {
        if (error || !m_running) {
            cycleFinished(error);
            return;
        }
        runSteps(steps);
    });
}

void SyncEngine::cycleFinished(const std::optional<ApiError> &error)
{
    m_cycleRunning = false;
    if (!error) {
        const bool firstTime = !isInitialSyncDone();
        const bool wasDown = m_state == State::Offline || m_state == State::Error;
        m_errorStreak = 0;
        m_lastSuccess = m_clock.now();
        m_store.setMeta(kLastSuccess, WireTime::formatInstant(m_lastSuccess));
        if (firstTime)
            m_store.setMeta(kInitialDone, u"1"_s);
        setState(State::Idle);
        qCDebug(lcSync) << "sync cycle finished" << (firstTime ? "(the first)" : "");
        Q_EMIT lastSuccessChanged(m_lastSuccess);
        if (wasDown)
            Q_EMIT onlineChanged(true);
        if (firstTime)
            Q_EMIT initialSyncFinished();
    } else if (error->kind() != ApiError::Kind::Aborted) {
        ++m_errorStreak;
        qCInfo(lcSync) << "sync cycle failed:" << error->toLogString();
        if (isNetworkProblem(*error)) {
            const bool wasOnline = m_state != State::Offline;
            setState(State::Offline, [e = *error] { return e.humanMessage(); });
            if (wasOnline)
                Q_EMIT onlineChanged(false);
        } else {
            setState(State::Error, [e = *error] { return e.humanMessage(); });
        }
    }
    scheduleNext();
}

void SyncEngine::scheduleNext()
{
    if (!m_running)
        return;
    if (m_again) {
        m_again = false;
        m_pollTimer.start(0);
        return;
    }
    std::chrono::milliseconds interval = m_options.activePoll;
    if (m_errorStreak > 0) {
        const int exponent = std::min(m_errorStreak - 1, 8);
        interval = std::min<std::chrono::milliseconds>(m_options.activePoll * (1LL << exponent),
                                                       m_options.maxErrorBackoff);
    } else if (m_changesSeen) {
        m_quietCycles = 0;
    } else {
        ++m_quietCycles;
        if (!m_foreground)
            interval = m_options.backgroundPoll;
        else if (m_quietCycles >= 2)
            interval = m_options.quietPoll;
    }
    m_pollTimer.start(interval);
}

SyncEngine::Step SyncEngine::probeStep()
{
    return [this](auto done) {
        auto *job = m_client.ping();
        connect(job, &ApiJob::finished, this, [done](ApiJob *j) { done(j->error()); });
    };
}

SyncEngine::Step SyncEngine::referenceStep()
{
    return [this](auto done) {
        auto *loader = new ReferenceLoader(m_store, m_client, this);
        connect(loader, &ReferenceLoader::finished, this, [this, loader, done](const std::optional<ApiError> &error) {
            loader->deleteLater();
            if (error) {
                done(error);
                return;
            }
            m_lastReference = m_clock.now();
            reloadSlaCatalog();
            updateDepartments();
            if (!m_departments.isEmpty()) {
                done(std::nullopt);
                return;
            }
            // Departments without agent_ids (unspecified upstream): ask for the agent's own.
            auto *job = m_client.getAgentStatus(m_me.id);
            connect(job, &ApiJob::finished, this, [this, done](ApiJob *j) {
                if (!j->error()) {
                    for (const AgentStatus &s : static_cast<GetAgentStatusJob *>(j)->statuses()) {
                        if (!s.departmentId.isEmpty() && !m_departments.contains(s.departmentId))
                            m_departments.append(s.departmentId);
                    }
                }
                done(std::nullopt);
            });
        });
        loader->start();
    };
}

void SyncEngine::updateDepartments()
{
    QStringList mine;
    for (const Department &d : m_store.reference().departments()) {
        if (d.agentIds.contains(m_me.id))
            mine.append(d.id);
    }
    if (!mine.isEmpty())
        m_departments = mine;
}

void SyncEngine::reloadSlaCatalog()
{
    const QList<SlaLevel> levels = m_store.reference().slaLevels();
    if (levels == m_catalog.levels())
        return;
    m_catalog.setLevels(levels);
    Q_EMIT slaLevelsChanged();
}

void SyncEngine::pullFiltered(const Filter &filter, const QString &sortField,
                              std::function<void(std::optional<ApiError>)> done, QSet<QString> *seen)
{
    const bool notify = isInitialSyncDone();
    ListQuery base;
    base.filters = filter;
    base.perPage = m_options.perPage;
    base.sortedBy(sortField, ListQuery::SortDirection::Ascending);
    // Pages are stored a few at a time (Options::storeBatch); what arrived is stored before
    // the pull reports its end, an error included.
    auto batch = std::make_shared<QList<Ticket>>();
    auto store = [this, batch, notify] {
        if (!batch->isEmpty())
            ingest(std::exchange(*batch, {}), notify);
    };
    fetchPages<ListTicketsJob>(
            this,
            [this, base](int page) {
                ListQuery q = base;
                q.page = page;
                return m_client.listTickets(q);
            },
            m_options.perPage,
            [this, seen, batch, store](const ListTicketsJob &job) {
                batch->append(job.items());
                if (seen) {
                    for (const Ticket &t : job.items())
                        seen->insert(t.id);
                }
                if (batch->size() >= m_options.storeBatch || !m_running)
                    store();
                return m_running;
            },
            [store, done = std::move(done)](std::optional<ApiError> error) {
                store();
                done(error);
            });
}

int SyncEngine::ingest(QList<Ticket> tickets, bool notify)
{
    // A ticket changed while the pull paged through (sorted by date_changed) comes again on a
    // later page: only its last version counts.
    if (tickets.size() > 1) {
        QSet<QString> later;
        later.reserve(tickets.size());
        for (qsizetype i = tickets.size() - 1; i >= 0; --i) {
            if (later.contains(tickets.at(i).id))
                tickets.removeAt(i);
            else
                later.insert(tickets.at(i).id);
        }
    }
    const TicketEventDetector detector(m_me.id, m_departments);
    QList<Ticket> changed;
    QList<TicketEvent> events;
    QStringList pageIds;
    pageIds.reserve(tickets.size());
    for (const Ticket &t : tickets)
        pageIds.append(t.id);
    const QHash<QString, TicketRow> cached = m_store.tickets().rows(pageIds);
    for (const Ticket &t : tickets) {
        const auto found = cached.constFind(t.id);
        const std::optional<TicketRow> before =
                found == cached.cend() ? std::nullopt : std::optional<TicketRow>(found.value());
        // Unchanged since we stored it: skip the write. date_changed has one-second resolution,
        // so two changes in one second are told apart by the fields themselves.
        if (before && before->dateChanged.isValid() && before->dateChanged == t.dateChanged
            && before->agentId == t.agentId && before->departmentId == t.departmentId && before->status == t.status
            && before->subject == t.subject && before->dateDue == t.dateDue && before->tagIds == t.tagIds) {
            continue;
        }
        // A ticket with actions still in the outbox shows their optimistic effect: comparing it
        // with the server's older view would invent events.
        if (notify && (!before || before->pendingActions == 0))
            events += detector.detect(before, t);
        changed.append(t);
    }
    if (changed.isEmpty())
        return 0;
    QStringList ids;
    ids.reserve(changed.size());
    for (const Ticket &t : std::as_const(changed))
        ids.append(t.id);
    SqlTransaction tx(m_store.database());
    StoreError error = m_store.tickets().upsert(changed);
    if (!error.isError())
        error = m_actions.reapplyPending(ids);
    if (!error.isError())
        error = tx.commit();
    if (error.isError()) {
        qCWarning(lcSync) << "cannot store pulled tickets:" << error.detail;
        return 0;
    }
    m_changesSeen = true;
    if (!events.isEmpty())
        Q_EMIT ticketEvents(events);
    return int(changed.size());
}

SyncEngine::Step SyncEngine::fullPullStep()
{
    return [this](auto done) {
        auto seen = std::make_shared<QSet<QString>>();
        const QString since = WireTime::formatInstant(m_clock.now().addDays(-m_options.resolvedDays));
        // My tickets, then my departments' other tickets (mine are not fetched twice).
        QList<Filter> filters;
        filters << Filter().in(u"agentid"_s, {m_me.id}).in(u"status"_s, activeLetters());
        if (!m_departments.isEmpty()) {
            filters << Filter().in(u"departmentid"_s, m_departments)
                               .add(u"agentid"_s, u"NI"_s, m_me.id)
                               .in(u"status"_s, activeLetters());
        }
        // Recently resolved: for the "Recently resolved" queue (not part of the open set).
        QList<Filter> resolved;
        resolved << Filter().in(u"agentid"_s, {m_me.id})
                            .in(u"status"_s, {u"R"_s})
                            .add(u"date_changed"_s, u"D>="_s, since);
        if (!m_departments.isEmpty()) {
            resolved << Filter().in(u"departmentid"_s, m_departments)
                                .add(u"agentid"_s, u"NI"_s, m_me.id)
                                .in(u"status"_s, {u"R"_s})
                                .add(u"date_changed"_s, u"D>="_s, since);
        }
        auto queue = std::make_shared<QList<std::pair<Filter, bool>>>();
        for (const Filter &f : std::as_const(filters))
            queue->append({f, true});
        for (const Filter &f : std::as_const(resolved))
            queue->append({f, false});

        auto next = std::make_shared<std::function<void()>>();
        *next = [this, queue, seen, next, done]() {
            if (queue->isEmpty()) {
                // Open in the cache, missing from the server's open set: left my scope or closed.
                const QStringList local = m_store.tickets().activeIds(m_me.id, m_departments);
                for (const QString &id : local) {
                    if (!seen->contains(id))
                        m_stale.insert(id);
                }
                m_lastReconcile = m_clock.now();
                m_store.setMeta(kWatermark, WireTime::formatInstant(m_store.tickets().newestChange()));
                // Resetting *next destroys this very closure: keep what is still needed first.
                auto finish = done;
                *next = nullptr;
                finish(std::nullopt);
                return;
            }
            const auto [filter, countsAsOpen] = queue->takeFirst();
            pullFiltered(
                    filter, u"date_changed"_s,
                    [next, done](std::optional<ApiError> error) {
                        if (error) {
                            *next = nullptr;
                            done(error);
                            return;
                        }
                        (*next)();
                    },
                    countsAsOpen ? seen.get() : nullptr);
        };
        (*next)();
    };
}

SyncEngine::Step SyncEngine::incrementalStep()
{
    return [this](auto done) {
        QDateTime mark = WireTime::parseInstant(m_store.meta(kWatermark)).value_or(QDateTime());
        if (!mark.isValid())
            mark = m_store.tickets().newestChange();
        if (!mark.isValid())
            mark = m_clock.now().addDays(-m_options.resolvedDays);
        // The list is served from a search index: look back a little for late arrivals.
        const QString since = WireTime::formatInstant(mark.addSecs(-m_options.overlapSeconds));
        Filter f = m_departments.isEmpty() ? Filter().in(u"agentid"_s, {m_me.id})
                                           : Filter().in(u"departmentid"_s, m_departments);
        f.add(u"date_changed"_s, u"D>="_s, since);
        pullFiltered(f, u"date_changed"_s, [this, done](std::optional<ApiError> error) {
            if (!error) {
                const QDateTime newest = m_store.tickets().newestChange();
                if (newest.isValid())
                    m_store.setMeta(kWatermark, WireTime::formatInstant(newest));
            }
            done(error);
        });
    };
}

SyncEngine::Step SyncEngine::presenceStep()
{
    return [this](auto done) {
        auto *job = m_client.getAgent(m_me.id);
        connect(job, &ApiJob::finished, this, [this, done](ApiJob *j) {
            if (j->error()) {
                done(j->error());
                return;
            }
            const Agent agent = static_cast<GetAgentJob *>(j)->agent().value_or(m_me);
            m_store.reference().upsertAgent(agent);
            m_lastPresence = m_clock.now();
            Q_EMIT ownStatusObserved(agent.onlineStatus);
            done(std::nullopt);
        });
    };
}

SyncEngine::Step SyncEngine::staleStep()
{
    return [this](auto done) {
        QStringList ids;
        for (auto it = m_stale.begin(); it != m_stale.end() && ids.size() < kStalePerCycle;) {
            ids.append(*it);
            it = m_stale.erase(it);
        }
        fetchMany(
                ids,
                [this](const QString &id, std::function<void(std::optional<ApiError>)> one) {
                    auto *job = m_client.getTicket(id);
                    connect(job, &ApiJob::finished, this, [this, id, one](ApiJob *j) {
                        if (j->error() && j->error()->kind() == ApiError::Kind::NotFound) {
                            m_store.tickets().remove({id});
                            one(std::nullopt);
                        } else if (j->error()) {
                            one(isNetworkProblem(*j->error()) ? j->error() : std::nullopt);
                        } else {
                            if (const auto &t = static_cast<GetTicketJob *>(j)->ticket())
                                ingest({*t}, isInitialSyncDone());
                            one(std::nullopt);
                        }
                    });
                },
                done);
    };
}

void SyncEngine::fetchSla(const QString &ticketId, std::function<void(std::optional<ApiError>)> done)
{
    auto *job = m_client.getTicketSla(ticketId);
    connect(job, &ApiJob::finished, this, [this, ticketId, done](ApiJob *j) {
        if (j->error() && j->error()->kind() != ApiError::Kind::NotFound) {
            done(isNetworkProblem(*j->error()) ? j->error() : std::nullopt);
            return;
        }
        TicketSla sla;
        if (!j->error())
            sla = static_cast<GetTicketSlaJob *>(j)->ticketSla().value_or(TicketSla());
        sla.ticketId = ticketId; // also marks a ticket without SLA as checked
        if (StoreError e = m_store.tickets().setSla(sla, m_clock.now()); e.isError())
            qCWarning(lcSync) << "cannot store SLA:" << e.detail;
        done(std::nullopt);
    });
}

SyncEngine::Step SyncEngine::slaStep(int limit)
{
    return [this, limit](auto done) {
        fetchMany(
                m_store.tickets().ticketsNeedingSla(m_me.id, m_departments, limit),
                [this](const QString &id, auto one) { fetchSla(id, one); }, done);
    };
}

void SyncEngine::fetchConversation(const QString &ticketId, std::function<void(std::optional<ApiError>)> done)
{
    auto groups = std::make_shared<QList<MessageGroup>>();
    fetchPages<ListTicketMessagesJob>(
            this,
            [this, ticketId](int page) {
                return m_client.listTicketMessages(ticketId, true, ListQuery::pageOf(page, m_options.perPage));
            },
            m_options.perPage,
            [groups](const ListTicketMessagesJob &job) {
                groups->append(job.messageGroups());
                return true;
            },
            [this, ticketId, groups, done](std::optional<ApiError> error) {
                if (!error) {
                    if (StoreError e = m_store.tickets().replaceConversation(ticketId, *groups); e.isError())
                        qCWarning(lcSync) << "cannot store a conversation:" << e.detail;
                    Q_EMIT conversationLoaded(ticketId);
                } else if (error->kind() == ApiError::Kind::NotFound) {
                    m_store.tickets().remove({ticketId});
                    error.reset();
                }
                done(error && isNetworkProblem(*error) ? error : std::nullopt);
            });
}

SyncEngine::Step SyncEngine::prefetchStep(int limit)
{
    return [this, limit](auto done) {
        fetchMany(
                m_store.tickets().ticketsNeedingConversation(m_me.id, m_departments, limit),
                [this](const QString &id, auto one) { fetchConversation(id, one); }, done);
    };
}

void SyncEngine::fetchMany(
        const QStringList &ids,
        const std::function<void(const QString &, std::function<void(std::optional<ApiError>)>)> &fetchOne,
        std::function<void(std::optional<ApiError>)> done)
{
    struct Batch
    {
        QStringList pending;
        int running = 0;
        std::optional<ApiError> error;
        std::function<void(std::optional<ApiError>)> done;
        std::function<void()> pump;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = ids;
    batch->done = std::move(done);
    // Each fetch in flight holds the batch; the pump refers to it only weakly, so fetches
    // that never finish (shutdown) free it with them instead of leaking a cycle.
    std::weak_ptr<Batch> weak = batch;
    batch->pump = [weak, fetchOne]() {
        const std::shared_ptr<Batch> batch = weak.lock();
        if (!batch)
            return;
        while (!batch->error && !batch->pending.isEmpty() && batch->running < kParallelFetches) {
            ++batch->running;
            fetchOne(batch->pending.takeFirst(), [batch](std::optional<ApiError> error) {
                --batch->running;
                if (error && !batch->error)
                    batch->error = error;
                batch->pump();
            });
        }
        if (batch->running == 0 && (batch->pending.isEmpty() || batch->error) && batch->done) {
            auto finish = std::exchange(batch->done, nullptr);
            finish(batch->error);
        }
    };
    batch->pump();
}

void SyncEngine::openTicket(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return;
    if (m_opening.contains(ticketId)) {
        // What is in flight may have been read before the change that asks again (a transfer
        // confirmed right after its note): read once more when it is done.
        m_openAgain.insert(ticketId);
        return;
    }
    m_opening.insert(ticketId);
    auto remaining = std::make_shared<int>(3);
    auto oneDone = [this, ticketId, remaining](std::optional<ApiError>) {
        if (--*remaining > 0)
            return;
        m_opening.remove(ticketId);
        if (m_openAgain.remove(ticketId) && m_running)
            openTicket(ticketId);
    };
    fetchConversation(ticketId, oneDone);
    fetchSla(ticketId, oneDone);
    auto *job = m_client.getTicketHistory(ticketId);
    connect(job, &ApiJob::finished, this, [this, ticketId, oneDone](ApiJob *j) {
        if (!j->error()) {
            if (StoreError e =
                        m_store.tickets().replaceHistory(ticketId, static_cast<GetTicketHistoryJob *>(j)->history());
                e.isError()) {
                qCWarning(lcSync) << "cannot store history:" << e.detail;
            }
        }
        oneDone(j->error());
    });
}

void SyncEngine::actionConfirmed(const OutboxEntry &entry)
{
    // The last of a ticket's actions refreshes it. Its conversation follows from the change
    // (the open ticket's view re-reads it, the prefetch the others'); until then a confirmed
    // reply or note stays shown from the cache.
    if (!entry.ticketId.isEmpty() && m_store.outbox().sendableCount(entry.ticketId) == 0) {
        refreshTicket(entry.ticketId);
        // A take, transfer or status change adds a history row, a confirmed message replaces
        // the local one; within the same second date_changed cannot show it, so the
        // conversation and history are read again, once per burst of the ticket's actions.
        openTicket(entry.ticketId);
    }
}

void SyncEngine::refreshTicket(const QString &ticketId)
{
    auto *job = m_client.getTicket(ticketId);
    connect(job, &ApiJob::finished, this, [this, ticketId](ApiJob *j) {
        if (j->error() && j->error()->kind() == ApiError::Kind::NotFound) {
            m_store.tickets().remove({ticketId});
            return;
        }
        if (!j->error())
            if (const auto &t = static_cast<GetTicketJob *>(j)->ticket())
                ingest({*t}, isInitialSyncDone());
    });
}

} // namespace Frontline
