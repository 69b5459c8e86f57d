// SPDX-License-Identifier: GPL-3.0-or-later
// BusinessCalendar against a brute-force oracle that walks minute by minute: random calendars
// (zones with DST, half-hour DST, odd offsets; split, overnight and 24:00 intervals; holidays;
// never-open and 24/7 weeks), random starts and durations, a fixed seed.
//
// The oracle knows nothing of the calendar's internals: for every minute of a five-week window it
// asks QTimeZone for the UTC offset, derives the local date and minute, and looks the raw
// BusinessHours up (the weekday's intervals, the previous day's overnight tails, the holidays).
// Calendars use whole minutes and every DST change since 1970 in these zones falls on a whole
// minute, so openness is constant within each minute and walking minutes is exact.
#include "sla/businesscalendar.h"
#include "slahours.h"

#include <QTest>
#include <QTimeZone>

#include <random>

using namespace Frontline;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMinute = 60;
constexpr int kWindowMinutes = 35 * 24 * 60; // five weeks
constexpr int kStartRangeMinutes = 14 * 24 * 60; // starts fall in the first two weeks
constexpr int kCalendars = 48;
constexpr int kCasesPerCalendar = 250;

const char *const kZones[] = {"Europe/Copenhagen",
                              "Europe/Oslo",
                              "Europe/Madrid",
                              "Europe/Ljubljana",
                              "America/New_York",
                              "UTC",
                              "+05:30",
                              "Australia/Lord_Howe",
                              "Pacific/Chatham",
                              "Asia/Kathmandu",
                              "America/St_Johns",
                              "America/Sao_Paulo"};

int minuteOfDay(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

bool oracleOpenLocal(const BusinessHours &hours, const QDate &date, int minute)
{
    if (hours.holidays.contains(date))
        return false;
    const int weekday = date.dayOfWeek() - 1;
    for (const LocalInterval &iv : hours.weekdays[std::size_t(weekday)]) {
        const int start = minuteOfDay(iv.start);
        const int end = iv.endsAtMidnight ? 24 * 60 : minuteOfDay(iv.end);
        if (start < end ? (minute >= start && minute < end) : minute >= start)
            return true;
    }
    for (const LocalInterval &iv : hours.weekdays[std::size_t((weekday + 6) % 7)]) {
        const int start = minuteOfDay(iv.start);
        const int end = iv.endsAtMidnight ? 24 * 60 : minuteOfDay(iv.end);
        if (end < start && minute < end) // yesterday's shift past midnight
            return true;
    }
    return false;
}

/// Open or closed for each minute of the window, from the raw hours and QTimeZone alone.
struct Oracle
{
    qint64 firstMinute = 0; // UTC minutes since the epoch
    std::vector<char> open;
    std::vector<int> prefix; // open minutes before index i

    Oracle(const BusinessHours *hours, const QTimeZone &zone, qint64 first)
        : firstMinute(first)
    {
        open.resize(kWindowMinutes);
        prefix.resize(kWindowMinutes + 1);
        const auto offsetAt = [&zone](qint64 utc) {
            return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
        };
        int hourOffset = 0;
        bool hourIsUniform = false;
        for (int i = 0; i < kWindowMinutes; ++i) {
            bool isOpen = true; // no hours: 24/7
            if (hours) {
                const qint64 utc = (first + i) * kMinute;
                // QTimeZone is asked once an hour, and every minute of an hour in which the offset
                // changes (no zone changes it twice within an hour).
                if (i % 60 == 0) {
                    hourOffset = offsetAt(utc);
                    hourIsUniform = offsetAt(utc + 3600) == hourOffset;
                }
                const qint64 local = utc + (hourIsUniform ? hourOffset : offsetAt(utc));
                const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
                const QDate date = QDate::fromJulianDay(day + 2440588);
                isOpen = oracleOpenLocal(*hours, date, int((local - day * 86400) / kMinute));
            }
            open[std::size_t(i)] = isOpen;
            prefix[std::size_t(i) + 1] = prefix[std::size_t(i)] + (isOpen ? 1 : 0);
        }
    }

    QDateTime instant(qint64 index) const
    {
        return QDateTime::fromSecsSinceEpoch((firstMinute + index) * kMinute, Qt::UTC);
    }

    // Walks forward from minute s until d open minutes have passed: the index where they end.
    std::optional<int> walkForward(int s, int d) const
    {
        int m = s;
        for (int count = 0; count < d; ++m) {
            if (m >= kWindowMinutes)
                return std::nullopt;
            count += open[std::size_t(m)];
        }
        return m;
    }

    // Walks backward from minute s until d open minutes lie behind: where they begin.
    std::optional<int> walkBackward(int s, int d) const
    {
        int m = s;
        for (int count = 0; count < d;) {
            if (--m < 0)
                return std::nullopt;
            count += open[std::size_t(m)];
        }
        return m;
    }

    std::optional<int> firstWhere(int s, bool wanted) const
    {
        for (int m = s; m < kWindowMinutes; ++m) {
            if (bool(open[std::size_t(m)]) == wanted)
                return m;
        }
        return std::nullopt;
    }
};

struct RandomCalendar
{
    std::optional<BusinessHours> hours; // empty: BusinessCalendar() (24/7)
    QString description;
};

QTime minuteTime(int minute)
{
    return QTime(minute / 60, minute % 60);
}

// `special` 0, 1, 2 force a 24/7, a never-open and an all-week calendar; anything else is random.
RandomCalendar randomCalendar(std::mt19937_64 &rng, int special, const QByteArray &zone, const QDate &windowStart)
{
    const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    RandomCalendar c;
    const int kind = special == 0 ? 0 : special == 1 ? 3 : special == 2 ? 6 : uniform(9, 99);
    if (kind < 3) {
        c.description = QStringLiteral("24/7 (no business hours)");
        return c;
    }
    BusinessHours h;
    h.timeZoneId = zone;
    c.description = QString::fromLatin1(h.timeZoneId);
    if (kind < 6) {
        c.description += QStringLiteral(" never open");
    } else if (kind < 9) {
        for (auto &day : h.weekdays)
            day = {LocalInterval{QTime(0, 0), QTime(0, 0), true}};
        c.description += QStringLiteral(" all week");
    } else {
        for (std::size_t w = 0; w < 7; ++w) {
            if (uniform(0, 3) == 0)
                continue; // a closed day
            const int count = uniform(1, 3);
            for (int k = 0; k < count; ++k) {
                // Mostly on a quarter-hour grid like real hours, sometimes any minute.
                const int grid = uniform(0, 2) == 0 ? 1 : 15;
                const int start = uniform(0, 24 * 60 / grid - 1) * grid;
                int end = uniform(0, 24 * 60 / grid) * grid;
                if (end == start)
                    end = (start + grid) % (24 * 60);
                LocalInterval iv{minuteTime(start), minuteTime(end % (24 * 60)), end == 24 * 60};
                if (iv.endsAtMidnight && iv.start == QTime(0, 0) && uniform(0, 1) == 0)
                    iv = LocalInterval{QTime(0, 0), QTime(12, 0), false};
                h.weekdays[w].append(iv);
                c.description += QStringLiteral(" %1:%2-%3%4")
                                         .arg(w + 1)
                                         .arg(iv.start.toString(QStringLiteral("HH:mm")),
                                              iv.endsAtMidnight ? QStringLiteral("24:00")
                                                                : iv.end.toString(QStringLiteral("HH:mm")),
                                              end < start ? QStringLiteral("(+1)") : QString());
            }
        }
    }
    const int holidays = uniform(0, 5);
    for (int i = 0; i < holidays; ++i) {
        const QDate date = windowStart.addDays(uniform(-1, 36));
        h.holidays.append(date);
        c.description += QStringLiteral(" holiday ") + date.toString(Qt::ISODate);
    }
    c.hours = h;
    return c;
}

// Five weeks whose first two (where cases start) mostly contain a change of UTC offset.
QDate randomWindowStart(std::mt19937_64 &rng, const QByteArray &zoneId)
{
    const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QDate anyDay = QDate(uniform(2020, 2045), 1, 1).addDays(uniform(0, 364));
    const std::optional<QTimeZone> zone = BusinessCalendar::timeZoneFromId(zoneId);
    if (!zone || !zone->hasTransitions() || uniform(0, 4) == 0)
        return anyDay;
    const QTimeZone::OffsetData next = zone->nextTransition(QDateTime(anyDay, QTime(0, 0), Qt::UTC));
    if (!next.atUtc.isValid() || next.atUtc.date().year() > 2046)
        return anyDay;
    return next.atUtc.date().addDays(-uniform(1, 13));
}

} // namespace

class TestBusinessCalendarProperty : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithMinuteWalkingOracle()
    {
        std::mt19937_64 rng(20261120); // fixed: every run checks the same cases
        const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        int cases = 0;
        int inWindow = 0;
        int crossedTransition = 0;
        for (int c = 0; c < kCalendars; ++c) {
            const QByteArray zone(kZones[uniform(0, int(std::size(kZones)) - 1)]);
            const QDate windowStart = randomWindowStart(rng, zone);
            const RandomCalendar random = randomCalendar(rng, c, zone, windowStart);
            auto compiled = random.hours ? BusinessCalendar::fromHours(*random.hours)
                                         : Expected<BusinessCalendar, QString>(BusinessCalendar());
            QVERIFY2(compiled, qPrintable(random.description));
            const BusinessCalendar &cal = *compiled;
            const QDateTime first(windowStart, QTime(0, 0), Qt::UTC);
            const Oracle oracle(random.hours ? &*random.hours : nullptr, cal.timeZone(),
                                first.toSecsSinceEpoch() / kMinute);
            const QByteArray what = random.description.toUtf8();

            for (int k = 0; k < kCasesPerCalendar; ++k, ++cases) {
                const int s = uniform(0, kStartRangeMinutes);
                const int d = uniform(0, 4) == 0 ? uniform(0, 6000) : uniform(0, 600);
                const QDateTime start = oracle.instant(s);
                const QByteArray where = what + " start " + start.toString(Qt::ISODate).toLatin1() + " d "
                        + QByteArray::number(d) + " min";

                // addBusinessTime forward, and the round trip through businessTimeBetween.
                const std::optional<QDateTime> due = cal.addBusinessTime(start, std::chrono::minutes(d));
                const std::optional<int> expected = oracle.walkForward(s, d);
                if (expected) {
                    ++inWindow;
                    QVERIFY2(due == oracle.instant(*expected), where.constData());
                } else {
                    QVERIFY2(!due || *due > oracle.instant(kWindowMinutes - 1), where.constData());
                }
                if (due)
                    QVERIFY2(cal.businessTimeBetween(start, *due) == std::chrono::minutes(d), where.constData());

                // addBusinessTime backward.
                const std::optional<QDateTime> back = cal.addBusinessTime(start, -std::chrono::minutes(d));
                const std::optional<int> expectedBack = oracle.walkBackward(s, d);
                if (expectedBack)
                    QVERIFY2(back == oracle.instant(*expectedBack), where.constData());
                if (back)
                    QVERIFY2(cal.businessTimeBetween(start, *back) == -std::chrono::minutes(d), where.constData());

                // businessTimeBetween to a random instant of the window, either side of start.
                const int e = uniform(0, kWindowMinutes);
                const int between = oracle.prefix[std::size_t(e)] - oracle.prefix[std::size_t(s)];
                const QTimeZone zone = cal.timeZone();
                if (zone.offsetFromUtc(start) != zone.offsetFromUtc(oracle.instant(e))
                    || (due && zone.offsetFromUtc(start) != zone.offsetFromUtc(*due)))
                    ++crossedTransition;
                QVERIFY2(cal.businessTimeBetween(start, oracle.instant(e)) == std::chrono::minutes(between),
                         where.constData());

                // isOpen, nextOpening, nextClosing.
                const bool open = oracle.open[std::size_t(s)];
                QVERIFY2(cal.isOpen(start) == open, where.constData());
                QVERIFY2(cal.isOpen(start.addSecs(uniform(1, 59))) == open, where.constData());
                const std::optional<int> opening = oracle.firstWhere(s, true);
                const std::optional<QDateTime> nextOpening = cal.nextOpening(start);
                if (opening)
                    QVERIFY2(nextOpening == oracle.instant(*opening), where.constData());
                else
                    QVERIFY2(!nextOpening || *nextOpening >= oracle.instant(kWindowMinutes), where.constData());
                const std::optional<int> closing = oracle.firstWhere(s, false);
                const std::optional<QDateTime> nextClosing = cal.nextClosing(start);
                if (closing)
                    QVERIFY2(nextClosing == oracle.instant(*closing), where.constData());
                else
                    QVERIFY2(!nextClosing || *nextClosing >= oracle.instant(kWindowMinutes), where.constData());

                // Off the minute grid: the round trip holds to the millisecond.
                const QDateTime odd = start.addMSecs(uniform(1, 59'999));
                const std::chrono::seconds oddDuration(uniform(0, 200'000));
                if (const std::optional<QDateTime> oddDue = cal.addBusinessTime(odd, oddDuration))
                    QVERIFY2(cal.businessTimeBetween(odd, *oddDue) == oddDuration, where.constData());
            }
        }
        qInfo("%d cases, %d checked in the window, %d of them across a change of UTC offset", cases, inWindow,
              crossedTransition);
        QVERIFY(cases >= 10'000);
        QVERIFY(inWindow >= 10'000);
        QVERIFY(crossedTransition >= 3'000);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendarProperty)
#include "tst_businesscalendar_property.moc"
