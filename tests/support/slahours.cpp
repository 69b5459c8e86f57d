// SPDX-License-Identifier: GPL-3.0-or-later
#include "slahours.h"

#include <QTimeZone>
#include <QtGlobal>

namespace Frontline::Test {

LocalInterval interval(const char *start, const char *end)
{
    const QString endText = QString::fromLatin1(end);
    const bool midnight = endText == QLatin1String("24:00");
    const auto parse = [](const QString &t) {
        return QTime::fromString(t, t.size() > 5 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    };
    return LocalInterval{parse(QString::fromLatin1(start)), midnight ? QTime(0, 0) : parse(endText), midnight};
}

BusinessHours weeklyHours(const char *zone, std::initializer_list<int> days, const QList<LocalInterval> &intervals,
                          const QList<QDate> &holidays)
{
    BusinessHours hours;
    hours.timeZoneId = QByteArray(zone);
    for (const int day : days)
        hours.weekdays[std::size_t(day - 1)] = intervals;
    hours.holidays = holidays;
    return hours;
}

BusinessCalendar compile(const BusinessHours &hours)
{
    auto calendar = BusinessCalendar::fromHours(hours);
    if (!calendar)
        qFatal("business hours rejected: %s", qPrintable(calendar.error()));
    return *calendar;
}

QDateTime localTime(const char *zone, int year, int month, int day, int hour, int minute, int second)
{
    const QTimeZone tz(zone);
    if (!tz.isValid())
        qFatal("unknown zone %s", zone);
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), tz).toUTC();
}

} // namespace Frontline::Test
