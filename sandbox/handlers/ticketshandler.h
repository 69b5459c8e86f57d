// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketjsoncache.h"

#include "server/router.h"

namespace Frontline {
class Clock;
}

namespace Frontline::Sandbox {

class ConversationStore;
class SlaPlanner;
class TicketService;
class TicketStore;

/// `/tickets` (GET with paging, sorting, `_filters` and `search`; POST), `/tickets/{id}` (GET,
/// partial PUT) and the per-ticket `/postpone`, `/messages`, `/sla` and `/history` (contract 6.4).
class TicketsHandler
{
public:
    TicketsHandler(TicketService &service, TicketStore &tickets, ConversationStore &conversations,
                   const SlaPlanner &sla, const Clock &clock);
    void addRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &c);
    HttpResponse create(const RequestContext &c);
    HttpResponse one(const RequestContext &c);
    HttpResponse update(const RequestContext &c);
    HttpResponse postpone(const RequestContext &c);
    HttpResponse messages(const RequestContext &c);
    HttpResponse sla(const RequestContext &c);
    HttpResponse history(const RequestContext &c);

    TicketService &m_service;
    TicketStore &m_tickets;
    ConversationStore &m_conversations;
    const SlaPlanner &m_sla;
    const Clock &m_clock;
    TicketJsonCache m_json;
};

} // namespace Frontline::Sandbox
