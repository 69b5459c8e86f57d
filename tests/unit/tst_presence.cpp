// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"
#include "presence/presencecontroller.h"
#include "presence/worktimeledger.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace std::chrono_literals;

namespace {

QDateTime utc(int hour, int minute = 0, int second = 0, int day = 23)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC);
}

QList<OutboxEntry::Kind> kinds(Store &store)
{
    QList<OutboxEntry::Kind> out;
    for (const OutboxEntry &e : store.outbox().all())
        out.append(e.kind);
    return out;
}

} // namespace

class TestPresence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> openStore()
    {
        auto store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n)));
        if (store->open().isError())
            qFatal("cannot open store");
        return store;
    }

private slots:
    void pauseAndResumeGoThroughTheOutbox()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController p(*store, clock);
        QSignalSpy changed(&p, &PresenceController::changed);
        p.signedIn(PresenceState::Available);
        QCOMPARE(p.state(), PresenceState::Available);
        QVERIFY(!p.isPending());

        clock.set(utc(12));
        QVERIFY(!p.pause(QStringLiteral("Lunch")).isError());
        QCOMPARE(p.state(), PresenceState::Paused);
        QCOMPARE(p.reason(), QStringLiteral("Lunch"));
        QCOMPARE(p.since(), utc(12));
        QVERIFY(p.isPending());
        QCOMPARE(kinds(*store), QList<OutboxEntry::Kind>{OutboxEntry::Kind::Pause});
        QCOMPARE(store->outbox().all().first().payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Lunch"));

        // A second press before the server saw the first replaces it: only the last matters.
        clock.set(utc(12, 0, 20));
        QVERIFY(!p.resume().isError());
        QCOMPARE(kinds(*store), QList<OutboxEntry::Kind>{OutboxEntry::Kind::Resume});
        QVERIFY(!p.pause(QStringLiteral("Lunch")).isError());
        QCOMPARE(kinds(*store), QList<OutboxEntry::Kind>{OutboxEntry::Kind::Pause});
        QVERIFY(changed.count() >= 4);

        // While pending, the server's stale "N" does not undo the pause.
        p.serverStatusObserved(QStringLiteral("N"));
        QCOMPARE(p.state(), PresenceState::Paused);
        // The push succeeded: the entry leaves the outbox.
        QVERIFY(!store->outbox().remove(store->outbox().all().first().id).isError());
        p.outboxChanged();
        QVERIFY(!p.isPending());
        p.serverStatusObserved(QStringLiteral("P"));
        QCOMPARE(p.state(), PresenceState::Paused);
        QCOMPARE(p.reason(), QStringLiteral("Lunch")); // our own pause keeps its reason
    }

    void offlineQueuesAndShowsOffline()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController p(*store, clock);
        p.signedIn(PresenceState::Available);
        p.setConnected(false);
        QCOMPARE(p.state(), PresenceState::Offline);
        QCOMPARE(p.intendedState(), PresenceState::Available);
        clock.set(utc(10));
        QVERIFY(!p.pause(QStringLiteral("Coffee")).isError());
        QCOMPARE(p.state(), PresenceState::Offline); // no connection: shown as offline…
        QVERIFY(p.isPending()); // …with the pause pending
        QCOMPARE(p.intendedState(), PresenceState::Paused);
        p.setConnected(true);
        QCOMPARE(p.state(), PresenceState::Paused);
        // The log: available 9–9 (then offline from 9), paused from 10.
        const auto log = store->presence().intervals(utc(0), utc(23, 59));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).state, PresenceState::Offline);
        QCOMPARE(log.at(2).state, PresenceState::Paused);
        QCOMPARE(log.at(2).reason, QStringLiteral("Coffee"));
    }

    void pauseSetElsewhereShowsUpOnTheNextPoll()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController p(*store, clock);
        p.signedIn(PresenceState::Available);
        clock.set(utc(11));
        p.serverStatusObserved(QStringLiteral("P")); // a supervisor paused us
        QCOMPARE(p.state(), PresenceState::Paused);
        QVERIFY(p.reason().isEmpty());
        QCOMPARE(p.since(), utc(11));
        QVERIFY(!p.isPending());
        QCOMPARE(store->outbox().count(), 0); // nothing to send: it came from the server
        clock.set(utc(11, 30));
        p.serverStatusObserved(QStringLiteral("N"));
        QCOMPARE(p.state(), PresenceState::Available);
        p.serverStatusObserved(QStringLiteral("Z")); // an unknown letter: treated as not available
        QCOMPARE(p.state(), PresenceState::Paused);
        p.signedOut();
        QCOMPARE(p.state(), PresenceState::SignedOut);
        p.serverStatusObserved(QStringLiteral("N")); // ignored when signed out
        QCOMPARE(p.state(), PresenceState::SignedOut);
    }

    void diskFullLeavesPresenceUnchanged()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController p(*store, clock);
        p.signedIn(PresenceState::Available);
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        const QString big(100000, u'x');
        const StoreError e = p.pause(big); // a reason too large to fit
        QCOMPARE(e.kind, StoreError::Kind::DiskFull);
        QCOMPARE(p.state(), PresenceState::Available);
        QCOMPARE(store->outbox().count(), 0);
    }

    void scriptedDayMatchesToTheSecond()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(8, 0));
        PresenceController p(*store, clock);
        // Europe/Copenhagen is UTC+1 on 23 November: 09:00 local is 08:00 UTC.
        p.signedIn(PresenceState::Available); // 09:00 available
        clock.set(utc(11, 0));
        QVERIFY(!p.pause(QStringLiteral("Lunch")).isError()); // 12:00 lunch
        clock.set(utc(11, 30));
        QVERIFY(!p.resume().isError()); // 12:30 back
        clock.set(utc(13, 15, 10));
        QVERIFY(!p.pause(QStringLiteral("Coffee")).isError()); // 14:15:10 coffee
        clock.set(utc(13, 25, 40));
        QVERIFY(!p.resume().isError()); // 14:25:40 back
        clock.set(utc(14, 0));
        p.setConnected(false); // 15:00 connection lost
        clock.set(utc(14, 20));
        p.setConnected(true); // 15:20 back online
        clock.set(utc(16, 0));
        p.shutdown(); // 17:00 quit

        const QTimeZone cph("Europe/Copenhagen");
        const auto [from, to] = WorkTimeLedger::dayBounds(QDate(2026, 11, 23), cph);
        QCOMPARE(from, utc(23, 0, 0, 22));
        const QList<PresenceInterval> log = store->presence().intervals(from, to);
        const WorkTimeSummary s = WorkTimeLedger::summarize(log, from, to, utc(20));
        // 8 h present minus 30 min lunch minus 10 min 30 s coffee.
        QCOMPARE(s.working, 8h - 30min - 10min - 30s);
        QCOMPARE(s.offline, 20min);
        QCOMPARE(s.paused, 40min + 30s);
        QCOMPARE(s.pauseCount, 2);
        QCOMPARE(s.pausedByReason.value(QStringLiteral("Lunch")), 30min);
        QCOMPARE(s.pausedByReason.value(QStringLiteral("Coffee")), 10min + 30s);
        QCOMPARE(s.firstActivity, utc(8));
        QCOMPARE(s.lastActivity, utc(16));
        QCOMPARE(s.working + s.paused, 8h); // pause time never counts as working time

        // An open interval ends at "now"; a period clips intervals.
        const WorkTimeSummary morning = WorkTimeLedger::summarize(log, utc(8), utc(11, 15), utc(20));
        QCOMPARE(morning.working, 3h);
        QCOMPARE(morning.paused, 15min);

        const QByteArray csv = WorkTimeLedger::toCsv(log, from, to, utc(20), cph);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("date,start,end,state,reason,seconds"));
        QVERIFY(csv.contains("2026-11-23,2026-11-23T12:00:00+01:00,2026-11-23T12:30:00+01:00,paused,Lunch,1800"));
        QCOMPARE(lines.size() - 2, log.size()); // one line per interval, plus header and final newline
    }

    void dayBoundsFollowDaylightSaving()
    {
        const QTimeZone cph("Europe/Copenhagen");
        const auto [s1, e1] = WorkTimeLedger::dayBounds(QDate(2026, 3, 29), cph); // spring forward
        QCOMPARE(s1.secsTo(e1), 23 * 3600);
        const auto [s2, e2] = WorkTimeLedger::dayBounds(QDate(2026, 10, 25), cph); // fall back
        QCOMPARE(s2.secsTo(e2), 25 * 3600);
        const auto [ws, we] = WorkTimeLedger::weekBounds(QDate(2026, 11, 26), cph); // a Thursday
        QCOMPARE(ws.toTimeZone(cph).date(), QDate(2026, 11, 23));
        QCOMPARE(we.toTimeZone(cph).date(), QDate(2026, 11, 30));
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
