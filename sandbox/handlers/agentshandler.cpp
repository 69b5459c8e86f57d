// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentshandler.h"

#include "listparams.h"
#include "requestbody.h"

#include "api/wire/wire.h"
#include "logic/presence.h"
#include "store/directorystore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

AgentsHandler::AgentsHandler(DirectoryStore &directory, Presence &presence)
    : m_directory(directory)
    , m_presence(presence)
{ }

void AgentsHandler::addRoutes(Router &router)
{
    router.add("GET", u"/api/v3/agents"_s, KeyKind::V3, [this](const RequestContext &c) { return list(c); });
    router.add("GET", u"/api/v3/agents/{id}"_s, KeyKind::V3, [this](const RequestContext &c) { return one(c); });
    router.add("GET", u"/api/v3/agents/{id}/status"_s, KeyKind::V3,
               [this](const RequestContext &c) { return status(c); });
    router.add("POST", u"/api/v3/agents/{id}/_pause"_s, KeyKind::V3,
               [this](const RequestContext &c) { return pause(c); });
    router.add("GET", u"/api/v3/agents/{id}/login_key"_s, KeyKind::V3,
               [this](const RequestContext &c) { return loginKey(c); });
}

HttpResponse AgentsHandler::list(const RequestContext &c)
{
    auto params = ListParams::parse(c.request);
    if (!params)
        return RequestBody::error(params.error());
    QJsonArray all;
    for (const AgentRecord &a : m_directory.agents())
        all.append(Wire::encodeAgent(m_presence.agent(a)));
    auto page = params->apply(all);
    if (!page)
        return RequestBody::error(page.error());
    return HttpResponse::json(*page);
}

HttpResponse AgentsHandler::one(const RequestContext &c)
{
    const auto agent = m_directory.agent(c.params.value(0));
    if (!agent)
        return RequestBody::notFound(u"Agent"_s);
    return HttpResponse::json(Wire::encodeAgent(m_presence.agent(*agent)));
}

HttpResponse AgentsHandler::status(const RequestContext &c)
{
    const auto agent = m_directory.agent(c.params.value(0));
    if (!agent)
        return RequestBody::notFound(u"Agent"_s);
    QJsonArray out;
    for (const AgentStatus &s : m_presence.statuses(*agent))
        out.append(Wire::encodeAgentStatus(s));
    return HttpResponse::json(out);
}

HttpResponse AgentsHandler::pause(const RequestContext &c)
{
    const auto agent = m_directory.agent(c.params.value(0));
    if (!agent)
        return RequestBody::notFound(u"Agent"_s);
    m_presence.pause(agent->agent.id);
    return HttpResponse::ok();
}

HttpResponse AgentsHandler::loginKey(const RequestContext &c)
{
    const auto agent = m_directory.agent(c.params.value(0));
    if (!agent)
        return RequestBody::notFound(u"Agent"_s);
    // A one-time key for the web panel; the sandbox has no panel, so it is never redeemed.
    const QString key = u"%1%2"_s.arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
                                .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return HttpResponse::json(Wire::encodeLoginKey(key));
}

} // namespace Frontline::Sandbox
