// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketrouter.h"

#include "presence.h"
#include "store/directorystore.h"

namespace Frontline::Sandbox {

TicketRouter::TicketRouter(DirectoryStore &directory, Presence &presence)
    : m_directory(directory)
    , m_presence(presence)
{ }

QString TicketRouter::route(const QString &departmentId)
{
    QStringList order; // every member, in the seed's order: the round-robin circle
    QStringList available;
    for (const AgentRecord &agent : m_directory.agents()) {
        if (!agent.departmentIds.contains(departmentId))
            continue;
        order.append(agent.agent.id);
        if (m_presence.isAvailableIn(agent, departmentId))
            available.append(agent.agent.id);
    }
    if (available.isEmpty())
        return {};
    const qsizetype last = order.indexOf(m_directory.lastRoutedAgent(departmentId));
    for (qsizetype step = 1; step <= order.size(); ++step) {
        const QString &candidate = order.at((last + step) % order.size());
        if (available.contains(candidate)) {
            m_directory.setLastRoutedAgent(departmentId, candidate);
            return candidate;
        }
    }
    return {};
}

} // namespace Frontline::Sandbox
