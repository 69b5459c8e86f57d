// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketshandler.h"

#include "listparams.h"
#include "requestbody.h"

#include "api/wire/wire.h"
#include "domain/clock.h"
#include "logic/slaplanner.h"
#include "logic/ticketservice.h"
#include "store/conversationstore.h"
#include "store/ticketfiltersql.h"
#include "store/ticketstore.h"

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

HttpResponse ticketNotFound()
{
    return RequestBody::notFound(u"Ticket"_s);
}

} // namespace

TicketsHandler::TicketsHandler(TicketService &service, TicketStore &tickets, ConversationStore &conversations,
                               const SlaPlanner &sla, const Clock &clock)
    : m_service(service)
    , m_tickets(tickets)
    , m_conversations(conversations)
    , m_sla(sla)
    , m_clock(clock)
{ }

void TicketsHandler::addRoutes(Router &router)
{
    router.add("GET", u"/api/v3/tickets"_s, KeyKind::V3, [this](const RequestContext &c) { return list(c); });
    router.add("POST", u"/api/v3/tickets"_s, KeyKind::V3, [this](const RequestContext &c) { return create(c); });
    router.add("GET", u"/api/v3/tickets/{id}"_s, KeyKind::V3, [this](const RequestContext &c) { return one(c); });
    router.add("PUT", u"/api/v3/tickets/{id}"_s, KeyKind::V3, [this](const RequestContext &c) { return update(c); });
    router.add("PUT", u"/api/v3/tickets/{id}/postpone"_s, KeyKind::V3,
               [this](const RequestContext &c) { return postpone(c); });
    router.add("GET", u"/api/v3/tickets/{id}/messages"_s, KeyKind::V3,
               [this](const RequestContext &c) { return messages(c); });
    router.add("GET", u"/api/v3/tickets/{id}/sla"_s, KeyKind::V3, [this](const RequestContext &c) { return sla(c); });
    router.add("GET", u"/api/v3/tickets/{id}/history"_s, KeyKind::V3,
               [this](const RequestContext &c) { return history(c); });
}

HttpResponse TicketsHandler::list(const RequestContext &c)
{
    auto params = ListParams::parse(c.request);
    if (!params)
        return RequestBody::error(params.error());
    auto where = TicketFilterSql::translate(params->filter, m_clock.now());
    if (!where)
        return HttpResponse::error(400, where.error());
    QString column;
    if (!params->sortField.isEmpty()) {
        const auto sortColumn = TicketFilterSql::sortColumn(params->sortField);
        if (!sortColumn)
            return HttpResponse::error(400, u"_sortField: tickets cannot be sorted by '%1'"_s.arg(params->sortField));
        column = *sortColumn;
    }
    HttpResponse response;
    response.body = m_json.array(m_tickets.list(*where, column, params->descending, params->offset, params->limit));
    return response;
}

HttpResponse TicketsHandler::create(const RequestContext &c)
{
    auto body = RequestBody::object(c.request);
    if (!body)
        return RequestBody::error(body.error());
    auto item = Wire::decodeNewTicket(*body);
    if (!item)
        return HttpResponse::error(400, item.error().toString());
    auto created = m_service.create(*item);
    if (!created)
        return RequestBody::error(created.error());
    return HttpResponse::json(Wire::encodeTicketInformation(created->ticket));
}

HttpResponse TicketsHandler::one(const RequestContext &c)
{
    const auto found = m_tickets.find(c.params.value(0));
    if (!found)
        return ticketNotFound();
    HttpResponse response;
    response.body = m_json.json(*found);
    return response;
}

HttpResponse TicketsHandler::update(const RequestContext &c)
{
    if (!m_tickets.find(c.params.value(0)))
        return ticketNotFound();
    auto body = RequestBody::object(c.request);
    if (!body)
        return RequestBody::error(body.error());
    auto change = Wire::decodeTicketUpdate(*body);
    if (!change)
        return HttpResponse::error(400, change.error().toString());
    auto updated = m_service.update(c.params.value(0), *change);
    if (!updated)
        return RequestBody::error(updated.error());
    return HttpResponse::json(Wire::encodeTicket(updated->ticket));
}

HttpResponse TicketsHandler::postpone(const RequestContext &c)
{
    if (!m_tickets.find(c.params.value(0)))
        return ticketNotFound();
    auto body = RequestBody::object(c.request);
    if (!body)
        return RequestBody::error(body.error());
    auto until = Wire::decodeTicketPostpone(*body);
    if (!until)
        return HttpResponse::error(400, until.error().toString());
    auto postponed = m_service.postpone(c.params.value(0), *until);
    if (!postponed)
        return RequestBody::error(postponed.error());
    return HttpResponse::ok();
}

HttpResponse TicketsHandler::messages(const RequestContext &c)
{
    const auto found = m_tickets.find(c.params.value(0));
    if (!found)
        return ticketNotFound();
    auto params = ListParams::parse(c.request);
    if (!params)
        return RequestBody::error(params.error());
    if (!params->sortField.isEmpty() && params->sortField != u"datecreated" && params->sortField != u"id")
        return HttpResponse::error(400, u"_sortField: message groups are sorted by datecreated"_s);
    if (!params->filter.isEmpty())
        return HttpResponse::error(400, u"_filters[0][0]: message groups cannot be filtered"_s);
    const QString quoted = c.request.queryValue(u"includeQuotedMessages").toLower();
    if (!quoted.isEmpty() && quoted != u"true" && quoted != u"false" && quoted != u"1" && quoted != u"0")
        return HttpResponse::error(400, u"includeQuotedMessages: '%1' is not a boolean"_s.arg(quoted.left(20)));
    QJsonArray out;
    for (const MessageGroup &g : m_conversations.groups(found->seq, params->offset, params->limit, params->descending))
        out.append(Wire::encodeMessageGroup(g));
    return HttpResponse::json(out);
}

HttpResponse TicketsHandler::sla(const RequestContext &c)
{
    const auto found = m_tickets.find(c.params.value(0));
    if (!found)
        return ticketNotFound();
    TicketSla sla = found->sla;
    sla.ticketId = found->ticket.id;
    sla.slaLevelId = found->slaLevelId;
    if (const SlaLevel *level = m_sla.level(found->slaLevelId))
        sla.slaLevelName = level->name;
    return HttpResponse::json(Wire::encodeTicketSla(sla));
}

HttpResponse TicketsHandler::history(const RequestContext &c)
{
    const auto found = m_tickets.find(c.params.value(0));
    if (!found)
        return ticketNotFound();
    QJsonArray out;
    for (const TicketHistoryEntry &h : m_conversations.history(found->seq, found->ticket))
        out.append(Wire::encodeTicketHistory(h));
    return HttpResponse::json(out);
}

} // namespace Frontline::Sandbox
