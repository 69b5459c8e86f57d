// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apijob.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Frontline {

/// Reads a v3 list page by page (lists carry no total, contract section 1): page 1, 2, …
/// until a page has fewer than `perPage` rows, `onPage` returns false, or `maxPages` is
/// reached. `done` is called exactly once, with the error that stopped it, if any.
template<typename Job>
void fetchPages(QObject *context, std::function<Job *(int page)> start, int perPage,
                std::function<bool(const Job &job)> onPage, std::function<void(std::optional<ApiError>)> done,
                int maxPages = 500)
{
    // The pending job's connection owns the loop (a strong reference); the loop refers to
    // itself only weakly, so a job that never finishes (shutdown) frees everything with it.
    auto step = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakStep = step;
    *step = [context, start, perPage, onPage, done, maxPages, weakStep](int page) {
        Job *job = start(page);
        QObject::connect(job, &ApiJob::finished, context, [=, self = weakStep.lock()](ApiJob *finished) {
            if (finished->error()) {
                done(finished->error());
                return;
            }
            const Job &typed = *static_cast<Job *>(finished);
            const bool more = onPage(typed) && int(typed.items().size()) >= perPage && page < maxPages;
            if (more)
                (*self)(page + 1);
            else
                done(std::nullopt);
        });
    };
    (*step)(1);
}

} // namespace Frontline
