// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/router.h"

namespace Frontline::Sandbox {

class DirectoryStore;
class TicketService;

/// API v1 `POST /api/conversations/{id}/messages` (contract 7 and 11.3): a reply (`type` M)
/// or an internal note (N) as form fields, the v1 key as `apikey`, answers wrapped in
/// `{"response": {...}}`. A `useridentifier` naming a customer posts the customer's reply.
class V1Handler
{
public:
    V1Handler(TicketService &service, DirectoryStore &directory);
    void addRoutes(Router &router);

    /// `{"response":{"status":"ERROR","errormessage":...}}`
    static HttpResponse error(int status, const QString &message);

private:
    HttpResponse addMessage(const RequestContext &c);

    TicketService &m_service;
    DirectoryStore &m_directory;
};

} // namespace Frontline::Sandbox
