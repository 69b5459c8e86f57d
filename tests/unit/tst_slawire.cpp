// SPDX-License-Identifier: GPL-3.0-or-later
// SLA levels on the wire (contract 11.2): decoding, the errors that name their field, round trips.
#include "api/wire/wire.h"
#include "sla/businesscalendar.h"
#include "slahours.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace Frontline;
using namespace std::chrono_literals;

namespace {

QList<SlaLevel> decodeLevels(const QByteArray &body)
{
    auto array = Wire::parseArray(body);
    if (!array)
        qFatal("parse failed: %s", qPrintable(array.error().toString()));
    auto levels = Wire::decodeList<SlaLevel>(*array, Wire::decodeSlaLevel);
    if (!levels)
        qFatal("decode failed: %s", qPrintable(levels.error().toString()));
    return *levels;
}

Wire::Decoded<SlaLevel> decodeOne(const QByteArray &json)
{
    auto object = Wire::parseObject(json);
    if (!object)
        return object.error();
    return Wire::decodeSlaLevel(*object);
}

} // namespace

class TestSlaWire : public QObject
{
    Q_OBJECT

private slots:
    void decodesLevels()
    {
        const QList<SlaLevel> levels = decodeLevels(Test::readData(QStringLiteral("wire/slas.json")));
        QCOMPARE(levels.size(), 3);

        const SlaLevel &standard = levels.at(0);
        QCOMPARE(standard.id, QStringLiteral("sla1"));
        QCOMPARE(standard.name, QStringLiteral("Standard"));
        QCOMPARE(standard.targets.firstAnswer, std::optional(std::chrono::seconds(2h)));
        QCOMPARE(standard.targets.firstAssign, std::optional(std::chrono::seconds(15min)));
        QCOMPARE(standard.targets.firstResolve, std::optional(std::chrono::seconds(48h)));
        QCOMPARE(standard.targets.nextAnswer, std::optional(std::chrono::seconds(4h))); // sent as a string
        QVERIFY(!standard.targets.chatAnswer); // 0 is no target
        QVERIFY(!standard.targets.callAnswer);
        QVERIFY(standard.businessHours);
        const BusinessHours &hours = *standard.businessHours;
        QCOMPARE(hours.timeZoneId, QByteArray("Europe/Oslo"));
        QCOMPARE(hours.weekdays[0], (QList<LocalInterval>{LocalInterval{QTime(9, 0), QTime(17, 0), false}}));
        QVERIFY(hours.weekdays[5].isEmpty()); // an empty interval is a closed day
        QVERIFY(hours.weekdays[6].isEmpty()); // null too
        QCOMPARE(hours.holidays, (QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 25)}));

        QCOMPARE(levels.at(1).targets.firstAnswer, std::optional(std::chrono::seconds(30min)));
        QVERIFY(!levels.at(1).businessHours); // absent: 24/7

        const SlaLevel &split = levels.at(2);
        QCOMPARE(split.id, QStringLiteral("3"));
        QCOMPARE(split.targets, SlaTargets{});
        const BusinessHours &shifts = *split.businessHours;
        QCOMPARE(shifts.weekdays[0],
                 (QList<LocalInterval>{LocalInterval{QTime(8, 0), QTime(12, 0), false},
                                       LocalInterval{QTime(13, 0), QTime(17, 0), false}}));
        QCOMPARE(shifts.weekdays[1], (QList<LocalInterval>{LocalInterval{QTime(22, 0), QTime(6, 0), false}}));
        QCOMPARE(shifts.weekdays[4], (QList<LocalInterval>{LocalInterval{QTime(9, 0, 30), QTime(0, 0), true}}));
        QVERIFY(shifts.weekdays[2].isEmpty()); // missing: closed
    }

    void decodedLevelsCompileToCalendars()
    {
        const QList<SlaLevel> levels = decodeLevels(Test::readData(QStringLiteral("wire/slas.json")));
        const auto standard = BusinessCalendar::fromLevel(levels.at(0));
        QVERIFY(standard);
        QCOMPARE(standard->addBusinessTime(Test::localTime("Europe/Oslo", 2026, 11, 20, 16), 2h),
                 Test::localTime("Europe/Oslo", 2026, 11, 23, 10));
        QVERIFY(!standard->isOpen(Test::localTime("Europe/Oslo", 2026, 12, 24, 10))); // holiday
        QVERIFY(BusinessCalendar::fromLevel(levels.at(1))->isAlwaysOpen());
        const auto split = BusinessCalendar::fromLevel(levels.at(2));
        QVERIFY(split);
        QCOMPARE(split->addBusinessTime(Test::localTime("Europe/Ljubljana", 2026, 11, 23, 11, 30), 1h),
                 Test::localTime("Europe/Ljubljana", 2026, 11, 23, 13, 30));
        QVERIFY(split->isOpen(Test::localTime("Europe/Ljubljana", 2026, 11, 25, 5))); // Tuesday's night
        QVERIFY(split->isOpen(Test::localTime("Europe/Ljubljana", 2026, 11, 27, 23, 59)));
    }

    void businessHoursPresenceDecides()
    {
        auto level = decodeOne(R"({"id":"a","business_hours":null})");
        QVERIFY(level);
        QVERIFY(!level->businessHours);
        level = decodeOne(R"({"id":"a","business_hours":{}})"); // configures nothing: 24/7
        QVERIFY(level);
        QVERIFY(!level->businessHours);
        level = decodeOne(R"({"id":"a","business_hours":{"timezone":"","monday":{"start":"","end":""}}})");
        QVERIFY(level);
        QVERIFY(!level->businessHours);
        // A zone and no open day: every day is closed, so the clock never runs.
        level = decodeOne(R"({"id":"a","business_hours":{"timezone":"Europe/Madrid"}})");
        QVERIFY(level);
        QVERIFY(level->businessHours);
        QVERIFY(BusinessCalendar::fromLevel(*level)->isNeverOpen());
        // A fixed offset.
        level = decodeOne(
                R"({"id":"a","business_hours":{"timezone":"+01:00","monday":{"start":"09:00","end":"17:00"}}})");
        QVERIFY(level);
        QCOMPARE(level->businessHours->timeZoneId, QByteArray("+01:00"));
        QVERIFY(BusinessCalendar::fromLevel(*level));
    }

    void rejectsMalformedLevelsNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const auto hours = [](const char *inner) {
            return QByteArray(R"({"id":"a","business_hours":{"timezone":"Europe/Oslo",)") + inner + "}}";
        };
        QTest::newRow("bad start") << hours(R"("monday":{"start":"9h","end":"17:00"})")
                                   << QStringLiteral("business_hours.monday.start");
        QTest::newRow("end 25:00") << hours(R"("tuesday":{"start":"09:00","end":"25:00"})")
                                   << QStringLiteral("business_hours.tuesday.end");
        QTest::newRow("start 24:00") << hours(R"("monday":{"start":"24:00","end":"06:00"})")
                                     << QStringLiteral("business_hours.monday.start");
        QTest::newRow("minute 60") << hours(R"("monday":{"start":"12:60","end":"13:00"})")
                                   << QStringLiteral("business_hours.monday.start");
        QTest::newRow("one-digit minute")
                << hours(R"("monday":{"start":"12:5","end":"13:00"})") << QStringLiteral("business_hours.monday.start");
        QTest::newRow("second 60") << hours(R"("monday":{"start":"12:00:60","end":"13:00"})")
                                   << QStringLiteral("business_hours.monday.start");
        QTest::newRow("end equals start") << hours(R"("tuesday":{"start":"09:00","end":"09:00"})")
                                          << QStringLiteral("business_hours.tuesday.end");
        QTest::newRow("end equals start, seconds") << hours(R"("tuesday":{"start":"09:00","end":"09:00:00"})")
                                                   << QStringLiteral("business_hours.tuesday.end");
        QTest::newRow("start only") << hours(R"("monday":{"start":"09:00"})")
                                    << QStringLiteral("business_hours.monday.end");
        QTest::newRow("end only") << hours(R"("monday":{"start":"","end":"17:00"})")
                                  << QStringLiteral("business_hours.monday.start");
        QTest::newRow("time an object") << hours(R"("monday":{"start":{},"end":"17:00"})")
                                        << QStringLiteral("business_hours.monday.start");
        QTest::newRow("day a string") << hours(R"("friday":"09:00-17:00")") << QStringLiteral("business_hours.friday");
        QTest::newRow("array item not an object") << hours(R"("monday":[{"start":"08:00","end":"12:00"},"13:00"])")
                                                  << QStringLiteral("business_hours.monday[1]");
        QTest::newRow("array item bad end")
                << hours(R"("monday":[{"start":"08:00","end":"12:00"},{"start":"13:00","end":"1700"}])")
                << QStringLiteral("business_hours.monday[1].end");
        QTest::newRow("bad holiday") << hours(R"("exclude_holidays":["2026-12-24","Christmas"])")
                                     << QStringLiteral("business_hours.exclude_holidays[1]");
        QTest::newRow("holidays not an array")
                << hours(R"("exclude_holidays":"2026-12-24")") << QStringLiteral("business_hours.exclude_holidays");
        QTest::newRow("unknown zone") << QByteArray(
                R"({"id":"a","business_hours":{"timezone":"Europe/Atlantis","monday":{"start":"09:00","end":"17:00"}}})")
                                      << QStringLiteral("business_hours.timezone");
        QTest::newRow("offset out of range") << QByteArray(
                R"({"id":"a","business_hours":{"timezone":"+25:00","monday":{"start":"09:00","end":"17:00"}}})")
                                             << QStringLiteral("business_hours.timezone");
        QTest::newRow("hours without a zone")
                << QByteArray(R"({"id":"a","business_hours":{"monday":{"start":"09:00","end":"17:00"}}})")
                << QStringLiteral("business_hours.timezone");
        QTest::newRow("business_hours an array")
                << QByteArray(R"({"id":"a","business_hours":[]})") << QStringLiteral("business_hours");
        QTest::newRow("negative target") << QByteArray(R"({"id":"a","values":{"first_answer":-60}})")
                                         << QStringLiteral("values.first_answer");
        QTest::newRow("target not a number")
                << QByteArray(R"({"id":"a","values":{"next_answer":"soon"}})") << QStringLiteral("values.next_answer");
        QTest::newRow("values an array") << QByteArray(R"({"id":"a","values":[3600]})") << QStringLiteral("values");
        QTest::newRow("missing id") << QByteArray(R"({"name":"x"})") << QStringLiteral("id");
    }

    void rejectsMalformedLevelsNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto level = decodeOne(json);
        QVERIFY2(!level, json.constData());
        QCOMPARE(level.error().field, field);
        QVERIFY(!level.error().problem.isEmpty());
    }

    void errorsCarryTheListPath()
    {
        const QByteArray body = R"([{"id":"a"},{"id":"b","business_hours":{"timezone":"Europe/Oslo",
            "tuesday":{"start":"10:00","end":"10:00"}}}])";
        auto array = Wire::parseArray(body);
        QVERIFY(array);
        const auto levels = Wire::decodeList<SlaLevel>(*array, Wire::decodeSlaLevel);
        QVERIFY(!levels);
        QCOMPARE(levels.error().field, QStringLiteral("[1].business_hours.tuesday.end"));
        QVERIFY(levels.error().problem.contains(QStringLiteral("end equals start")));
    }

    void roundTrips()
    {
        for (const SlaLevel &level : decodeLevels(Test::readData(QStringLiteral("wire/slas.json")))) {
            const auto again = Wire::decodeSlaLevel(Wire::encodeSlaLevel(level));
            QVERIFY(again);
            QCOMPARE(*again, level);
        }
    }

    void encodesTheV3Shape()
    {
        SlaLevel level;
        level.id = QStringLiteral("sla9");
        level.name = QStringLiteral("Night desk");
        level.targets.firstAnswer = 3600s;
        level.targets.nextAnswer = 7200s;
        BusinessHours hours = Test::weeklyHours("America/New_York", {1}, {Test::interval("09:00", "17:00")});
        hours.weekdays[1] = {Test::interval("08:00", "12:00"), Test::interval("13:00:30", "24:00")};
        hours.weekdays[2] = {Test::interval("22:00", "06:00")};
        hours.holidays = {QDate(2026, 11, 26)};
        level.businessHours = hours;

        const QJsonObject o = Wire::encodeSlaLevel(level);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("sla9"));
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        QCOMPARE(values.value(QStringLiteral("first_answer")).toInteger(), 3600);
        QCOMPARE(values.value(QStringLiteral("next_answer")).toInteger(), 7200);
        QVERIFY(!values.contains(QStringLiteral("first_resolve"))); // no target: omitted
        const QJsonObject bh = o.value(QStringLiteral("business_hours")).toObject();
        QCOMPARE(bh.value(QStringLiteral("timezone")).toString(), QStringLiteral("America/New_York"));
        // One interval is one DayInterval object, as upstream; more are an array (our extension).
        QCOMPARE(bh.value(QStringLiteral("monday")).toObject(),
                 (QJsonObject{{QStringLiteral("start"), QStringLiteral("09:00")},
                              {QStringLiteral("end"), QStringLiteral("17:00")}}));
        const QJsonArray tuesday = bh.value(QStringLiteral("tuesday")).toArray();
        QCOMPARE(tuesday.size(), 2);
        QCOMPARE(tuesday.at(1).toObject().value(QStringLiteral("start")).toString(), QStringLiteral("13:00:30"));
        QCOMPARE(tuesday.at(1).toObject().value(QStringLiteral("end")).toString(), QStringLiteral("24:00"));
        QCOMPARE(bh.value(QStringLiteral("wednesday")).toObject().value(QStringLiteral("end")).toString(),
                 QStringLiteral("06:00"));
        QVERIFY(!bh.contains(QStringLiteral("thursday"))); // closed: omitted
        QCOMPARE(bh.value(QStringLiteral("exclude_holidays")).toArray(), (QJsonArray{QStringLiteral("2026-11-26")}));

        const auto again = Wire::decodeSlaLevel(o);
        QVERIFY(again);
        QCOMPARE(*again, level);

        level.businessHours.reset();
        QVERIFY(!Wire::encodeSlaLevel(level).contains(QStringLiteral("business_hours")));
    }
};

QTEST_GUILESS_MAIN(TestSlaWire)
#include "tst_slawire.moc"
