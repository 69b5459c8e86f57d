// SPDX-License-Identifier: GPL-3.0-or-later
#include "getagentstatusjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

GetAgentStatusJob::GetAgentStatusJob(const QString &agentId)
    : ListJob<AgentStatus>(u"/agents/"_s + encodeSegment(agentId) + u"/status"_s, Wire::decodeAgentStatus)
{ }

} // namespace Frontline
