// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop integration as the application wires it (issue 7), end to end: a real sandbox
// over pinned TLS, the real main window under Xvfb with a tray host (trayer), desktop
// notifications received by a fake org.freedesktop.Notifications on the private session bus.
#include "fakenotificationserver.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "composer.h"
#include "desktopintegration.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "notificationcenter.h"
#include "presencebutton.h"
#include "settingsdialog.h"
#include "ticketlistview.h"
#include "ticketview.h"
#include "trayicon.h"
#include "worktimepanel.h"

#include "account/credentialstore.h"
#include "account/profile.h"
#include "domain/clock.h"
#include "presence/presencecontroller.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Test::SandboxClient;
using Test::SandboxProcess;

namespace {
constexpr int kWait = 30000;
} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{SandboxProcess::smallSeed() + QStringList{u"--rate-limit"_s, u"0"_s}};
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    LanguageManager m_language;
    CredentialStore m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Test::FakeNotificationServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;

    Test::HttpReply createTicket(int n)
    {
        SandboxClient client(m_sandbox);
        return client.post(u"/tickets"_s,
                           QJsonObject{{u"useridentifier"_s, u"desk%1@example.com"_s.arg(n)},
                                       {u"subject"_s, u"Desktop question %1"_s.arg(n)},
                                       {u"departmentid"_s, u"first-line"_s},
                                       {u"recipient"_s, u"support@demo.frontline.example"_s},
                                       {u"message"_s, u"Hello"_s}});
    }

    QString serverStatus()
    {
        SandboxClient client(m_sandbox);
        return client.get(u"/agents/ag-lars"_s).object().value(u"online_status"_s).toString();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<TicketEvent>>();
        QVERIFY2(TrayIcon::isSystemTrayAvailable(), "the test runs with a tray host (SESSION tray)");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_server = std::make_unique<Test::FakeNotificationServer>();
        QVERIFY(m_server->start());

        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"frontline.ini"_s), QSettings::IniFormat);
        AccountSettings account;
        account.serverUrl = m_sandbox.baseUrl().toString();
        account.agentId = u"ag-lars"_s;
        account.agentEmail = QString::fromLatin1(SandboxProcess::demoLogin);
        account.agentName = u"Lars Nielsen"_s;
        account.pinnedCertFile = m_sandbox.certificateFile();
        m_workspace = std::make_unique<Workspace>(Profile::inDirectory(m_dir.filePath(u"profile"_s)), account,
                                                  QString::fromLatin1(SandboxProcess::demoV3Key),
                                                  QString::fromLatin1(SandboxProcess::demoV1Key), &m_network, m_clock);
        QVERIFY(!m_workspace->open().isError());
        SyncEngine::Options o = m_workspace->sync().options();
        o.activePoll = 200ms;
        o.quietPoll = 300ms;
        o.backgroundPoll = 300ms;
        m_workspace->sync().setOptions(o);
        m_workspace->pusher().setRetryBase(100ms);

        m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings);
        m_desktop = std::make_unique<DesktopIntegration>(
                DesktopIntegration::Parts{*m_workspace, *m_window, *m_settings, m_language, m_credentials, false});
        m_desktop->start();
        m_desktop->notifications().setCoalesceWindow(100ms);
        m_window->show();
        QSignalSpy synced(&m_workspace->sync(), &SyncEngine::initialSyncFinished);
        m_workspace->start();
        QVERIFY(synced.wait(kWait));
    }

    void cleanupTestCase()
    {
        m_desktop.reset();
        m_window.reset();
        if (m_workspace)
            m_workspace->shutdown();
        m_workspace.reset();
    }

    void trayShowsMyWorkAndPresence()
    {
        TrayIcon *tray = m_desktop->tray();
        QVERIFY(tray);
        QVERIFY(tray->isVisible());
        QCOMPARE(tray->look() == TrayIcon::Look::Paused, false);
        // The badge counts my tickets waiting for an answer, as the SLA watcher sees the cache.
        QTRY_VERIFY_WITH_TIMEOUT(tray->badge() > 0, kWait);
    }

    void pauseFromTheTrayReachesTheServerAndTheToolbar()
    {
        TrayIcon *tray = m_desktop->tray();
        QAction *toggle = tray->action(u"pauseToggle"_s);
        QVERIFY(toggle);
        const QString availableText = m_window->presenceButton()->text();
        toggle->trigger();
        PresenceController &presence = m_workspace->presence();
        QCOMPARE(presence.intendedState(), PresenceState::Paused);
        QCOMPARE(tray->look(), TrayIcon::Look::Paused);
        QVERIFY(m_desktop->notifications().isPaused());
        // The toolbar shows the same state.
        QVERIFY(m_window->presenceButton()->text() != availableText);
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(), u"P"_s, kWait);

        tray->action(u"pauseToggle"_s)->trigger();
        QCOMPARE(presence.intendedState(), PresenceState::Available);
        QVERIFY(!m_desktop->notifications().isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(), u"N"_s, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(tray->look() != TrayIcon::Look::Paused, kWait);
    }

    void aTicketAssignedToMeNotifiesAndTheClickOpensIt()
    {
        m_server->clear();
        QString mine;
        QString subject;
        for (int i = 0; i < 4 && mine.isEmpty(); ++i) {
            const Test::HttpReply reply = createTicket(i);
            QCOMPARE(reply.status, 200);
            if (reply.object().value(u"agentid"_s).toString() == u"ag-lars"_s) {
                mine = reply.object().value(u"id"_s).toString();
                subject = reply.object().value(u"subject"_s).toString();
            }
        }
        QVERIFY(!mine.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const auto &call : m_server->calls()) {
                        if (call.summary.contains(subject) || call.body.contains(subject))
                            return true;
                    }
                    return false;
                }(),
                kWait);
        uint id = 0;
        for (const auto &call : m_server->calls()) {
            if (call.summary.contains(subject) || call.body.contains(subject))
                id = call.id;
        }
        m_window->hide();
        m_server->invokeAction(id, u"default"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->ticketView()->ticketId(), mine, 5000);
    }

    void closingTheWindowKeepsFrontlineInTheTray()
    {
        QSignalSpy quit(m_desktop.get(), &DesktopIntegration::quitRequested);
        QSignalSpy windowQuit(m_window.get(), &MainWindow::quitRequested);
        m_window->show();
        m_window->close();
        QVERIFY(!m_window->isVisible());
        QCOMPARE(quit.count(), 0);
        QCOMPARE(windowQuit.count(), 0);
        // The one-time hint was given and is remembered.
        m_settings->sync();
        QCOMPARE(m_settings->value(u"tray/hintShown"_s).toBool(), true);
        // The tray's left click brings it back.
        Q_EMIT m_desktop->tray()->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
        QTRY_VERIFY(m_window->isVisible());
    }

    void settingsApplyAtOnceAndPersist()
    {
        m_desktop->showSettings();
        SettingsDialog *dialog = m_desktop->settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->warningShareBox()->setValue(40);
        dialog->buttonBox()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_desktop->settingsDialog());
        QCOMPARE(m_workspace->slaCatalog().warningShare(), 0.40);
        m_settings->sync();
        QCOMPARE(m_settings->value(u"sla/warningPercent"_s).toInt(), 40);
    }

    void workingTimeOpensFromTheViewMenu()
    {
        QAction *a = m_window->action(u"workTime"_s);
        QVERIFY(a);
        QVERIFY(!a->shortcut().isEmpty());
        a->trigger();
        QTRY_VERIFY(m_desktop->workTimePanel().isVisible());
        // Today's line reached the tray's tooltip too.
        QVERIFY(m_desktop->tray()->toolTip().contains(m_desktop->workTimePanel().summaryLine()));
    }

    // Not presence, but this window is the one with the sandbox behind it: a search that hides
    // the open ticket must not take away a reply being written.
    void aSearchKeepsTheTicketWithAReplyInProgress()
    {
        m_window->bringToFront();
        m_window->selectQueue(TicketQuery::Queue::Mine);
        TicketListView *list = m_window->ticketListView();
        QTRY_VERIFY(list->model()->rowCount() > 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        const QString open = m_window->ticketView()->ticketId();
        QVERIFY(!open.isEmpty());
        m_window->ticketView()->composer()->startReply();
        m_window->ticketView()->composer()->editor()->setPlainText(u"Half-written answer"_s);
        m_window->searchField()->setText(u"zzzz-no-ticket-has-this"_s);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QCOMPARE(m_window->ticketView()->ticketId(), open);
        // Without a reply in progress the emptied list clears the view as before.
        m_window->ticketView()->composer()->editor()->clear();
        m_window->searchField()->clear();
        QTRY_VERIFY(list->model()->rowCount() > 1);
        list->setCurrentIndex(list->model()->index(1, 0));
        m_window->searchField()->setText(u"zzzz-no-ticket-has-this"_s);
        QTRY_VERIFY(m_window->ticketView()->ticketId().isEmpty());
        m_window->searchField()->clear();
    }

    void quitFromTheTray()
    {
        QSignalSpy quit(m_desktop.get(), &DesktopIntegration::quitRequested);
        m_desktop->tray()->action(u"quit"_s)->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
