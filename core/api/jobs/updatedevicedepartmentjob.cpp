// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatedevicedepartmentjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

UpdateDeviceDepartmentJob::UpdateDeviceDepartmentJob(const DeviceDepartment &deviceDepartment)
    : ObjectJob<DeviceDepartment>(Verb::Put,
                                  u"/devices/"_s + QString::number(deviceDepartment.deviceId) + u"/departments/"_s
                                          + encodeSegment(deviceDepartment.departmentId),
                                  Wire::decodeDeviceDepartment, true)
{
    setJsonBody(Wire::encodeDeviceDepartment(deviceDepartment));
}

} // namespace Frontline
