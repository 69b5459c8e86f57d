// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/presence.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <chrono>

namespace Frontline {

/// Working time over a period, from the presence log. Time available counts, including
/// time without a connection while not paused (the agent goes on working offline); pause
/// time never counts (seeds 000/001: LiveAgent does not count pauses as working hours);
/// time signed out does not count.
struct WorkTimeSummary
{
    std::chrono::seconds working{0};
    std::chrono::seconds offline{0}; // part of `working` spent without a connection
    std::chrono::seconds paused{0};
    int pauseCount = 0;
    QMap<QString, std::chrono::seconds> pausedByReason; // "" for pauses without a reason
    QDateTime firstActivity; // start of the first working interval in the period
    QDateTime lastActivity; // end of the last working interval (or now)
};

/// Computes working-time totals and exports the presence log.
class WorkTimeLedger
{
public:
    /// Totals over [from, to), intervals clipped to it; an open interval ends at `now`.
    static WorkTimeSummary summarize(const QList<PresenceInterval> &intervals, const QDateTime &from,
                                     const QDateTime &to, const QDateTime &now);

    /// [start, end) of a local calendar day in `zone`, as UTC instants (23 or 25 hours on
    /// daylight-saving days).
    static std::pair<QDateTime, QDateTime> dayBounds(const QDate &day, const QTimeZone &zone);
    /// Monday 00:00 of the week containing `day` to the next Monday 00:00, local time.
    static std::pair<QDateTime, QDateTime> weekBounds(const QDate &day, const QTimeZone &zone);

    /// CSV (RFC 4180, UTF-8, header line): date, start, end (local time, ISO), state, reason,
    /// duration in seconds; one line per interval clipped to [from, to).
    static QByteArray toCsv(const QList<PresenceInterval> &intervals, const QDateTime &from, const QDateTime &to,
                            const QDateTime &now, const QTimeZone &zone);
};

} // namespace Frontline
