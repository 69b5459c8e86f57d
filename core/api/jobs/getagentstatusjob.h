// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /agents/{id}/status`: the agent's availability per department.
class GetAgentStatusJob final : public ListJob<AgentStatus>
{
public:
    explicit GetAgentStatusJob(const QString &agentId);
    const QList<AgentStatus> &statuses() const { return items(); }
};

} // namespace Frontline
