// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /slas`: the SLA levels with their targets and business hours (sections 6.6, 11.2).
class ListSlasJob final : public ListJob<SlaLevel>
{
public:
    explicit ListSlasJob(const ListQuery &query = {});
    const QList<SlaLevel> &slaLevels() const { return items(); }
};

} // namespace Frontline
