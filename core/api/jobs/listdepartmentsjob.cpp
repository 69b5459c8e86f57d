// SPDX-License-Identifier: GPL-3.0-or-later
#include "listdepartmentsjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListDepartmentsJob::ListDepartmentsJob(const ListQuery &query)
    : ListJob<Department>(u"/departments"_s, Wire::decodeDepartment, query)
{ }

} // namespace Frontline
