// SPDX-License-Identifier: GPL-3.0-or-later
#include "listagentsjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListAgentsJob::ListAgentsJob(const ListQuery &query)
    : ListJob<Agent>(u"/agents"_s, Wire::decodeAgent, query)
{ }

} // namespace Frontline
