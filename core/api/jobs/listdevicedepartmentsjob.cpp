// SPDX-License-Identifier: GPL-3.0-or-later
#include "listdevicedepartmentsjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListDeviceDepartmentsJob::ListDeviceDepartmentsJob(qint64 deviceId, const ListQuery &query)
    : ListJob<DeviceDepartment>(u"/devices/"_s + QString::number(deviceId) + u"/departments"_s,
                                Wire::decodeDeviceDepartment, query)
{ }

} // namespace Frontline
