// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apijob.h"

#include <QObject>
#include <QPointer>

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
template<typename Job>
void fetchPages(QObject *context, std::function<Job *(int page)> start, int perPage,
                std::function<bool(const Job &job)> onPage, std::function<void(std::optional<ApiError>)> done,
                int maxPages = 500)
{
    struct State
    {
        std::function<Job *(int)> start;
        std::function<bool(const Job &)> onPage;
        std::function<void(std::optional<ApiError>)> done;
        QPointer<ApiJob> ahead; // the page asked for ahead
        bool over = false;

        void finish(std::optional<ApiError> error)
        {
            over = true;
            if (ahead)
                ahead->abort(); // reports Aborted at once, ignored below
            const auto callback = std::exchange(done, nullptr);
            callback(std::move(error));
        }
    };
    auto state = std::make_shared<State>();
    state->start = std::move(start);
    state->onPage = std::move(onPage);
    state->done = std::move(done);

    // The pending job's connection owns the loop (a strong reference); the loop refers to
    // itself only weakly, so a job that never finishes (shutdown) frees everything with it.
    auto launch = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakLaunch = launch;
    *launch = [context, perPage, maxPages, state, weakLaunch](int page) {
        Job *job = state->start(page);
        state->ahead = job;
        QObject::connect(job, &ApiJob::finished, context,
                         [perPage, maxPages, state, self = weakLaunch.lock(), page](ApiJob *finished) {
                             if (state->over)
                                 return;
                             state->ahead = nullptr;
                             if (finished->error()) {
                                 state->finish(finished->error());
                                 return;
                             }
                             const Job &typed = *static_cast<Job *>(finished);
                             const bool full = int(typed.items().size()) >= perPage && page < maxPages;
                             if (full)
                                 (*self)(page + 1);
                             if (!state->onPage(typed) || !full)
                                 state->finish(std::nullopt);
                         });
    };
    (*launch)(1);
}

} // namespace Frontline
