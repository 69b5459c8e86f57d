// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/router.h"

namespace Frontline::Sandbox {

class DirectoryStore;
class Presence;

/// `/agents`, `/agents/{id}`, `/agents/{id}/status`, `POST /agents/{id}/_pause` and
/// `GET /agents/{id}/login_key` (contract 6.2).
class AgentsHandler
{
public:
    AgentsHandler(DirectoryStore &directory, Presence &presence);
    void addRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &c);
    HttpResponse one(const RequestContext &c);
    HttpResponse status(const RequestContext &c);
    HttpResponse pause(const RequestContext &c);
    HttpResponse loginKey(const RequestContext &c);

    DirectoryStore &m_directory;
    Presence &m_presence;
};

} // namespace Frontline::Sandbox
