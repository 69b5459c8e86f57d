// SPDX-License-Identifier: GPL-3.0-or-later
// SlaClock: every state, their precedence, and when the next change comes.
#include "sla/slaclock.h"
#include "slahours.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using namespace std::chrono_literals;

namespace QTest {
template<>
inline char *toString(const SlaState &s)
{
    static const char *const names[] = {"Running", "Paused", "Warning", "Breached", "Met", "Postponed"};
    return qstrdup(names[int(s)]);
}
} // namespace QTest

namespace {

// Oslo, Monday to Friday 09:00-17:00; 20-23 November 2026 is Friday to Monday.
QDateTime oslo(int day, int hour, int minute = 0, int second = 0)
{
    return localTime("Europe/Oslo", 2026, 11, day, hour, minute, second);
}

BusinessCalendar officeHours()
{
    return compile(weeklyHours("Europe/Oslo", {1, 2, 3, 4, 5}, {interval("09:00", "17:00")}));
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private:
    const BusinessCalendar m_cal = officeHours();
    // The seed's example: a ticket from Friday 16:00 with a 2-hour first-answer target.
    const SlaClock m_clock = SlaClock::start(m_cal, oslo(20, 16), 2h);

private slots:
    void startComputesTheDeadline()
    {
        QCOMPARE(m_clock.deadline(), oslo(23, 10));
        QCOMPARE(m_clock.deadline().timeSpec(), Qt::UTC);
        QCOMPARE(m_clock.target(), 2h);
        QCOMPARE(m_clock.warningShare(), 0.25);
        // The same clock from the server's due instant reads the same.
        const SlaClock fromServer(m_cal, oslo(23, 10), 2h);
        QCOMPARE(fromServer.read(oslo(21, 12)), m_clock.read(oslo(21, 12)));
    }

    void running()
    {
        const SlaReading r = m_clock.read(oslo(20, 16, 10));
        QCOMPARE(r.state, SlaState::Running);
        QCOMPARE(r.deadline, oslo(23, 10));
        QCOMPARE(r.remaining, 1h + 50min);
        QCOMPARE(r.overdue, 0s);
        QVERIFY(!r.resumesAt.isValid());
        QVERIFY(!r.belowWarningShare);
    }

    void pausedOutsideHours()
    {
        for (const QDateTime &now : {oslo(20, 17), oslo(21, 12), oslo(23, 8, 59, 59)}) {
            const SlaReading r = m_clock.read(now);
            QCOMPARE(r.state, SlaState::Paused);
            QCOMPARE(r.remaining, 1h);
            QCOMPARE(r.resumesAt, oslo(23, 9));
            QVERIFY(!r.belowWarningShare);
        }
        // Paused with little time left keeps the warning flag for the row's colour.
        const SlaClock late = SlaClock::start(m_cal, oslo(20, 15, 10), 2h);
        QCOMPARE(late.deadline(), oslo(23, 9, 10));
        const SlaReading r = late.read(oslo(21, 12));
        QCOMPARE(r.state, SlaState::Paused);
        QCOMPARE(r.remaining, 10min);
        QVERIFY(r.belowWarningShare);
    }

    void warningUnderTheShare()
    {
        QCOMPARE(m_clock.read(oslo(23, 9, 30)).state, SlaState::Running); // exactly 25% left
        const SlaReading r = m_clock.read(oslo(23, 9, 31));
        QCOMPARE(r.state, SlaState::Warning);
        QCOMPARE(r.remaining, 29min);
        QVERIFY(r.belowWarningShare);
        // Remaining time is truncated to whole seconds, never rounded up.
        const SlaReading last = m_clock.read(oslo(23, 9, 59, 59).addMSecs(500));
        QCOMPARE(last.state, SlaState::Warning);
        QCOMPARE(last.remaining, 0s);
    }

    void warningShareIsConfigurable()
    {
        const SlaClock half = SlaClock::start(m_cal, oslo(20, 16), 2h, 0.5);
        QCOMPARE(half.read(oslo(23, 9)).state, SlaState::Running);
        QCOMPARE(half.read(oslo(23, 9, 1)).state, SlaState::Warning);
        const SlaClock none = SlaClock::start(m_cal, oslo(20, 16), 2h, 0.0);
        QCOMPARE(none.read(oslo(23, 9, 59)).state, SlaState::Running);
    }

    void breachedWithBusinessTimeOverdue()
    {
        const SlaReading r = m_clock.read(oslo(23, 11));
        QCOMPARE(r.state, SlaState::Breached);
        QCOMPARE(r.overdue, 1h);
        QCOMPARE(r.remaining, 0s);
        QVERIFY(!r.belowWarningShare);
        QCOMPARE(m_clock.read(oslo(23, 10)).state, SlaState::Breached); // at the deadline
        QCOMPARE(m_clock.read(oslo(23, 10)).overdue, 0s);
        // Overdue grows only in business hours: the same at closing and next morning.
        QCOMPARE(m_clock.read(oslo(23, 17, 30)).overdue, 7h);
        QCOMPARE(m_clock.read(oslo(24, 9)).overdue, 7h);
        QCOMPARE(m_clock.read(oslo(24, 9)).state, SlaState::Breached);
    }

    void met()
    {
        SlaReading r = m_clock.read(oslo(25, 12), oslo(23, 9, 30));
        QCOMPARE(r.state, SlaState::Met);
        QCOMPARE(r.remaining, 30min); // the time that was to spare
        QCOMPARE(r.overdue, 0s);
        r = m_clock.read(oslo(25, 12), oslo(23, 10)); // answered at the deadline
        QCOMPARE(r.state, SlaState::Met);
        QCOMPARE(r.remaining, 0s);
        r = m_clock.read(oslo(21, 12), oslo(20, 16, 5)); // met before the weekend
        QCOMPARE(r.state, SlaState::Met);
        QCOMPARE(r.remaining, 1h + 55min);
    }

    void metLateIsBreachedAndFrozen()
    {
        const QDateTime answered = oslo(23, 11, 15);
        for (const QDateTime &now : {oslo(23, 11, 15), oslo(24, 12), oslo(30, 12)}) {
            const SlaReading r = m_clock.read(now, answered);
            QCOMPARE(r.state, SlaState::Breached);
            QCOMPARE(r.overdue, 1h + 15min);
            QCOMPARE(r.remaining, 0s);
        }
    }

    void postponed()
    {
        const QDateTime until = oslo(23, 12);
        SlaReading r = m_clock.read(oslo(21, 12), std::nullopt, until);
        QCOMPARE(r.state, SlaState::Postponed);
        QCOMPARE(r.resumesAt, until);
        QCOMPARE(r.remaining, 1h);
        // Postponed wins over a deadline that passed during the postponement.
        r = m_clock.read(oslo(23, 11), std::nullopt, until);
        QCOMPARE(r.state, SlaState::Postponed);
        QCOMPARE(r.remaining, 0s);
        QCOMPARE(r.overdue, 0s);
        // When the postponement ends, the clock reads as usual.
        r = m_clock.read(until, std::nullopt, until);
        QCOMPARE(r.state, SlaState::Breached);
        QCOMPARE(r.overdue, 2h);
        QCOMPARE(m_clock.read(oslo(20, 16, 10), std::nullopt, oslo(20, 16, 5)).state, SlaState::Running);
        // A met target stays met, postponed or not.
        QCOMPARE(m_clock.read(oslo(21, 12), oslo(20, 16, 30), until).state, SlaState::Met);
    }

    void neverReachable()
    {
        BusinessHours closed;
        closed.timeZoneId = "Europe/Oslo";
        const SlaClock never = SlaClock::start(compile(closed), oslo(20, 16), 2h);
        QVERIFY(!never.deadline().isValid());
        SlaReading r = never.read(oslo(23, 10));
        QCOMPARE(r.state, SlaState::Paused);
        QVERIFY(!r.resumesAt.isValid()); // paused for good
        QCOMPARE(r.remaining, std::chrono::seconds::max());
        QVERIFY(!never.nextStateChange(oslo(23, 10)).isValid());
        QCOMPARE(never.read(oslo(23, 10), oslo(23, 11)).state, SlaState::Met);

        const SlaClock noDeadline(BusinessCalendar(), QDateTime(), 2h);
        r = noDeadline.read(oslo(23, 10));
        QCOMPARE(r.state, SlaState::Running);
        QCOMPARE(r.remaining, std::chrono::seconds::max());
    }

    void nextStateChange()
    {
        QCOMPARE(m_clock.nextStateChange(oslo(20, 16, 10)), oslo(20, 17)); // closing
        QCOMPARE(m_clock.nextStateChange(oslo(21, 12)), oslo(23, 9)); // opening
        QCOMPARE(m_clock.nextStateChange(oslo(23, 9)), oslo(23, 9, 30).addMSecs(1)); // warning
        QCOMPARE(m_clock.nextStateChange(oslo(23, 9, 45)), oslo(23, 10)); // breach
        QVERIFY(!m_clock.nextStateChange(oslo(23, 11)).isValid());
        QVERIFY(!m_clock.nextStateChange(oslo(23, 9), oslo(23, 9, 5)).isValid());
        QCOMPARE(m_clock.nextStateChange(oslo(21, 12), std::nullopt, oslo(23, 12)), oslo(23, 12));
    }

    void nextStateChangeNeverMissesAChange()
    {
        // Jump from change to change across a weekend and a warning that begins on a Friday;
        // the state must hold all the way up to each reported instant.
        const SlaClock clock = SlaClock::start(m_cal, oslo(20, 9), 9h, 0.5); // due Monday 10:00
        QDateTime t = oslo(19, 20);
        int changes = 0;
        QList<SlaState> seen;
        while (t.isValid() && changes < 20) {
            const SlaReading here = clock.read(t);
            seen.append(here.state);
            const QDateTime next = clock.nextStateChange(t);
            if (!next.isValid())
                break;
            QVERIFY(next > t);
            for (const QDateTime &probe : {t.addMSecs((t.msecsTo(next)) / 2), next.addMSecs(-1)}) {
                const SlaReading r = clock.read(probe);
                QCOMPARE(r.state, here.state);
                QCOMPARE(r.resumesAt, here.resumesAt);
            }
            t = next;
            ++changes;
        }
        QCOMPARE(seen,
                 (QList<SlaState>{SlaState::Paused, SlaState::Running, SlaState::Warning, SlaState::Paused,
                                  SlaState::Warning, SlaState::Breached}));
    }

    void stoppedBetweenMovesTheDeadline()
    {
        // Postponed from Friday 16:30 until Monday 09:00 with 1 h 30 min left: due Monday 10:30.
        const SlaClock moved = m_clock.stoppedBetween(oslo(20, 16, 30), oslo(23, 9));
        QCOMPARE(moved.deadline(), oslo(23, 10, 30));
        QCOMPARE(moved.target(), 2h);
        QCOMPARE(m_clock.stoppedBetween(oslo(23, 11), oslo(23, 12)).deadline(), m_clock.deadline());
        QCOMPARE(m_clock.stoppedBetween(oslo(23, 9), oslo(23, 9)).deadline(), m_clock.deadline());
    }

    void targetsAndDueInstantsByKind()
    {
        SlaTargets targets;
        targets.firstAnswer = 1h;
        targets.nextAnswer = 2h;
        targets.firstResolve = 24h;
        targets.firstAssign = 10min;
        QCOMPARE(slaTargetValue(targets, SlaTarget::FirstAnswer), std::optional(std::chrono::seconds(1h)));
        QCOMPARE(slaTargetValue(targets, SlaTarget::NextAnswer), std::optional(std::chrono::seconds(2h)));
        QCOMPARE(slaTargetValue(targets, SlaTarget::Resolution), std::optional(std::chrono::seconds(24h)));
        QCOMPARE(slaTargetValue(targets, SlaTarget::FirstAssign), std::optional(std::chrono::seconds(10min)));
        QCOMPARE(slaTargetValue(SlaTargets{}, SlaTarget::FirstAnswer), std::nullopt);

        TicketSla due;
        due.firstAnswer = oslo(23, 10);
        due.nextAnswer = oslo(23, 11);
        due.firstResolve = oslo(23, 12);
        due.firstAssign = oslo(23, 13);
        QCOMPARE(slaDue(due, SlaTarget::FirstAnswer), oslo(23, 10));
        QCOMPARE(slaDue(due, SlaTarget::NextAnswer), oslo(23, 11));
        QCOMPARE(slaDue(due, SlaTarget::Resolution), oslo(23, 12));
        QCOMPARE(slaDue(due, SlaTarget::FirstAssign), oslo(23, 13));
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
