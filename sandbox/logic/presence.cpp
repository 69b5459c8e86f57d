// SPDX-License-Identifier: GPL-3.0-or-later
#include "presence.h"

#include "store/directorystore.h"

namespace Frontline::Sandbox {

namespace {

// A device department without a row of its own follows its device.
bool onlineInDepartment(DirectoryStore &directory, const Device &device, const QString &departmentId)
{
    if (device.presetStatus != u"N")
        return false;
    const auto row = directory.deviceDepartment(device.id, departmentId);
    return !row || row->onlineStatus == u"N";
}

} // namespace

Presence::Presence(DirectoryStore &directory)
    : m_directory(directory)
{ }

QString Presence::onlineStatus(const AgentRecord &agent)
{
    if (agent.paused)
        return QStringLiteral("P");
    for (const Device &device : m_directory.devicesOf(agent.agent.id)) {
        if (device.presetStatus == u"N")
            return QStringLiteral("N");
    }
    return QStringLiteral("F");
}

Agent Presence::agent(const AgentRecord &record)
{
    Agent a = record.agent;
    a.onlineStatus = onlineStatus(record);
    return a;
}

QList<AgentStatus> Presence::statuses(const AgentRecord &agent)
{
    const QList<Device> devices = m_directory.devicesOf(agent.agent.id);
    QList<AgentStatus> out;
    for (const QString &departmentId : agent.departmentIds) {
        AgentStatus s;
        s.departmentId = departmentId;
        for (const Device &device : devices) {
            if (device.presetStatus == u"N" && !s.presetStatus.contains(device.serviceType))
                s.presetStatus += device.serviceType;
            if (!agent.paused && onlineInDepartment(m_directory, device, departmentId)
                && !s.onlineStatus.contains(device.serviceType))
                s.onlineStatus += device.serviceType;
        }
        s.workAllocationAllowed = !agent.paused && !s.onlineStatus.isEmpty();
        out.append(s);
    }
    return out;
}

bool Presence::isAvailableIn(const AgentRecord &agent, const QString &departmentId)
{
    if (agent.paused || agent.agent.status != u"A" || !agent.departmentIds.contains(departmentId))
        return false;
    for (const Device &device : m_directory.devicesOf(agent.agent.id)) {
        if (onlineInDepartment(m_directory, device, departmentId))
            return true;
    }
    return false;
}

void Presence::pause(const QString &agentId)
{
    m_directory.setPaused(agentId, true);
}

void Presence::resume(const QString &agentId)
{
    m_directory.setPaused(agentId, false);
}

} // namespace Frontline::Sandbox
