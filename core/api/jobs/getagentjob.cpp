// SPDX-License-Identifier: GPL-3.0-or-later
#include "getagentjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

GetAgentJob::GetAgentJob(const QString &agentId)
    : ObjectJob<Agent>(Verb::Get, u"/agents/"_s + encodeSegment(agentId), Wire::decodeAgent)
{ }

} // namespace Frontline
