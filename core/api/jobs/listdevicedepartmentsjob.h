// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /devices/{id}/departments`: a device's availability per department.
class ListDeviceDepartmentsJob final : public ListJob<DeviceDepartment>
{
public:
    explicit ListDeviceDepartmentsJob(qint64 deviceId, const ListQuery &query = {});
    const QList<DeviceDepartment> &deviceDepartments() const { return items(); }
};

} // namespace Frontline
