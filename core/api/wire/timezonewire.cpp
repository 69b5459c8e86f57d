// SPDX-License-Identifier: GPL-3.0-or-later
// `GET /time_zones` on the wire (section 6.9).
#include "jsonreader.h"
#include "wire.h"

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

Decoded<TimeZoneInfo> decodeTimeZone(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    // Both fields are optional in the model (section 9); an entry without a code is kept
    // rather than failing the whole list.
    TimeZoneInfo z{r.string("code"_L1), r.string("name"_L1)};
    if (!r.ok())
        return r.error();
    return z;
}

QJsonObject encodeTimeZone(const TimeZoneInfo &z)
{
    return QJsonObject{{"code"_L1, z.code}, {"name"_L1, z.name}};
}

} // namespace Frontline::Wire
