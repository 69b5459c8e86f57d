// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrypolicy.h"

#include <QTest>

using namespace Frontline;
using namespace std::chrono;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesUpToTheCap()
    {
        RetryPolicy p;
        p.baseDelay = milliseconds(100);
        p.maxDelay = milliseconds(1000);
        p.jitter = 0;
        QCOMPARE(p.backoffDelay(1, 0.7), milliseconds(100));
        QCOMPARE(p.backoffDelay(2, 0.7), milliseconds(200));
        QCOMPARE(p.backoffDelay(3, 0.7), milliseconds(400));
        QCOMPARE(p.backoffDelay(4, 0.7), milliseconds(800));
        QCOMPARE(p.backoffDelay(5, 0.7), milliseconds(1000));
        QCOMPARE(p.backoffDelay(60, 0.7), milliseconds(1000));
    }

    void jitterSpreadsAroundTheDelay()
    {
        RetryPolicy p;
        p.baseDelay = milliseconds(1000);
        p.maxDelay = milliseconds(60000);
        p.jitter = 0.25;
        QCOMPARE(p.backoffDelay(2, 0.0), milliseconds(1500)); // 2000 · 0.75
        QCOMPARE(p.backoffDelay(2, 0.5), milliseconds(2000));
        QCOMPARE(p.backoffDelay(2, 0.999999), milliseconds(2499));
        // Never above the cap, even with jitter.
        p.maxDelay = milliseconds(2100);
        QCOMPARE(p.backoffDelay(2, 0.999999), milliseconds(2100));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
        QTest::newRow("IMF-fixdate") << QByteArray("Fri, 20 Nov 2026 15:00:45 GMT") << 45;
        QTest::newRow("RFC 850") << QByteArray("Friday, 20-Nov-26 15:01:00 GMT") << 60;
        QTest::newRow("asctime") << QByteArray("Fri Nov 20 15:02:00 2026") << 120;
        QTest::newRow("date in the past") << QByteArray("Fri, 20 Nov 2026 14:00:00 GMT") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        if (seconds < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), seconds);
        }
    }

    void noneNeverRetries()
    {
        const RetryPolicy p = RetryPolicy::none();
        QCOMPARE(p.maxAttempts, 1);
        QCOMPARE(p.maxRateLimitRetries, 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
