// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wire/wiretime.h"

#include <QTest>
#include <QTimeZone>

using namespace Frontline;

class TestWireTime : public QObject
{
    Q_OBJECT

private slots:
    void parsesInstants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime tenUtc(QDate(2026, 3, 29), QTime(10, 0, 5), Qt::UTC);
        QTest::newRow("naive is UTC") << QStringLiteral("2026-03-29 10:00:05") << tenUtc;
        QTest::newRow("iso Z") << QStringLiteral("2026-03-29T10:00:05Z") << tenUtc;
        QTest::newRow("iso offset") << QStringLiteral("2026-03-29T12:00:05+02:00") << tenUtc;
        QTest::newRow("iso no zone is UTC") << QStringLiteral("2026-03-29T10:00:05") << tenUtc;
        QTest::newRow("iso millis") << QStringLiteral("2026-03-29T10:00:05.000Z") << tenUtc;
        QTest::newRow("surrounding space") << QStringLiteral(" 2026-03-29 10:00:05 ") << tenUtc;
    }

    void parsesInstants()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = WireTime::parseInstant(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("day first") << QStringLiteral("29-03-2026 10:00:05");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01 10:00:00");
        QTest::newRow("hour 25") << QStringLiteral("2026-03-01 25:00:00");
        QTest::newRow("letter in the year") << QStringLiteral("20x6-03-01 10:00:00");
        QTest::newRow("sign in the minutes") << QStringLiteral("2026-03-01 10:-1:00");
        QTest::newRow("slashes") << QStringLiteral("2026/03/01 10:00:00");
        QTest::newRow("february 30") << QStringLiteral("2026-02-30 10:00:00");
    }

    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!WireTime::parseInstant(text).has_value());
    }

    void nullDatesAreInvalidButAccepted()
    {
        for (const QString &s : {QString(), QStringLiteral("0000-00-00 00:00:00")}) {
            const auto parsed = WireTime::parseInstant(s);
            QVERIFY(parsed.has_value());
            QVERIFY(!parsed->isValid());
        }
    }

    void formatsInUtc()
    {
        // 12:30 in Copenhagen summer time (UTC+2) is 10:30 UTC on the wire.
        const QDateTime local(QDate(2026, 7, 1), QTime(12, 30), QTimeZone("Europe/Copenhagen"));
        QCOMPARE(WireTime::formatInstant(local), QStringLiteral("2026-07-01 10:30:00"));
        QCOMPARE(WireTime::formatInstant(QDateTime()), QString());
    }

    void parsesHolidayDates()
    {
        QCOMPARE(WireTime::parseDate(QStringLiteral("2026-12-24")), QDate(2026, 12, 24));
        QCOMPARE(WireTime::parseDate(QStringLiteral("2026-12-24 00:00:00")), QDate(2026, 12, 24));
        QVERIFY(!WireTime::parseDate(QStringLiteral("24.12.2026")).has_value());
        QVERIFY(!WireTime::parseDate(QStringLiteral("2026-12-24 nonsense")).has_value());
        QCOMPARE(WireTime::formatDate(QDate(2027, 1, 1)), QStringLiteral("2027-01-01"));
    }
};

QTEST_GUILESS_MAIN(TestWireTime)
#include "tst_wiretime.moc"
