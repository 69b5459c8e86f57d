// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apijob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Frontline {

/// Reads a v3 list page by page (lists carry no total, contract section 1): page 1, 2, …
/// until a page has fewer than `perPage` rows, `onPage` returns false, or `maxPages` is
/// reached. `done` is called exactly once, with the error that stopped it, if any.
///
/// The next page is asked for before a full page is handed to `onPage`: the server prepares
/// it while this side decodes and stores the last one (each takes about as long), instead of
/// one waiting for the other. Pages still reach `onPage` in order; a page asked for in vain
/// (the last one turned out to be last, or `onPage` said stop) is aborted.
///
/// Each page is handed to `onPage` from a zero-time timer of its own, never straight from the
/// reply: when pages come back faster than they are stored, the replies would otherwise be
/// handled one after another in a single pass over the posted events, and the event loop's
/// timers and input would wait for several pages in a row (15-20 ms in bench_ingest).
template<typename Job>
void fetchPages(QObject *context, std::function<Job *(int page)> start, int perPage,
                std::function<bool(const Job &job)> onPage, std::function<void(std::optional<ApiError>)> done,
                int maxPages = 500)
{
    struct Arrived
    {
        QPointer<ApiJob> job; // kept (and so this fetch) until handed over
        bool full = false;
    };
    struct State
    {
        std::function<Job *(int)> start;
        std::function<bool(const Job &)> onPage;
        std::function<void(std::optional<ApiError>)> done;
        QPointer<ApiJob> ahead; // the page asked for ahead
        QList<Arrived> arrived; // answered, not yet handed to onPage (in page order)
        // One page ahead at most: the next one is asked for when nothing else waits.
        std::weak_ptr<std::function<void(int)>> launch;
        int nextPage = 0; // to ask for once `arrived` is empty; 0: none
        QPointer<QTimer> handOver;
        bool over = false;

        ~State()
        {
            dropArrived();
            if (handOver)
                handOver->deleteLater();
        }

        void dropArrived()
        {
            for (const Arrived &a : std::as_const(arrived)) {
                if (a.job)
                    a.job->deleteLater();
            }
            arrived.clear();
        }

        void finish(std::optional<ApiError> e)
        {
            over = true;
            dropArrived();
            if (handOver)
                handOver->stop();
            if (ahead)
                ahead->abort(); // reports Aborted at once, ignored below
            const auto callback = std::exchange(done, nullptr);
            callback(std::move(e));
        }

        // One page per timer shot; the timer is started again while pages wait.
        void handOverNext()
        {
            if (over || arrived.isEmpty())
                return;
            const Arrived next = arrived.takeFirst();
            if (!next.job) { // deleted under us (shutdown)
                finish(ApiError(ApiError::Kind::Aborted));
                return;
            }
            next.job->deleteLater(); // after this pass: still readable below
            if (const auto error = next.job->error()) {
                finish(error);
                return;
            }
            const bool more = onPage(*static_cast<Job *>(next.job.data())) && next.full;
            if (over)
                return;
            if (!more) {
                finish(std::nullopt);
                return;
            }
            if (!arrived.isEmpty()) {
                handOver->start();
            } else if (nextPage > 0) {
                if (const auto ask = launch.lock())
                    (*ask)(std::exchange(nextPage, 0));
            }
        }
    };
    auto state = std::make_shared<State>();
    state->start = std::move(start);
    state->onPage = std::move(onPage);
    state->done = std::move(done);
    state->handOver = new QTimer(context);
    state->handOver->setSingleShot(true);
    state->handOver->setInterval(0);
    std::weak_ptr<State> weakState = state;
    QObject::connect(state->handOver, &QTimer::timeout, context, [weakState] {
        if (const auto s = weakState.lock())
            s->handOverNext();
    });

    // The pending job's connection owns the loop (a strong reference); the loop refers to
    // itself only weakly, so a job that never finishes (shutdown) frees everything with it.
    auto launch = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakLaunch = launch;
    state->launch = weakLaunch;
    *launch = [context, perPage, maxPages, state, weakLaunch](int page) {
        Job *job = state->start(page);
        job->setAutoDelete(false); // deleted once handed over
        state->ahead = job;
        QObject::connect(job, &ApiJob::finished, context,
                         [perPage, maxPages, state, self = weakLaunch.lock(), page](ApiJob *finished) {
                             if (state->over) {
                                 finished->deleteLater();
                                 return;
                             }
                             state->ahead = nullptr;
                             bool full = false;
                             if (!finished->error()) {
                                 const Job &typed = *static_cast<Job *>(finished);
                                 full = int(typed.items().size()) >= perPage && page < maxPages;
                                 if (full && state->arrived.isEmpty())
                                     (*self)(page + 1);
                                 else if (full)
                                     state->nextPage = page + 1;
                             }
                             state->arrived.append({finished, full});
                             if (state->handOver)
                                 state->handOver->start();
                         });
    };
    (*launch)(1);
}

} // namespace Frontline
