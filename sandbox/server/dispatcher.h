// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "router.h"

#include <functional>

namespace Frontline {
class Clock;
}

namespace Frontline::Sandbox {

class DirectoryStore;
class RateLimiter;

/// Turns a request into a response: finds the route (404, 405), checks the key the route
/// needs (403 `{"message":"ApiKey not found"}` for an unknown, expired or wrong-version key,
/// contract 2.1), counts it against the key's budget (429 with Retry-After, contract 11.6)
/// and calls the handler.
class Dispatcher
{
public:
    Dispatcher(Router &router, DirectoryStore &directory, RateLimiter &limiter, const Clock &clock);

    /// Called before every request that reaches a handler (due postponements end there).
    void setBeforeEach(std::function<void()> hook) { m_beforeEach = std::move(hook); }

    HttpResponse dispatch(const HttpRequest &request);

private:
    Router &m_router;
    DirectoryStore &m_directory;
    RateLimiter &m_limiter;
    const Clock &m_clock;
    std::function<void()> m_beforeEach;
};

} // namespace Frontline::Sandbox
