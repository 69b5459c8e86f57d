// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loginthrottle.h"

#include "server/router.h"

namespace Frontline {
class Clock;
}

namespace Frontline::Sandbox {

class DirectoryStore;

/// `/ping`, `POST /apikeys/_login` (personal keys from login and password, 2FA, the login
/// limit), `DELETE /apikeys/{id}` and `/time_zones`.
class SessionHandler
{
public:
    SessionHandler(DirectoryStore &directory, const Clock &clock);
    void addRoutes(Router &router);

private:
    HttpResponse login(const RequestContext &c);
    HttpResponse deleteKey(const RequestContext &c);
    HttpResponse timeZones(const RequestContext &c);

    DirectoryStore &m_directory;
    const Clock &m_clock;
    LoginThrottle m_throttle;
};

} // namespace Frontline::Sandbox
