// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowsession.h"

#include "mainwindow.h"
#include "workspacesession.h"

#include "account/profile.h"
#include "api/wire/wire.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QSignalSpy>
#include <QTest>

namespace Frontline::Test {

MainWindowSession::MainWindowSession(const SandboxProcess &sandbox, const Clock &clock)
    : m_sandbox(sandbox)
    , m_clock(clock)
{ }

MainWindowSession::~MainWindowSession()
{
    // As Application does: stop the network first, then the window, then the core.
    if (m_workspace)
        m_workspace->shutdown();
    m_window.reset();
    m_workspace.reset();
}

bool MainWindowSession::start(int timeoutMs)
{
    const AccountSettings account = DemoAgent::lars().account(m_sandbox.baseUrl(), m_sandbox.certificateFile());
    const Profile profile = Profile::inDirectory(m_dir.path());
    m_settings = std::make_unique<QSettings>(profile.settingsPath(), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(profile, account, QString::fromLatin1(SandboxProcess::demoV3Key),
                                              QString::fromLatin1(SandboxProcess::demoV1Key), &m_network, m_clock);
    if (StoreError e = m_workspace->open(); e.isError()) {
        m_error = e.humanMessage();
        return false;
    }
    SyncEngine::Options o = m_workspace->sync().options();
    o.activePoll = std::chrono::milliseconds(200);
    o.quietPoll = std::chrono::milliseconds(200);
    o.backgroundPoll = std::chrono::milliseconds(200);
    m_workspace->sync().setOptions(o);
    m_workspace->pusher().setRetryBase(std::chrono::milliseconds(100));

    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings);
    QSignalSpy done(&m_workspace->sync(), &SyncEngine::initialSyncFinished);
    m_window->show();
    m_workspace->start();
    if (!done.wait(timeoutMs)) {
        m_error = QStringLiteral("the first sync did not finish: %1").arg(m_workspace->sync().errorText());
        return false;
    }
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        m_error = QStringLiteral("the main window did not become active");
        return false;
    }
    return true;
}

bool MainWindowSession::waitOutboxEmpty(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_workspace->store().outbox().count() == 0; }, timeoutMs);
}

QList<MessageGroup> serverConversation(SandboxClient &client, const QString &ticketId)
{
    const HttpReply reply = client.get(QStringLiteral("/tickets/%1/messages").arg(ticketId),
                                       {{QStringLiteral("_perPage"), QStringLiteral("100")}});
    const auto groups = Wire::decodeList<MessageGroup>(reply.array(), Wire::decodeMessageGroup);
    return groups ? *groups : QList<MessageGroup>();
}

Ticket serverTicket(SandboxClient &client, const QString &ticketId)
{
    const auto ticket = Wire::decodeTicket(client.get(QStringLiteral("/tickets/") + ticketId).object());
    return ticket ? *ticket : Ticket();
}

bool postCustomerReply(const SandboxProcess &sandbox, const QString &ticketId, const QString &customerEmail,
                       const QString &text)
{
    SandboxClient v1(sandbox, QByteArray());
    const HttpReply reply = v1.postForm(QStringLiteral("/api/conversations/%1/messages").arg(ticketId),
                                        {{QStringLiteral("message"), text},
                                         {QStringLiteral("type"), QStringLiteral("M")},
                                         {QStringLiteral("useridentifier"), customerEmail},
                                         {QStringLiteral("apikey"), QString::fromLatin1(SandboxProcess::demoV1Key)}});
    return reply.status == 200;
}

QWidget *keyboardFocus()
{
    if (QWidget *w = QApplication::focusWidget())
        return w;
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = keyboardFocus();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = keyboardFocus();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClicks(target, QString(c));
    }
}

} // namespace Frontline::Test
