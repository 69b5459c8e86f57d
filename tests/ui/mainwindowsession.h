// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "domain/conversation.h"
#include "domain/ticket.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace Frontline {
class Clock;
class MainWindow;
class Workspace;
} // namespace Frontline

namespace Frontline::Test {

/// What Application builds for a signed-in agent, for widget tests against a running sandbox:
/// a Workspace signed in as Lars (the demo keys, the sandbox's pinned certificate) in a fresh
/// profile, and the MainWindow over it, shown. Polls every 200 ms so server changes arrive fast.
///
///     MainWindowSession s(sandbox, clock);
///     QVERIFY2(s.start(), qPrintable(s.errorString()));
///     s.window().openTicket("t-0001");
class MainWindowSession
{
public:
    MainWindowSession(const SandboxProcess &sandbox, const Clock &clock);
    ~MainWindowSession();
    MainWindowSession(const MainWindowSession &) = delete;
    MainWindowSession &operator=(const MainWindowSession &) = delete;

    /// Opens the cache, builds and shows the window, starts syncing and waits for the first
    /// sync to finish and the window to be active. False with errorString() otherwise.
    bool start(int timeoutMs = 30000);
    QString errorString() const { return m_error; }

    Workspace &workspace() { return *m_workspace; }
    MainWindow &window() { return *m_window; }

    /// Every queued action reached the server (or failed for good).
    bool waitOutboxEmpty(int timeoutMs = 30000);

private:
    const SandboxProcess &m_sandbox;
    const Clock &m_clock;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_error;
};

/// The conversation of a ticket as the server has it (GET /tickets/{id}/messages).
QList<MessageGroup> serverConversation(SandboxClient &client, const QString &ticketId);
/// The ticket as the server has it (GET /tickets/{id}); an empty ticket when it cannot be read.
Ticket serverTicket(SandboxClient &client, const QString &ticketId);
/// Posts a message as the ticket's customer (API v1, `useridentifier` = the customer's e-mail).
bool postCustomerReply(const SandboxProcess &sandbox, const QString &ticketId, const QString &customerEmail,
                       const QString &text);

/// The widget with the keyboard focus: where a real key press goes (the open popup's focus
/// widget, else the active window's).
QWidget *keyboardFocus();
/// A key press where the focus is, as a person at the keyboard makes it.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
/// Characters typed where the focus is.
void type(const QString &text);

/// Calls `act` with the next modal dialog of type T that becomes active (from inside its
/// exec()); gives up after 10 s or when `context` goes.
template<typename T>
void whenModalAppears(QObject *context, std::function<void(T *)> act)
{
    auto *poll = new QTimer(context);
    auto tries = std::make_shared<int>(0);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, act = std::move(act)] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        } else if (++*tries > 1000) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

} // namespace Frontline::Test
