// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `PUT /devices/{id}`: sets a device's preset status; resume goes through it (section 11.4).
class UpdateDeviceJob final : public ObjectJob<Device>
{
public:
    explicit UpdateDeviceJob(const Device &device);
    const std::optional<Device> &device() const { return result(); }
};

} // namespace Frontline
