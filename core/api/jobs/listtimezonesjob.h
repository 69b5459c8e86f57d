// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /time_zones` (section 6.9); the key is sent when there is one.
class ListTimeZonesJob final : public ListJob<TimeZoneInfo>
{
public:
    ListTimeZonesJob();
    const QList<TimeZoneInfo> &timeZones() const { return items(); }
};

} // namespace Frontline
