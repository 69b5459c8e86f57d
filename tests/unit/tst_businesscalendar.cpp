// SPDX-License-Identifier: GPL-3.0-or-later
// Business hours by example: the seed's worked example, weekends, holidays, split and overnight
// shifts, 24/7, "never", long targets and daylight saving in the zones our users live in.
#include "sla/businesscalendar.h"
#include "slahours.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using namespace std::chrono_literals;

namespace {

constexpr std::initializer_list<int> kMondayToFriday = {1, 2, 3, 4, 5};
constexpr std::initializer_list<int> kEveryDay = {1, 2, 3, 4, 5, 6, 7};

BusinessCalendar officeHours(const char *zone, const QList<QDate> &holidays = {})
{
    return compile(weeklyHours(zone, kMondayToFriday, {interval("09:00", "17:00")}, holidays));
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void seedWorkedExample()
    {
        // Mon-Fri 09:00-17:00; a ticket from Friday 16:00 is one business hour old on Monday
        // 09:00, and a 2-hour first-answer target falls due Monday 10:00 (seed 003).
        const BusinessCalendar cal = officeHours("Europe/Oslo");
        const QDateTime friday1600 = localTime("Europe/Oslo", 2026, 11, 20, 16);
        const QDateTime monday0900 = localTime("Europe/Oslo", 2026, 11, 23, 9);
        const QDateTime monday1000 = localTime("Europe/Oslo", 2026, 11, 23, 10);
        QCOMPARE(cal.businessTimeBetween(friday1600, monday0900), 1h);
        QCOMPARE(cal.addBusinessTime(friday1600, 2h), monday1000);
        QCOMPARE(cal.businessTimeBetween(friday1600, monday1000), 2h);
        QCOMPARE(cal.addBusinessTime(friday1600, 2h)->timeSpec(), Qt::UTC);
    }

    void startInsideHours()
    {
        const BusinessCalendar cal = officeHours("Europe/Copenhagen");
        const QDateTime tuesday1000 = localTime("Europe/Copenhagen", 2026, 11, 24, 10);
        QVERIFY(cal.isOpen(tuesday1000));
        QCOMPARE(cal.nextOpening(tuesday1000), tuesday1000);
        QCOMPARE(cal.nextClosing(tuesday1000), localTime("Europe/Copenhagen", 2026, 11, 24, 17));
        QCOMPARE(cal.addBusinessTime(tuesday1000, 3h), localTime("Europe/Copenhagen", 2026, 11, 24, 13));
        // Exactly the rest of the day ends at the closing, not at the next opening.
        QCOMPARE(cal.addBusinessTime(tuesday1000, 7h), localTime("Europe/Copenhagen", 2026, 11, 24, 17));
        QCOMPARE(cal.addBusinessTime(tuesday1000, 8h), localTime("Europe/Copenhagen", 2026, 11, 25, 10));
    }

    void startOutsideHours()
    {
        const BusinessCalendar cal = officeHours("Europe/Copenhagen");
        const auto at = [](int day, int hour, int minute = 0, int second = 0) {
            return localTime("Europe/Copenhagen", 2026, 11, day, hour, minute, second);
        };
        QCOMPARE(cal.addBusinessTime(at(24, 20), 1h), at(25, 10)); // Tuesday evening
        QCOMPARE(cal.addBusinessTime(at(24, 7), 1h), at(24, 10)); // Tuesday before opening
        QCOMPARE(cal.addBusinessTime(at(28, 12), 30min), at(30, 9, 30)); // Saturday
        QCOMPARE(cal.addBusinessTime(at(20, 16), 1h), at(20, 17)); // Friday, to the closing
        QVERIFY(cal.isOpen(at(24, 9)));
        QVERIFY(cal.isOpen(at(24, 16, 59, 59)));
        QVERIFY(!cal.isOpen(at(24, 17))); // intervals are half-open
        QVERIFY(!cal.isOpen(at(28, 12)));
        QCOMPARE(cal.nextOpening(at(28, 12)), at(30, 9));
        QCOMPARE(cal.nextClosing(at(28, 12)), at(28, 12));
        QCOMPARE(cal.businessTimeBetween(at(28, 0), at(30, 0)), 0s);
        QCOMPARE(cal.businessTimeBetween(at(27, 16), at(30, 10)), 2h);
    }

    void backwardsAndNegative()
    {
        const BusinessCalendar cal = officeHours("Europe/Copenhagen");
        const QDateTime monday1000 = localTime("Europe/Copenhagen", 2026, 11, 23, 10);
        const QDateTime friday1600 = localTime("Europe/Copenhagen", 2026, 11, 20, 16);
        QCOMPARE(cal.businessTimeBetween(monday1000, friday1600), -2h);
        QCOMPARE(cal.addBusinessTime(monday1000, -2h), friday1600);
        // The latest instant with one business hour before Monday 10:00 is Monday 09:00.
        QCOMPARE(cal.addBusinessTime(monday1000, -1h), localTime("Europe/Copenhagen", 2026, 11, 23, 9));
        QCOMPARE(cal.addBusinessTime(monday1000, 0s), monday1000);
    }

    void millisecondsAreKept()
    {
        const BusinessCalendar cal = officeHours("Europe/Copenhagen");
        const QDateTime start = localTime("Europe/Copenhagen", 2026, 11, 23, 9).addMSecs(500);
        QCOMPARE(cal.addBusinessTime(start, 1s), start.addMSecs(1000));
        const QDateTime late = localTime("Europe/Copenhagen", 2026, 11, 20, 16, 59, 59).addMSecs(500);
        QCOMPARE(cal.businessMsecsBetween(late, start), 1000ms);
        QCOMPARE(cal.businessTimeBetween(late, start.addMSecs(-1)), 0s); // 999 ms: truncated
    }

    void startOnHoliday()
    {
        const QList<QDate> christmas = {QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 26)};
        const BusinessCalendar cal = officeHours("Europe/Madrid", christmas);
        const auto at = [](int month, int day, int hour) { return localTime("Europe/Madrid", 2026, month, day, hour); };
        QVERIFY(!cal.isOpen(at(12, 24, 10)));
        QCOMPARE(cal.nextOpening(at(12, 24, 10)), at(12, 28, 9));
        QCOMPARE(cal.addBusinessTime(at(12, 24, 10), 1h), at(12, 28, 10));
        QCOMPARE(cal.addBusinessTime(at(12, 23, 16), 2h), at(12, 28, 10));
        QCOMPARE(cal.businessTimeBetween(at(12, 23, 9), at(12, 28, 9)), 8h);
        QCOMPARE(cal.nextClosing(at(12, 23, 10)), at(12, 23, 17));
        QVERIFY(!cal.isAlwaysOpen());
    }

    void splitShifts()
    {
        const BusinessCalendar cal = compile(weeklyHours("Europe/Ljubljana", kMondayToFriday,
                                                         {interval("08:00", "12:00"), interval("13:00", "17:00")}));
        const auto at = [](int hour, int minute = 0) {
            return localTime("Europe/Ljubljana", 2026, 11, 23, hour, minute);
        };
        QCOMPARE(cal.addBusinessTime(at(11, 30), 1h), at(13, 30));
        QCOMPARE(cal.addBusinessTime(at(11), 1h), at(12));
        QVERIFY(!cal.isOpen(at(12, 30)));
        QCOMPARE(cal.nextOpening(at(12, 30)), at(13));
        QCOMPARE(cal.nextClosing(at(9)), at(12));
        QCOMPARE(cal.businessTimeBetween(at(0), at(23)), 8h);
        QCOMPARE(cal.addBusinessTime(at(13, 30), -1h), at(11, 30));
    }

    void overlappingIntervalsAreMerged()
    {
        const BusinessCalendar cal =
                compile(weeklyHours("Europe/Oslo", {1}, {interval("09:00", "13:00"), interval("12:00", "17:00")}));
        QCOMPARE(cal.businessTimeBetween(localTime("Europe/Oslo", 2026, 11, 23, 0),
                                         localTime("Europe/Oslo", 2026, 11, 24, 0)),
                 8h);
        QCOMPARE(cal.nextClosing(localTime("Europe/Oslo", 2026, 11, 23, 10)),
                 localTime("Europe/Oslo", 2026, 11, 23, 17));
    }

    void overnightShifts()
    {
        // Mon-Fri 22:00-06:00: each shift runs into the next morning, Friday's into Saturday.
        const char *zone = "America/New_York";
        const auto at = [zone](int day, int hour) { return localTime(zone, 2026, 11, day, hour); };
        const BusinessCalendar cal = compile(weeklyHours(zone, kMondayToFriday, {interval("22:00", "06:00")}));
        QCOMPARE(cal.addBusinessTime(at(20, 23), 5h), at(21, 4)); // Friday night into Saturday
        QVERIFY(cal.isOpen(at(21, 5)));
        QVERIFY(!cal.isOpen(at(21, 6)));
        QCOMPARE(cal.nextOpening(at(21, 6)), at(23, 22));
        QVERIFY(!cal.isOpen(at(23, 5))); // Monday early: Sunday has no shift
        QVERIFY(cal.isOpen(at(24, 3))); // Tuesday early: Monday's shift
        QCOMPARE(cal.nextClosing(at(23, 23)), at(24, 6));
        QCOMPARE(cal.businessTimeBetween(at(23, 22), at(24, 22)), 8h);

        // A holiday closes its whole local day, including the tail of the shift before it.
        const BusinessCalendar withHoliday =
                compile(weeklyHours(zone, kMondayToFriday, {interval("22:00", "06:00")}, {QDate(2026, 11, 24)}));
        QVERIFY(!withHoliday.isOpen(at(24, 3)));
        QCOMPARE(withHoliday.nextClosing(at(23, 23)), at(24, 0));
        QCOMPARE(withHoliday.addBusinessTime(at(23, 23), 2h), at(25, 1));

        // An end of 24:00 is midnight; a Sunday shift past midnight runs into Monday.
        const BusinessCalendar sunday = compile(weeklyHours(zone, {7}, {interval("18:00", "24:00")}));
        QCOMPARE(sunday.addBusinessTime(at(22, 23), 2h), at(29, 19));
        const BusinessCalendar sundayNight = compile(weeklyHours(zone, {7}, {interval("20:00", "02:00")}));
        QVERIFY(sundayNight.isOpen(at(23, 1)));
        QCOMPARE(sundayNight.nextClosing(at(22, 21)), at(23, 2));
    }

    void alwaysOpen()
    {
        const BusinessCalendar cal;
        const QDateTime t(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        QVERIFY(cal.isAlwaysOpen());
        QVERIFY(!cal.isNeverOpen());
        QCOMPARE(cal.timeZone(), QTimeZone::utc());
        QVERIFY(cal.isOpen(t));
        QCOMPARE(cal.nextOpening(t), t);
        QCOMPARE(cal.nextClosing(t), std::nullopt);
        QCOMPARE(cal.addBusinessTime(t, 3h), t.addSecs(3 * 3600));
        QCOMPARE(cal.businessTimeBetween(t, t.addDays(30)), 720h);

        // Every day 00:00-24:00 is 24/7 too, and business time is real time across DST.
        const BusinessCalendar copenhagen =
                compile(weeklyHours("Europe/Copenhagen", kEveryDay, {interval("00:00", "24:00")}));
        QVERIFY(copenhagen.isAlwaysOpen());
        QCOMPARE(copenhagen.businessTimeBetween(localTime("Europe/Copenhagen", 2026, 3, 28, 12),
                                                localTime("Europe/Copenhagen", 2026, 3, 29, 12)),
                 23h);

        // The same with a holiday is no longer always open.
        const BusinessCalendar withHoliday = compile(
                weeklyHours("Europe/Copenhagen", kEveryDay, {interval("00:00", "24:00")}, {QDate(2026, 12, 24)}));
        QVERIFY(!withHoliday.isAlwaysOpen());
        QCOMPARE(withHoliday.nextClosing(localTime("Europe/Copenhagen", 2026, 12, 1, 8)),
                 localTime("Europe/Copenhagen", 2026, 12, 24, 0));
        QCOMPARE(withHoliday.nextClosing(localTime("Europe/Copenhagen", 2027, 1, 1, 8)), std::nullopt);
    }

    void weekWithoutOpenTimeIsNever()
    {
        BusinessHours closed;
        closed.timeZoneId = "Europe/Oslo";
        const BusinessCalendar cal = compile(closed);
        const QDateTime t = localTime("Europe/Oslo", 2026, 11, 23, 10);
        QVERIFY(cal.isNeverOpen());
        QVERIFY(!cal.isAlwaysOpen());
        QVERIFY(!cal.isOpen(t));
        QCOMPARE(cal.nextOpening(t), std::nullopt);
        QCOMPARE(cal.nextClosing(t), t);
        QCOMPARE(cal.addBusinessTime(t, 1h), std::nullopt);
        QCOMPARE(cal.addBusinessTime(t, -1h), std::nullopt);
        QCOMPARE(cal.addBusinessTime(t, 0s), t);
        QCOMPARE(cal.businessTimeBetween(t, t.addYears(5)), 0s);
    }

    void holidayWeekIsSkipped()
    {
        const QList<QDate> week = {QDate(2026, 12, 28), QDate(2026, 12, 29), QDate(2026, 12, 30), QDate(2026, 12, 31),
                                   QDate(2027, 1, 1)};
        const BusinessCalendar cal = officeHours("Europe/Oslo", week);
        QCOMPARE(cal.addBusinessTime(localTime("Europe/Oslo", 2026, 12, 25, 16), 2h),
                 localTime("Europe/Oslo", 2027, 1, 4, 10));
        QCOMPARE(cal.businessTimeBetween(localTime("Europe/Oslo", 2026, 12, 26, 0),
                                         localTime("Europe/Oslo", 2027, 1, 4, 0)),
                 0s);
        QCOMPARE(cal.nextOpening(localTime("Europe/Oslo", 2026, 12, 28, 9)), localTime("Europe/Oslo", 2027, 1, 4, 9));
    }

    void thirtyBusinessDays()
    {
        const QDateTime start = localTime("Europe/Copenhagen", 2026, 3, 2, 9); // a Monday, DST on 29 March
        const BusinessCalendar cal = officeHours("Europe/Copenhagen");
        QCOMPARE(cal.addBusinessTime(start, 240h), localTime("Europe/Copenhagen", 2026, 4, 10, 17));
        QCOMPARE(cal.addBusinessTime(*cal.addBusinessTime(start, 240h), -240h), start);
        // Danish Easter: Maundy Thursday, Good Friday and Easter Monday add three business days.
        const BusinessCalendar easter =
                officeHours("Europe/Copenhagen", {QDate(2026, 4, 2), QDate(2026, 4, 3), QDate(2026, 4, 6)});
        const std::optional<QDateTime> due = easter.addBusinessTime(start, 240h);
        QCOMPARE(due, localTime("Europe/Copenhagen", 2026, 4, 15, 17));
        QCOMPARE(easter.businessTimeBetween(start, *due), 240h);
    }

    void daylightSaving_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("spring"); // a Sunday
        QTest::addColumn<QDateTime>("springAt"); // the instant the clocks go forward
        QTest::addColumn<QDate>("fall"); // a Sunday
        QTest::addColumn<QDateTime>("fallAt"); // the instant the clocks go back
        QTest::addColumn<int>("repeatedHour"); // the local hour that occurs twice in the fall
        const auto utc = [](int month, int day, int hour) {
            return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
        };
        for (const char *zone : {"Europe/Copenhagen", "Europe/Oslo", "Europe/Madrid", "Europe/Ljubljana"}) {
            QTest::newRow(zone) << QByteArray(zone) << QDate(2026, 3, 29) << utc(3, 29, 1) << QDate(2026, 10, 25)
                                << utc(10, 25, 1) << 2;
        }
        QTest::newRow("America/New_York") << QByteArray("America/New_York") << QDate(2026, 3, 8) << utc(3, 8, 7)
                                          << QDate(2026, 11, 1) << utc(11, 1, 6) << 1;
    }

    void daylightSaving()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, spring);
        QFETCH(QDateTime, springAt);
        QFETCH(QDate, fall);
        QFETCH(QDateTime, fallAt);
        QFETCH(int, repeatedHour);
        const QTimeZone tz(zone);
        QCOMPARE(tz.offsetFromUtc(springAt) - tz.offsetFromUtc(springAt.addSecs(-1)), 3600);
        QCOMPARE(tz.offsetFromUtc(fallAt) - tz.offsetFromUtc(fallAt.addSecs(-1)), -3600);
        const char *z = zone.constData();
        const auto at = [z](const QDate &d, int hour) { return localTime(z, d.year(), d.month(), d.day(), hour); };

        // A night shift 00:00-06:00 is an hour shorter when the clocks go forward, longer when back.
        const BusinessCalendar nights = compile(weeklyHours(z, kEveryDay, {interval("00:00", "06:00")}));
        QCOMPARE(nights.businessTimeBetween(at(spring.addDays(-1), 0), at(spring.addDays(-1), 12)), 6h);
        QCOMPARE(nights.businessTimeBetween(at(spring, 0), at(spring, 12)), 5h);
        QCOMPARE(nights.businessTimeBetween(at(fall, 0), at(fall, 12)), 7h);
        // Counting three hours from midnight takes three real hours, whatever the wall clock says.
        QCOMPARE(nights.addBusinessTime(at(spring, 0), 3h), at(spring, 0).addSecs(3 * 3600));
        QCOMPARE(nights.addBusinessTime(at(spring, 0), 3h), at(spring, 4));
        QCOMPARE(nights.addBusinessTime(at(fall, 0), 3h), at(fall, 0).addSecs(3 * 3600));
        QCOMPARE(nights.addBusinessTime(at(fall, 0), 7h), at(fall, 6));
        QCOMPARE(nights.nextClosing(at(fall, 0)), at(fall, 6));
        QCOMPARE(nights.addBusinessTime(at(fall, 6), -7h), at(fall, 0));

        // Hours that begin inside the skipped hour open when the wall clock jumps.
        const BusinessCalendar gap = compile(weeklyHours(z, kEveryDay, {interval("02:30", "04:00")}));
        QCOMPARE(gap.nextOpening(at(spring, 0)), springAt);
        QCOMPARE(gap.businessTimeBetween(at(spring, 0), at(spring, 12)), 1h);
        QCOMPARE(gap.businessTimeBetween(at(spring.addDays(1), 0), at(spring.addDays(1), 12)), 90min);

        // The repeated hour is open both times it occurs: two real hours of business time.
        const BusinessCalendar repeated = compile(
                weeklyHours(z, kEveryDay, {LocalInterval{QTime(repeatedHour, 0), QTime(repeatedHour + 1, 0), false}}));
        QCOMPARE(repeated.businessTimeBetween(at(fall, 0), at(fall, 12)), 2h);
        QVERIFY(repeated.isOpen(fallAt.addSecs(-1800))); // first pass
        QVERIFY(repeated.isOpen(fallAt.addSecs(1800))); // second pass
        QCOMPARE(repeated.nextClosing(fallAt.addSecs(-1800)), fallAt.addSecs(3600));
        // A shift ending inside the repeated hour is open again when the hour comes round.
        const BusinessCalendar endsInside =
                compile(weeklyHours(z, kEveryDay, {LocalInterval{QTime(0, 0), QTime(repeatedHour, 30), false}}));
        QCOMPARE(endsInside.businessTimeBetween(at(fall, 0), at(fall, 12)), std::chrono::hours(repeatedHour + 1));

        // Day hours keep their local times; the real time between them shrinks or grows by an hour.
        const BusinessCalendar days = compile(weeklyHours(z, kEveryDay, {interval("09:00", "17:00")}));
        const QDateTime saturday1600 = at(spring.addDays(-1), 16);
        QCOMPARE(days.addBusinessTime(saturday1600, 2h), at(spring, 10));
        QCOMPARE(saturday1600.secsTo(*days.addBusinessTime(saturday1600, 2h)), 17 * 3600);
        const QDateTime fallSaturday1600 = at(fall.addDays(-1), 16);
        QCOMPARE(days.addBusinessTime(fallSaturday1600, 2h), at(fall, 10));
        QCOMPARE(fallSaturday1600.secsTo(*days.addBusinessTime(fallSaturday1600, 2h)), 19 * 3600);
        QCOMPARE(days.businessTimeBetween(at(spring, 0), at(spring.addDays(1), 0)), 8h);
    }

    void fixedOffsetZone()
    {
        const BusinessCalendar cal = compile(weeklyHours("+01:00", kMondayToFriday, {interval("09:00", "17:00")}));
        QCOMPARE(cal.timeZone().offsetFromUtc(QDateTime(QDate(2026, 7, 6), QTime(12, 0), Qt::UTC)), 3600);
        const QDateTime summerMonday(QDate(2026, 7, 6), QTime(8, 0), Qt::UTC);
        QVERIFY(cal.isOpen(summerMonday));
        QVERIFY(!cal.isOpen(summerMonday.addSecs(-1)));
        QCOMPARE(cal.nextClosing(summerMonday), summerMonday.addSecs(8 * 3600));
        const QDateTime winterMonday(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        QVERIFY(cal.isOpen(winterMonday));
    }

    void farFromTodayStillFollowsTheZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("year");
        QTest::newRow("Copenhagen 2040, after the zone file's table") << QByteArray("Europe/Copenhagen") << 2040;
        QTest::newRow("Copenhagen 2300, beyond our table") << QByteArray("Europe/Copenhagen") << 2300;
        QTest::newRow("New York 1960, before our table") << QByteArray("America/New_York") << 1960;
        QTest::newRow("New York 2199, end of our table") << QByteArray("America/New_York") << 2199;
    }

    void farFromTodayStillFollowsTheZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, year);
        QDate monday(year, 7, 1);
        while (monday.dayOfWeek() != 1)
            monday = monday.addDays(1);
        const BusinessCalendar cal = officeHours(zone.constData());
        const QDateTime opening = QDateTime(monday, QTime(9, 0), QTimeZone(zone)).toUTC();
        QVERIFY(QTimeZone(zone).isDaylightTime(opening)); // summer time, not the standard offset
        QVERIFY(cal.isOpen(opening));
        QVERIFY(!cal.isOpen(opening.addSecs(-1)));
        QCOMPARE(cal.nextOpening(opening.addSecs(-3600)), opening);
        QCOMPARE(cal.addBusinessTime(opening, 8h), opening.addSecs(8 * 3600));
        QCOMPARE(cal.businessTimeBetween(opening.addDays(-3), opening.addDays(4)), 40h);
    }

    void followsQTimeZoneFrom1970To2199_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone :
             {"Europe/Copenhagen", "Europe/Oslo", "Europe/Madrid", "Europe/Ljubljana", "America/New_York",
              "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Africa/Casablanca", "Asia/Kathmandu"})
            QTest::newRow(zone) << QByteArray(zone);
    }

    void followsQTimeZoneFrom1970To2199()
    {
        // Open 00:00-12:00 every day: whether an instant is open tells its local time to the hour,
        // so a wrong UTC offset anywhere shows. Samples drift through the day (every 3 d 1 h 13 min)
        // and cover the years around 2038 where Qt 6.4's nextTransition() goes astray.
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        const BusinessCalendar cal = compile(weeklyHours(zone.constData(), kEveryDay, {interval("00:00", "12:00")}));
        const QDateTime end(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
        int samples = 0;
        for (QDateTime t(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC); t < end; t = t.addSecs(3 * 86400 + 3600 + 13 * 60)) {
            const bool morning = t.addSecs(tz.offsetFromUtc(t)).time().hour() < 12;
            if (cal.isOpen(t) != morning)
                QFAIL(qPrintable(t.toString(Qt::ISODate)));
            ++samples;
        }
        QVERIFY(samples > 27'000);
    }

    void rejectsBadHours_data()
    {
        QTest::addColumn<BusinessHours>("hours");
        QTest::addColumn<QString>("problem");
        BusinessHours base = weeklyHours("Europe/Oslo", {2}, {interval("09:00", "17:00")});
        BusinessHours h = base;
        h.timeZoneId = "Europe/Nowhere";
        QTest::newRow("unknown zone") << h << QStringLiteral("unknown time zone 'Europe/Nowhere'");
        h = base;
        h.timeZoneId.clear();
        QTest::newRow("no zone") << h << QStringLiteral("no time zone given");
        h = base;
        h.weekdays[1] = {interval("09:00", "09:00")};
        QTest::newRow("end equals start") << h << QStringLiteral("tuesday[0]: end equals start (09:00)");
        h = base;
        h.weekdays[1] = {interval("09:00", "17:00"), LocalInterval{QTime(), QTime(17, 0), false}};
        QTest::newRow("invalid start") << h << QStringLiteral("tuesday[1]: invalid start time");
        h = base;
        h.weekdays[6] = {LocalInterval{QTime(9, 0), QTime(1, 0), true}};
        QTest::newRow("24:00 not midnight") << h << QStringLiteral("sunday[0]: an end of 24:00");
        h = base;
        h.holidays = {QDate()};
        QTest::newRow("holiday") << h << QStringLiteral("invalid holiday date");
    }

    void rejectsBadHours()
    {
        QFETCH(BusinessHours, hours);
        QFETCH(QString, problem);
        const auto cal = BusinessCalendar::fromHours(hours);
        QVERIFY(!cal);
        QVERIFY2(cal.error().startsWith(problem), qPrintable(cal.error()));
    }

    void levelWithoutHoursIsAlwaysOpen()
    {
        SlaLevel level;
        QVERIFY(BusinessCalendar::fromLevel(level)->isAlwaysOpen());
        level.businessHours = weeklyHours("Europe/Oslo", {1}, {interval("09:00", "17:00")});
        QVERIFY(!BusinessCalendar::fromLevel(level)->isAlwaysOpen());
        level.businessHours->timeZoneId = "Mars/Olympus";
        QVERIFY(!BusinessCalendar::fromLevel(level));
    }

    void timeZoneIds_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("offset"); // in July 2026
        QTest::newRow("IANA") << QByteArray("Europe/Ljubljana") << true << 7200;
        QTest::newRow("UTC") << QByteArray("UTC") << true << 0;
        QTest::newRow("+01:00") << QByteArray("+01:00") << true << 3600;
        QTest::newRow("-0530") << QByteArray("-0530") << true << -19800;
        QTest::newRow("+02") << QByteArray("+02") << true << 7200;
        QTest::newRow("+14:00") << QByteArray("+14:00") << true << 50400;
        QTest::newRow("+15:00") << QByteArray("+15:00") << false << 0;
        QTest::newRow("+01:60") << QByteArray("+01:60") << false << 0;
        QTest::newRow("+1:00") << QByteArray("+1:00") << false << 0;
        QTest::newRow("unknown") << QByteArray("Europe/Nowhere") << false << 0;
        QTest::newRow("path") << QByteArray("../../etc/passwd") << false << 0;
        QTest::newRow("spaces") << QByteArray("Europe/Oslo; rm") << false << 0;
        QTest::newRow("empty") << QByteArray() << false << 0;
    }

    void timeZoneIds()
    {
        QFETCH(QByteArray, id);
        QFETCH(bool, valid);
        QFETCH(int, offset);
        const std::optional<QTimeZone> zone = BusinessCalendar::timeZoneFromId(id);
        QCOMPARE(zone.has_value(), valid);
        if (zone)
            QCOMPARE(zone->offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)), offset);
    }

    void copiesShareOneCompiledCalendar()
    {
        const BusinessCalendar a = officeHours("Europe/Oslo");
        const BusinessCalendar b = a; // NOLINT(performance-unnecessary-copy-initialization)
        const QDateTime t = localTime("Europe/Oslo", 2026, 11, 20, 16);
        QCOMPARE(b.addBusinessTime(t, 2h), a.addBusinessTime(t, 2h));
        QCOMPARE(b.timeZone(), QTimeZone("Europe/Oslo"));
    }

    void invalidInstants()
    {
        const BusinessCalendar cal = officeHours("Europe/Oslo");
        QVERIFY(!cal.isOpen(QDateTime()));
        QCOMPARE(cal.nextOpening(QDateTime()), std::nullopt);
        QCOMPARE(cal.addBusinessTime(QDateTime(), 1h), std::nullopt);
        QCOMPARE(cal.businessTimeBetween(QDateTime(), localTime("Europe/Oslo", 2026, 11, 20, 16)), 0s);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
