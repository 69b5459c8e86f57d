// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/requestbudget.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Frontline;
using namespace std::chrono;

class TestRequestBudget : public QObject
{
    Q_OBJECT

private:
    milliseconds m_now{0};
    RequestBudget::TimeSource clock()
    {
        return [this] { return m_now; };
    }

    // The most sends inside any window of `window` length (a window starting at each send).
    static int busiestWindow(const QList<milliseconds> &sends, milliseconds window)
    {
        int most = 0;
        for (qsizetype i = 0; i < sends.size(); ++i) {
            const auto end = std::lower_bound(sends.begin() + i, sends.end(), sends[i] + window);
            most = std::max(most, int(end - (sends.begin() + i)));
        }
        return most;
    }

private slots:
    void init() { m_now = milliseconds(1'000'000); }

    void burstOf400NeverExceeds150PerMinute()
    {
        RequestBudget budget(150, seconds(60), clock());
        QList<milliseconds> sends;
        for (int i = 0; i < 400; ++i)
            budget.acquire([&] { sends.append(m_now); });
        QCOMPARE(sends.size(), 150); // the first 150 at once
        QCOMPARE(budget.waitingCount(), 250);
        QVERIFY(budget.currentWait() > milliseconds(0));

        // Time moves only to the moments the budget names; nothing sleeps.
        int rounds = 0;
        while (budget.waitingCount() > 0 && rounds++ < 1000) {
            const milliseconds wait = budget.currentWait();
            QVERIFY(wait > milliseconds(0));
            m_now += wait;
            budget.process();
        }
        QCOMPARE(sends.size(), 400);
        QVERIFY(std::is_sorted(sends.begin(), sends.end()));
        QCOMPARE(busiestWindow(sends, seconds(60)), 150);
        // And it does not hold back more than needed: 400 requests take just over two windows.
        QCOMPARE(sends.last() - sends.first(), milliseconds(120'000));
    }

    void burstWithTimeMovingInSmallStepsStaysUnderTheLimit()
    {
        RequestBudget budget(150, seconds(60), clock());
        QList<milliseconds> sends;
        for (int i = 0; i < 400; ++i) {
            budget.acquire([&] { sends.append(m_now); });
            m_now += milliseconds(37);
            budget.process();
        }
        while (budget.waitingCount() > 0) {
            m_now += milliseconds(250);
            budget.process();
        }
        QCOMPARE(sends.size(), 400);
        QVERIFY(busiestWindow(sends, seconds(60)) <= 150);
    }

    void grantsInArrivalOrder()
    {
        RequestBudget budget(2, seconds(10), clock());
        QList<int> order;
        for (int i = 0; i < 5; ++i)
            budget.acquire([&order, i] { order.append(i); });
        QCOMPARE(order, (QList<int>{0, 1}));
        m_now += seconds(10);
        budget.process();
        QCOMPARE(order, (QList<int>{0, 1, 2, 3}));
        m_now += seconds(10);
        budget.process();
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    }

    void cancelledWaitersAreSkipped()
    {
        RequestBudget budget(1, seconds(10), clock());
        int first = 0, second = 0, third = 0;
        budget.acquire([&] { ++first; });
        const auto ticket = budget.acquire([&] { ++second; });
        budget.acquire([&] { ++third; });
        budget.cancel(ticket);
        QCOMPARE(budget.waitingCount(), 1);
        m_now += seconds(10);
        budget.process();
        QCOMPARE(first, 1);
        QCOMPARE(second, 0);
        QCOMPARE(third, 1);
    }

    void pauseHoldsEverythingUntilRetryAfter()
    {
        RequestBudget budget(150, seconds(60), clock());
        QSignalSpy waits(&budget, &RequestBudget::waitChanged);
        budget.pauseFor(seconds(30));
        QVERIFY(budget.isPaused());
        QCOMPARE(budget.currentWait(), milliseconds(30'000));
        int granted = 0;
        budget.acquire([&] { ++granted; });
        QCOMPARE(granted, 0);
        m_now += seconds(29);
        budget.process();
        QCOMPARE(granted, 0);
        QCOMPARE(budget.currentWait(), milliseconds(1'000));
        m_now += seconds(1);
        budget.process();
        QCOMPARE(granted, 1);
        QCOMPARE(budget.currentWait(), milliseconds(0));
        QVERIFY(!waits.isEmpty());
        QCOMPARE(waits.first().first().value<milliseconds>(), milliseconds(30'000));
        QCOMPARE(waits.last().first().value<milliseconds>(), milliseconds(0));
    }

    void aShorterPauseDoesNotShortenALongerOne()
    {
        RequestBudget budget(150, seconds(60), clock());
        budget.pauseFor(seconds(20));
        budget.pauseFor(seconds(5));
        QCOMPARE(budget.currentWait(), milliseconds(20'000));
    }

    void slotsFreeAsTheWindowSlides()
    {
        RequestBudget budget(3, seconds(60), clock());
        for (int i = 0; i < 3; ++i) {
            budget.acquire([] {});
            m_now += seconds(10);
        }
        QCOMPARE(budget.usedInWindow(), 3);
        // The first send was 30 s ago: its slot frees in another 30 s.
        QCOMPARE(budget.currentWait(), milliseconds(30'000));
        m_now += seconds(30);
        QCOMPARE(budget.usedInWindow(), 2);
        QCOMPARE(budget.currentWait(), milliseconds(0));
    }

    void realTimeSourceGrantsFromTheEventLoop()
    {
        // On a real clock the budget's own timer releases the waiter, no process() call.
        RequestBudget real(nullptr);
        QCOMPARE(real.limit(), 150);
        QCOMPARE(real.window(), milliseconds(60'000));
        RequestBudget small(1, milliseconds(20),
                            [] { return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()); });
        bool second = false;
        small.acquire([] {});
        small.acquire([&] { second = true; });
        QVERIFY(!second);
        QTRY_VERIFY(second);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
