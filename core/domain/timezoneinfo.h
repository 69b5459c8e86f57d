// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline {

/// One entry of `GET /time_zones` (`TimeZones {code, name}`, section 6.9).
struct TimeZoneInfo
{
    QString code;
    QString name;
    friend bool operator==(const TimeZoneInfo &, const TimeZoneInfo &) = default;
};

} // namespace Frontline
