// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /devices`: the devices (channels) agents are reachable on (section 6.3).
class ListDevicesJob final : public ListJob<Device>
{
public:
    explicit ListDevicesJob(const ListQuery &query = {});
    const QList<Device> &devices() const { return items(); }
};

} // namespace Frontline
