// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include "account/accountsettings.h"
#include "account/profile.h"
#include "domain/clock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace Frontline {

class AccountSetup;
class CredentialStore;
class DemoLauncher;
class DesktopIntegration;
class LanguageManager;
class MainWindow;
class Workspace;

/// The composition root: builds the core objects for the account (or the demo), the main
/// window, and wires them; handles sign-in, sign-out, quitting and --screenshot.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(Options options, LanguageManager &language, QObject *parent = nullptr);
    ~Application() override;

    /// Starts; the event loop runs the rest. Exit codes come through QCoreApplication::exit.
    void start();
    /// Quits as the menu's Quit does: the window closes for good, the workspace shuts down
    /// (presence log closed), the demo's sandbox stops, the event loop ends.
    void quit();

    /// The window and its surroundings once signed in (null before; for tests).
    MainWindow *mainWindow() const { return m_window.get(); }
    DesktopIntegration *desktop() const { return m_desktop.get(); }

private:
    void startDemo();
    void startAccount();
    void showLogin(const QString &message = QString());
    enum class Keys { Given, FromKeychain };
    void openWorkspace(const AccountSettings &account, const QString &apiKey, const QString &v1ApiKey,
                       Keys keys = Keys::Given);
    void startBehindWindow();
    void readKeys();
    void closeWorkspace();
    void armScreenshot();
    void takeScreenshot();
    void fail(const QString &message, int exitCode = 1);
    void signOut();

    Options m_options;
    LanguageManager &m_language;
    Profile m_profile;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager *m_network;
    SystemClock m_clock;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountSetup> m_setup;
    std::unique_ptr<DemoLauncher> m_demo;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
    QTimer m_screenshotTimeout;
    bool m_screenshotTaken = false;
    Keys m_keys = Keys::Given;
    bool m_startedBehind = false; // startBehindWindow() ran for the current workspace
};

} // namespace Frontline
