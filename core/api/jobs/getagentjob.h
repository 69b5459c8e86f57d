// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `GET /agents/{id}`: one agent, e.g. "me" after login (section 6.2).
class GetAgentJob final : public ObjectJob<Agent>
{
public:
    explicit GetAgentJob(const QString &agentId);
    const std::optional<Agent> &agent() const { return result(); }
};

} // namespace Frontline
