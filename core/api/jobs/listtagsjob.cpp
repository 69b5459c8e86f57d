// SPDX-License-Identifier: GPL-3.0-or-later
#include "listtagsjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListTagsJob::ListTagsJob(const ListQuery &query)
    : ListJob<Tag>(u"/tags"_s, Wire::decodeTag, query)
{ }

} // namespace Frontline
