// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatedevicejob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

UpdateDeviceJob::UpdateDeviceJob(const Device &device)
    : ObjectJob<Device>(Verb::Put, u"/devices/"_s + QString::number(device.id), Wire::decodeDevice, true)
{
    setJsonBody(Wire::encodeDevice(device));
}

} // namespace Frontline
