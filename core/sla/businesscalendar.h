// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"
#include "domain/slalevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <memory>
#include <optional>

namespace Frontline {

/// When an SLA level's clock runs: weekly open hours in a time zone, minus holidays.
///
/// The only place in Frontline that does business-time arithmetic (docs/sla.md). Instants go in
/// and come out as UTC QDateTime (any time spec is accepted on input); open hours are local
/// wall-clock times of the calendar's own zone, never a fixed UTC offset.
///
/// Semantics, exactly:
/// - An instant t is **open** when its local wall-clock time in the zone falls inside one of the
///   weekday's half-open intervals [start, end) and its local date is not a holiday. An interval
///   whose end is before its start runs past midnight into the next day; an end of 24:00 is
///   midnight. A holiday closes its whole local day, including the tail of an overnight shift that
///   began the day before.
/// - Daylight saving follows from that definition: local times that do not exist (spring forward)
///   are never open, so the gap is skipped; local times that occur twice (fall back) are open both
///   times, so business time is always real elapsed time, counted once per real second.
/// - Business time is measured to the millisecond and reported in whole seconds, truncated
///   towards zero.
/// - A default-constructed calendar (an SLA level without business hours) is open 24/7. A
///   calendar built from hours that have no interval on any day is never open: every function
///   then answers "never" (std::nullopt) instead of searching forever.
///
/// Copies share the compiled, immutable data, so a calendar is cheap to copy and may be read from
/// several threads (for instants before 1970 or from 2200 on it consults QTimeZone, which is only
/// reentrant). Compiling one (fromHours) tabulates the zone's UTC offsets for 1970-2199 and costs
/// a millisecond or two: compile once per SLA level and keep it, never per ticket or per read.
class BusinessCalendar
{
public:
    /// Open 24/7 in UTC (no intervals at all).
    BusinessCalendar();

    /// Validates and compiles configured hours. Errors (technical text for logs): unknown or empty
    /// time zone, an invalid time, an interval whose end equals its start (write 00:00–24:00 for a
    /// whole day), an end of 24:00 given with a non-midnight time, an invalid holiday date.
    /// Overlapping intervals of one day are merged.
    static Expected<BusinessCalendar, QString> fromHours(const BusinessHours &hours);

    /// The level's calendar: 24/7 when it has no business hours, else fromHours().
    static Expected<BusinessCalendar, QString> fromLevel(const SlaLevel &level);

    /// An IANA zone id ("Europe/Oslo") or a fixed offset "+01:00", "-0530", "+02" (section 11.2);
    /// std::nullopt when unknown.
    static std::optional<QTimeZone> timeZoneFromId(const QByteArray &zoneId);

    /// True for a calendar that is open at every instant (24/7, no holidays).
    bool isAlwaysOpen() const;
    /// True for a calendar that is never open (hours given, but no open time on any day).
    bool isNeverOpen() const;
    QTimeZone timeZone() const;

    bool isOpen(const QDateTime &t) const;

    /// The earliest instant >= t that is open (t itself if open); std::nullopt = never.
    std::optional<QDateTime> nextOpening(const QDateTime &t) const;

    /// The earliest instant >= t that is closed (t itself if closed); std::nullopt = never closes.
    std::optional<QDateTime> nextClosing(const QDateTime &t) const;

    /// For d > 0: the earliest instant T >= start such that the open time inside [start, T) is d
    /// (counting begins at the next opening when start is closed, and T is the end of the last
    /// open stretch, e.g. Friday 17:00 rather than Monday 09:00). For d < 0: the latest instant
    /// T <= start such that the open time inside [T, start) is -d. For d == 0: start.
    /// std::nullopt when that much open time never comes (a never-open calendar).
    /// Always: businessTimeBetween(start, *addBusinessTime(start, d)) == d.
    std::optional<QDateTime> addBusinessTime(const QDateTime &start, std::chrono::seconds d) const;

    /// The open time inside [a, b); negative when b < a (minus the open time inside [b, a)).
    /// 0 when either instant is invalid.
    std::chrono::seconds businessTimeBetween(const QDateTime &a, const QDateTime &b) const;
    std::chrono::milliseconds businessMsecsBetween(const QDateTime &a, const QDateTime &b) const;

    // The same, on UTC milliseconds since the epoch: what SlaClock uses for its per-second reads.
    bool isOpenAt(qint64 t) const;
    std::optional<qint64> nextOpeningMs(qint64 t) const;
    std::optional<qint64> nextClosingMs(qint64 t) const;
    std::optional<qint64> addBusinessMsecs(qint64 start, qint64 duration) const;
    qint64 businessMsecsBetween(qint64 aMs, qint64 bMs) const;

private:
    struct Data;
    explicit BusinessCalendar(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data; // null: 24/7 in UTC
};

} // namespace Frontline
