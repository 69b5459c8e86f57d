// SPDX-License-Identifier: GPL-3.0-or-later
#include "listtimezonesjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListTimeZonesJob::ListTimeZonesJob()
    : ListJob<TimeZoneInfo>(u"/time_zones"_s, Wire::decodeTimeZone)
{
    setAuth(Auth::Optional);
}

} // namespace Frontline
