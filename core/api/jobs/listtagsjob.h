// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /tags` (section 6.8).
class ListTagsJob final : public ListJob<Tag>
{
public:
    explicit ListTagsJob(const ListQuery &query = {});
    const QList<Tag> &tags() const { return items(); }
};

} // namespace Frontline
