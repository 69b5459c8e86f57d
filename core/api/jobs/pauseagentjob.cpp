// SPDX-License-Identifier: GPL-3.0-or-later
#include "pauseagentjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

PauseAgentJob::PauseAgentJob(const QString &agentId)
    : ApiJob(Verb::Post, u"/agents/"_s + encodeSegment(agentId) + u"/_pause"_s)
{
    setIdempotent(true);
}

} // namespace Frontline
