// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <cmath>

namespace Frontline {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ScaledClock::ScaledClock(const QDateTime &start, double speed)
    : m_startMs(start.toMSecsSinceEpoch())
    , m_wallStartMs(QDateTime::currentMSecsSinceEpoch())
    , m_speed(speed)
{ }

QDateTime ScaledClock::now() const
{
    const qint64 wallElapsed = QDateTime::currentMSecsSinceEpoch() - m_wallStartMs;
    const auto simulated = static_cast<qint64>(std::llround(double(wallElapsed) * m_speed));
    return QDateTime::fromMSecsSinceEpoch(m_startMs + simulated, Qt::UTC);
}

} // namespace Frontline
