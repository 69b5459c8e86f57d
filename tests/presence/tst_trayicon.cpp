// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon under Xvfb with a real tray host (trayer): available, the icon follows the
// presence and my work, the menu acts.
#include "manualclock.h"
#include "presence/presencecontroller.h"
#include "store/store.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
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

QImage render(const QIcon &icon, int size = 22)
{
    return icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
}

MyWorkSummary work(int needsAnswer, int warning = 0, int breached = 0)
{
    MyWorkSummary s;
    s.needsAnswer = needsAnswer;
    s.warning = warning;
    s.breached = breached;
    return s;
}

// Strong red pixels in the top-right quarter (`topRight`) or elsewhere.
int redPixels(const QImage &image, bool topRight)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool inCorner = x >= image.width() / 2 && y < image.height() / 2;
            const QColor c = image.pixelColor(x, y);
            if (inCorner == topRight && c.alpha() > 200 && c.red() > 150 && c.green() < 90 && c.blue() < 90)
                ++n;
        }
    }
    return n;
}

void screenshot(const QIcon &icon, const QString &name)
{
    const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    icon.pixmap(64, 64).save(QDir(dir).filePath(name + u".png"_s));
    icon.pixmap(22, 22).save(QDir(dir).filePath(name + u"-22.png"_s)); // what a panel shows
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<PresenceController> m_presence;
    std::unique_ptr<TrayIcon> m_tray;

    // Wired the way the application wires it.
    void wire()
    {
        connect(m_presence.get(), &PresenceController::changed, m_tray.get(),
                [this] { m_tray->setPresence(*m_presence); });
        connect(m_tray.get(), &TrayIcon::pauseRequested, m_presence.get(),
                [this](const QString &reason) { QVERIFY(!m_presence->pause(reason).isError()); });
        connect(m_tray.get(), &TrayIcon::resumeRequested, m_presence.get(),
                [this] { QVERIFY(!m_presence->resume().isError()); });
        m_tray->setPresence(*m_presence);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>(m_dir.filePath(u"tray%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(!m_store->open().isError());
        m_clock = std::make_unique<Test::ManualClock>(utc(9));
        m_presence = std::make_unique<PresenceController>(*m_store, *m_clock);
        m_tray = std::make_unique<TrayIcon>(*m_clock);
        wire();
    }

    void cleanup()
    {
        m_tray.reset();
        m_presence.reset();
        m_store.reset();
    }

    void trayHostIsThere()
    {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        QTRY_VERIFY(TrayIcon::isSystemTrayAvailable());
        m_tray->show();
        QVERIFY(m_tray->isVisible());
        // Embedded in trayer's panel: the icon has a place on the screen.
        QTRY_VERIFY(m_tray->systemTrayIcon()->geometry().isValid());
    }

    void looksDifferFromEachOther()
    {
        QVERIFY(QFile::exists(u":/icons/tray-available.svg"_s));
        for (bool drawn : {false, true}) {
            const QList<TrayIcon::Look> looks{TrayIcon::Look::Available, TrayIcon::Look::Paused,
                                              TrayIcon::Look::Offline, TrayIcon::Look::Warning};
            QList<QImage> images;
            for (TrayIcon::Look look : looks) {
                images << render(TrayIcon::composeIcon(look, 0, drawn));
                QVERIFY(!images.last().isNull());
            }
            for (int i = 0; i < images.size(); ++i) {
                for (int j = i + 1; j < images.size(); ++j)
                    QVERIFY2(images[i] != images[j],
                             qPrintable(u"looks %1 and %2 (drawn %3)"_s.arg(i).arg(j).arg(drawn)));
            }
            // The badge changes pixels, and another number changes them again.
            const QImage none = render(TrayIcon::composeIcon(TrayIcon::Look::Available, 0, drawn));
            const QImage three = render(TrayIcon::composeIcon(TrayIcon::Look::Available, 3, drawn));
            const QImage seven = render(TrayIcon::composeIcon(TrayIcon::Look::Available, 7, drawn));
            const QImage many = render(TrayIcon::composeIcon(TrayIcon::Look::Available, 250, drawn));
            QVERIFY(none != three);
            QVERIFY(three != seven);
            QVERIFY(seven != many);
            // The badge is red and sits top right.
            QVERIFY(redPixels(none, true) == 0);
            QVERIFY(redPixels(three, true) > 20);
            QCOMPARE(redPixels(three, false), redPixels(none, false));
        }
        screenshot(TrayIcon::composeIcon(TrayIcon::Look::Available, 3), u"tray-available-3"_s);
        screenshot(TrayIcon::composeIcon(TrayIcon::Look::Paused, 0), u"tray-paused"_s);
        screenshot(TrayIcon::composeIcon(TrayIcon::Look::Offline, 12), u"tray-offline-12"_s);
        screenshot(TrayIcon::composeIcon(TrayIcon::Look::Warning, 120), u"tray-warning-120"_s);
        screenshot(TrayIcon::composeIcon(TrayIcon::Look::Paused, 5, true), u"tray-paused-5-drawn"_s);
        screenshot(TrayIcon::composeIcon(TrayIcon::Look::Warning, 0, true), u"tray-warning-drawn"_s);
    }

    void iconFollowsPresenceAndWork()
    {
        m_tray->show();
        auto shows = [this](TrayIcon::Look look, int badge) {
            return m_tray->look() == look && render(m_tray->icon()) == render(TrayIcon::composeIcon(look, badge));
        };
        // Not signed in yet: offline.
        QVERIFY(shows(TrayIcon::Look::Offline, 0));
        m_presence->signedIn(PresenceState::Available);
        QVERIFY(shows(TrayIcon::Look::Available, 0));
        const QImage available = render(m_tray->icon());

        QVERIFY(!m_presence->pause(u"Lunch"_s).isError());
        QVERIFY(shows(TrayIcon::Look::Paused, 0));
        QVERIFY(render(m_tray->icon()) != available);
        QVERIFY(m_tray->toolTip().contains(u"Lunch"_s));

        m_presence->setConnected(false);
        QVERIFY(shows(TrayIcon::Look::Offline, 0));
        m_presence->setConnected(true);
        QVERIFY(!m_presence->resume().isError());
        QVERIFY(shows(TrayIcon::Look::Available, 0));

        m_tray->setSummary(work(3));
        QCOMPARE(m_tray->badge(), 3);
        QVERIFY(shows(TrayIcon::Look::Available, 3));
        QVERIFY(render(m_tray->icon()) != available);
        m_tray->setSummary(work(4, 1));
        QVERIFY(shows(TrayIcon::Look::Warning, 4));
        m_tray->setSummary(work(4, 0, 2));
        QVERIFY(shows(TrayIcon::Look::Warning, 4));
        QVERIFY(m_tray->toolTip().contains(u"overdue: 2"_s));
        m_tray->setSummary(work(0));
        QVERIFY(shows(TrayIcon::Look::Available, 0));
        QCOMPARE(render(m_tray->icon()), available);
    }

    void menuActs()
    {
        m_tray->show();
        m_presence->signedIn(PresenceState::Available);
        m_tray->setReasons({u"Lunch"_s, u"Coffee"_s});

        QAction *toggle = m_tray->action(u"pauseToggle"_s);
        QCOMPARE(toggle->text(), u"Pause"_s);
        QSignalSpy pause(m_tray.get(), &TrayIcon::pauseRequested);
        toggle->trigger();
        QCOMPARE(pause.count(), 1);
        QCOMPARE(m_presence->intendedState(), PresenceState::Paused);
        QCOMPARE(m_store->outbox().all().size(), 1); // through the outbox, like the toolbar
        QCOMPARE(toggle->text(), u"Resume"_s);

        QSignalSpy resume(m_tray.get(), &TrayIcon::resumeRequested);
        toggle->trigger();
        QCOMPARE(resume.count(), 1);
        QCOMPARE(m_presence->intendedState(), PresenceState::Available);

        QMenu *reasons = m_tray->action(u"pauseReasons"_s)->menu();
        QCOMPARE(reasons->actions().size(), 2);
        QCOMPARE(reasons->actions().at(1)->text(), u"Coffee"_s);
        reasons->actions().at(1)->trigger();
        QCOMPARE(m_presence->intendedState(), PresenceState::Paused);
        QCOMPARE(m_presence->reason(), u"Coffee"_s);
        QVERIFY(m_tray->action(u"pauseReasons"_s)->menu()->actions().at(1)->isChecked());
        QVERIFY(m_tray->action(u"presenceState"_s)->text().startsWith(u"Paused — Coffee"_s));

        MyWorkSummary s = work(3);
        s.nextTicketId = u"t-42"_s;
        s.nextSubject = u"Refund request"_s;
        s.nextReading.state = SlaState::Running;
        s.nextReading.deadline = m_clock->now().addSecs(12 * 60);
        s.nextReading.remaining = 12min;
        m_tray->setSummary(s);
        QCOMPARE(m_tray->action(u"myTickets"_s)->text(), u"My tickets (3)"_s);
        QAction *next = m_tray->action(u"nextDeadline"_s);
        QCOMPARE(next->text(), u"Next deadline: Refund request — 12 min"_s);
        QVERIFY(next->isEnabled());
        QVERIFY(m_tray->toolTip().contains(u"Next deadline: Refund request — 12 min"_s));
        QVERIFY(m_tray->toolTip().contains(u"Need an answer: 3"_s));

        QSignalSpy open(m_tray.get(), &TrayIcon::openTicketRequested);
        next->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), u"t-42"_s);

        QSignalSpy mine(m_tray.get(), &TrayIcon::myTicketsRequested);
        QSignalSpy sync(m_tray.get(), &TrayIcon::syncNowRequested);
        QSignalSpy show(m_tray.get(), &TrayIcon::showWindowRequested);
        QSignalSpy quit(m_tray.get(), &TrayIcon::quitRequested);
        m_tray->action(u"myTickets"_s)->trigger();
        m_tray->action(u"syncNow"_s)->trigger();
        m_tray->action(u"openWindow"_s)->trigger();
        m_tray->action(u"quit"_s)->trigger();
        QCOMPARE(mine.count(), 1);
        QCOMPARE(sync.count(), 1);
        QCOMPARE(show.count(), 1);
        QCOMPARE(quit.count(), 1);

        m_tray->setSummary(work(0));
        QVERIFY(!next->isEnabled());
        QCOMPARE(next->text(), u"No running deadline"_s);
    }

    void leftClickTogglesTheWindow()
    {
        m_tray->show();
        QTRY_VERIFY(m_tray->systemTrayIcon()->geometry().isValid());
        // The widget the tray host embedded (Qt's XEmbed tray window), clicked like a user would.
        QWidget *embedded = nullptr;
        QTRY_VERIFY((embedded = [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (QByteArray(w->metaObject()->className()) == "QSystemTrayIconSys")
                    return w;
            }
            return static_cast<QWidget *>(nullptr);
        }()));
        QSignalSpy toggle(m_tray.get(), &TrayIcon::toggleWindowRequested);
        QTest::mouseClick(embedded, Qt::LeftButton, {}, embedded->rect().center());
        QTRY_COMPARE(toggle.count(), 1);
        // The context menu is not a toggle.
        Q_EMIT m_tray->systemTrayIcon()->activated(QSystemTrayIcon::Context);
        QCOMPARE(toggle.count(), 1);
    }

    void tooltipCarriesTheWorkTime()
    {
        m_presence->signedIn(PresenceState::Available);
        m_tray->setWorkTimeLine(u"Today: 3 h worked"_s);
        QVERIFY(m_tray->toolTip().startsWith(u"Frontline — Available"_s));
        QVERIFY(m_tray->toolTip().endsWith(u"Today: 3 h worked"_s));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
