// SPDX-License-Identifier: GPL-3.0-or-later
// Screen lock and idle time from a fake org.freedesktop.ScreenSaver on a private session bus,
// and the automatic pause built on them (real Store, manual clock).
#include "autopause.h"
#include "fakescreensaver.h"
#include "manualclock.h"
#include "presence/presencecontroller.h"
#include "resumeprompt.h"
#include "screenlockwatcher.h"
#include "store/store.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QDateTime utc(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), Qt::UTC);
}

// No system bus in the test session: logind is simply not there.
QDBusConnection noSystemBus()
{
    return QDBusConnection(u"no-system-bus"_s);
}

} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> openStore()
    {
        auto store = std::make_unique<Store>(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_n)));
        if (store->open().isError())
            qFatal("cannot open the store");
        return store;
    }

private slots:
    void unavailableWithoutAScreensaver()
    {
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        QVERIFY(!watcher.isAvailable());
        // Idle time: neither Mutter nor the screensaver answers.
        watcher.pollIdle();
        QTRY_VERIFY(!watcher.isIdleAvailable());
    }

    void activeChangedLocksAndUnlocks()
    {
        Test::FakeScreenSaver saver;
        QVERIFY(saver.start());
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        QVERIFY(watcher.isAvailable());
        QSignalSpy locked(&watcher, &ScreenLockWatcher::locked);
        QSignalSpy unlocked(&watcher, &ScreenLockWatcher::unlocked);

        saver.setActive(true);
        QTRY_COMPARE(locked.count(), 1);
        QVERIFY(watcher.isLocked());
        saver.setActive(true); // said twice (KDE says it on two paths): reported once
        saver.setActive(false);
        QTRY_COMPARE(unlocked.count(), 1);
        QCOMPARE(locked.count(), 1);
        QVERIFY(!watcher.isLocked());
    }

    void idleTimeInMinutes()
    {
        Test::FakeScreenSaver saver;
        QVERIFY(saver.start());
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        QSignalSpy idle(&watcher, &ScreenLockWatcher::idleFor);
        saver.setIdleSeconds(59);
        watcher.pollIdle(); // Mutter is absent: falls back to the screensaver
        QTRY_COMPARE(saver.idleQueries(), 1);
        QTRY_VERIFY(watcher.isIdleAvailable());
        QCOMPARE(idle.count(), 0); // still 0 whole minutes
        saver.setIdleSeconds(6 * 60 + 5);
        watcher.pollIdle();
        QTRY_COMPARE(idle.count(), 1);
        QCOMPARE(idle.last().first().toInt(), 6);
        saver.setIdleSeconds(2);
        watcher.pollIdle();
        QTRY_COMPARE(idle.count(), 2);
        QCOMPARE(idle.last().first().toInt(), 0);

        // Polling on a timer.
        saver.setIdleSeconds(3 * 60);
        watcher.setIdlePolling(20ms);
        QTRY_COMPARE(idle.count(), 3);
        QCOMPARE(idle.last().first().toInt(), 3);
        watcher.setIdlePolling(0ms);
    }

    void lockPausesAndUnlockOffersToResume()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController presence(*store, clock);
        presence.signedIn(PresenceState::Available);
        Test::FakeScreenSaver saver;
        QVERIFY(saver.start());
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        AutoPause autoPause(presence, watcher, clock);
        UiSettings settings;
        settings.autoPauseOnLock = true;
        autoPause.setSettings(settings);
        QSignalSpy offered(&autoPause, &AutoPause::resumeOffered);

        clock.set(utc(12));
        saver.setActive(true);
        QTRY_COMPARE(presence.intendedState(), PresenceState::Paused);
        QCOMPARE(presence.reason(), u"Screen locked"_s);
        QCOMPARE(store->outbox().all().size(), 1); // sent to the server like any pause
        QCOMPARE(offered.count(), 0);

        clock.set(utc(12, 25));
        saver.setActive(false);
        QTRY_COMPARE(offered.count(), 1);
        ResumePrompt *prompt = autoPause.prompt();
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        QVERIFY(!prompt->isModal());
        QVERIFY2(prompt->message().contains(u"Screen locked"_s), qPrintable(prompt->message()));
        QVERIFY(prompt->message().contains(u"25 min"_s));
        QCOMPARE(presence.intendedState(), PresenceState::Paused); // never resumes by itself
        if (const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            prompt->grab().save(QDir(dir).filePath(u"resume-prompt.png"_s));

        QTest::mouseClick(prompt->resumeButton(), Qt::LeftButton);
        QCOMPARE(presence.intendedState(), PresenceState::Available);
        QVERIFY(!prompt->isVisible());

        // The working time: 09:00-12:00 and from 12:25, the locked 25 minutes as a pause.
        const QList<PresenceInterval> log = store->presence().intervals(utc(0), utc(23));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).state, PresenceState::Paused);
        QCOMPARE(log.at(1).reason, u"Screen locked"_s);
        QCOMPARE(log.at(1).start, utc(12));
        QCOMPARE(log.at(1).end, utc(12, 25));
    }

    void manualPauseIsKeptAndOfferedToo()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(12));
        PresenceController presence(*store, clock);
        presence.signedIn(PresenceState::Available);
        QVERIFY(!presence.pause(u"Lunch"_s).isError());
        Test::FakeScreenSaver saver;
        QVERIFY(saver.start());
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        AutoPause autoPause(presence, watcher, clock);
        UiSettings settings;
        settings.autoPauseOnLock = true;
        autoPause.setSettings(settings);
        QSignalSpy offered(&autoPause, &AutoPause::resumeOffered);

        saver.setActive(true);
        QTRY_VERIFY(watcher.isLocked());
        QCOMPARE(presence.reason(), u"Lunch"_s); // the agent's own reason stays
        saver.setActive(false);
        QTRY_COMPARE(offered.count(), 1);
        // Resumed from the toolbar instead: the prompt goes away.
        QVERIFY(!presence.resume().isError());
        QVERIFY(!autoPause.prompt()->isVisible());
        // "Stay paused" keeps the pause.
        QVERIFY(!presence.pause(u"Lunch"_s).isError());
        saver.setActive(true);
        QTRY_VERIFY(watcher.isLocked());
        saver.setActive(false);
        QTRY_COMPARE(offered.count(), 2);
        QTest::mouseClick(autoPause.prompt()->stayButton(), Qt::LeftButton);
        QVERIFY(!autoPause.prompt()->isVisible());
        QCOMPARE(presence.intendedState(), PresenceState::Paused);
    }

    void offDoesNothing()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController presence(*store, clock);
        presence.signedIn(PresenceState::Available);
        Test::FakeScreenSaver saver;
        QVERIFY(saver.start());
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        AutoPause autoPause(presence, watcher, clock);
        UiSettings settings; // the defaults: no automatic pause
        settings.offerResumeOnUnlock = false;
        autoPause.setSettings(settings);
        QSignalSpy offered(&autoPause, &AutoPause::resumeOffered);
        saver.setActive(true);
        QTRY_VERIFY(watcher.isLocked());
        QCOMPARE(presence.intendedState(), PresenceState::Available);
        QVERIFY(!presence.pause(u"Coffee"_s).isError());
        saver.setActive(false);
        QTRY_VERIFY(!watcher.isLocked());
        QCOMPARE(offered.count(), 0);
        QVERIFY(!autoPause.prompt());
    }

    void idleMinutesPause()
    {
        auto store = openStore();
        Test::ManualClock clock(utc(9));
        PresenceController presence(*store, clock);
        presence.signedIn(PresenceState::Available);
        Test::FakeScreenSaver saver;
        QVERIFY(saver.start());
        ScreenLockWatcher watcher(QDBusConnection::sessionBus(), noSystemBus());
        AutoPause autoPause(presence, watcher, clock);
        UiSettings settings;
        settings.autoPauseIdleMinutes = 10;
        autoPause.setSettings(settings);
        QSignalSpy offered(&autoPause, &AutoPause::resumeOffered);

        saver.setIdleSeconds(9 * 60);
        watcher.pollIdle();
        QTRY_VERIFY(watcher.isIdleAvailable());
        QCOMPARE(presence.intendedState(), PresenceState::Available);
        saver.setIdleSeconds(10 * 60);
        watcher.pollIdle();
        QTRY_COMPARE(presence.intendedState(), PresenceState::Paused);
        QCOMPARE(presence.reason(), u"Away"_s);
        // Back at the keyboard: offered, not resumed.
        saver.setIdleSeconds(1);
        watcher.pollIdle();
        QTRY_COMPARE(offered.count(), 1);
        QCOMPARE(presence.intendedState(), PresenceState::Paused);
    }
};

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
