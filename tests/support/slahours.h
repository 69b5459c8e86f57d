// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sla/businesscalendar.h"

#include <QDateTime>
#include <QList>
#include <QTest>

#include <chrono>
#include <initializer_list>
#include <optional>

/// Small builders for the SLA tests: business hours, calendars and local instants.
namespace Frontline::Test {

/// An interval from local "HH:MM[:SS]" strings; an end of "24:00" is midnight.
LocalInterval interval(const char *start, const char *end);

/// Hours in `zone` with the same `intervals` on each of `days` (1 = Monday ... 7 = Sunday).
BusinessHours weeklyHours(const char *zone, std::initializer_list<int> days, const QList<LocalInterval> &intervals,
                          const QList<QDate> &holidays = {});

/// Compiles `hours`; aborts the test program when they are rejected.
BusinessCalendar compile(const BusinessHours &hours);

/// The UTC instant of a local wall-clock time in `zone` (for a time in a DST gap, Qt's choice).
QDateTime localTime(const char *zone, int year, int month, int day, int hour, int minute = 0, int second = 0);

} // namespace Frontline::Test

// Readable QCOMPARE failures for the types the SLA tests compare.
namespace QTest {
template<>
inline char *toString(const std::optional<QDateTime> &t)
{
    return qstrdup(t ? qPrintable(t->toString(Qt::ISODateWithMs)) : "nullopt (never)");
}
template<>
inline char *toString(const std::chrono::seconds &s)
{
    return qstrdup(QByteArray::number(qint64(s.count())) + " s");
}
template<>
inline char *toString(const std::chrono::milliseconds &ms)
{
    return qstrdup(QByteArray::number(qint64(ms.count())) + " ms");
}
} // namespace QTest
