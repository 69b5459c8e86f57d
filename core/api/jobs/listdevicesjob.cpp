// SPDX-License-Identifier: GPL-3.0-or-later
#include "listdevicesjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListDevicesJob::ListDevicesJob(const ListQuery &query)
    : ListJob<Device>(u"/devices"_s, Wire::decodeDevice, query)
{ }

} // namespace Frontline
