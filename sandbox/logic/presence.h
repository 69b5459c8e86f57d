// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include "domain/agent.h"

#include <QList>
#include <QString>

namespace Frontline::Sandbox {

class DirectoryStore;

/// An agent's availability. `_pause` sets a pause flag; per contract 11.4 the pause is
/// cleared by putting a device's `preset_status` (or a device department's `online_status`)
/// back to N. The agent's `online_status` is P while paused, N while some device is N, else F.
class Presence
{
public:
    explicit Presence(DirectoryStore &directory);

    QString onlineStatus(const AgentRecord &agent);
    /// The v3 Agent with its derived online_status.
    Agent agent(const AgentRecord &agent);
    /// One AgentStatus per department of the agent (letters of the services online there).
    QList<AgentStatus> statuses(const AgentRecord &agent);
    /// May new tickets of `departmentId` be routed to the agent?
    bool isAvailableIn(const AgentRecord &agent, const QString &departmentId);

    void pause(const QString &agentId);
    void resume(const QString &agentId);

private:
    DirectoryStore &m_directory;
};

} // namespace Frontline::Sandbox
