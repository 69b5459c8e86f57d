// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `PUT /devices/{id}/departments/{departmentId}`: a device's availability in one department.
class UpdateDeviceDepartmentJob final : public ObjectJob<DeviceDepartment>
{
public:
    explicit UpdateDeviceDepartmentJob(const DeviceDepartment &deviceDepartment);
    const std::optional<DeviceDepartment> &deviceDepartment() const { return result(); }
};

} // namespace Frontline
