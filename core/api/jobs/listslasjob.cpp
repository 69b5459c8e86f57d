// SPDX-License-Identifier: GPL-3.0-or-later
#include "listslasjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListSlasJob::ListSlasJob(const ListQuery &query)
    : ListJob<SlaLevel>(u"/slas"_s, Wire::decodeSlaLevel, query)
{ }

} // namespace Frontline
