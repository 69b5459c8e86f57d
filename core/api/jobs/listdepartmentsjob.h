// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /departments` (section 6.5).
class ListDepartmentsJob final : public ListJob<Department>
{
public:
    explicit ListDepartmentsJob(const ListQuery &query = {});
    const QList<Department> &departments() const { return items(); }
};

} // namespace Frontline
