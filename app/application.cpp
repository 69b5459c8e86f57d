// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "demolauncher.h"
#include "desktopintegration.h"
#include "dialogs/logindialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ticketlistview.h"
#include "widgetpng.h"

#include "account/accountsetup.h"
#include "account/credentialstore.h"
#include "logging.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

// The demo help desk's agent (docs/sandbox.md); the keys are public and never stored.
constexpr auto kDemoAgentId = "ag-lars";
constexpr auto kDemoAgentEmail = "lars.nielsen@demo.frontline.example";
constexpr auto kDemoAgentName = "Lars Nielsen";
constexpr auto kDemoApiKey = "frontline-demo-v3-key";
constexpr auto kDemoV1ApiKey = "frontline-demo-v1-key";
constexpr int kScreenshotTimeoutMs = 90000;
constexpr int kStartBehindMs = 1000;

Profile profileFor(const Options &o)
{
    if (o.demo)
        return Profile::demo(o.profileDir);
    return o.profileDir.isEmpty() ? Profile::standard() : Profile::inDirectory(o.profileDir);
}

// The application's icon (every window's): the installed theme's, else the built-in one.
void setWindowIcon()
{
    if (!QApplication::windowIcon().isNull())
        return; // set already (a second sign-in)
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.frontline.Frontline"_s, QIcon(u":/icons/frontline.svg"_s)));
}

// Exits once the event loop runs: start() can end the program before exec() (no account for
// --screenshot, the first sign-in cancelled), where QCoreApplication::exit() alone is lost.
void exitSoon(int exitCode)
{
    QMetaObject::invokeMethod(
            QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}

} // namespace

Application::Application(Options options, LanguageManager &language, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_language(language)
    , m_profile(profileFor(m_options))
    , m_network(new QNetworkAccessManager(this))
    , m_credentials(std::make_unique<CredentialStore>())
{
    QDir().mkpath(QFileInfo(m_profile.settingsPath()).absolutePath());
    m_settings = std::make_unique<QSettings>(m_profile.settingsPath(), QSettings::IniFormat);
    m_network->setAutoDeleteReplies(true);
    m_screenshotTimeout.setSingleShot(true);
    connect(&m_screenshotTimeout, &QTimer::timeout, this,
            [this] { fail(tr("No screenshot: the first sync did not finish in time."), 3); });
}

Application::~Application()
{
    if (m_workspace)
        m_workspace->shutdown();
    m_desktop.reset();
    m_window.reset();
    m_workspace.reset();
    m_demo.reset();
}

void Application::start()
{
    qCDebug(lcApp) << "event loop running; starting";
    const QString language =
            m_options.language.isEmpty() ? m_settings->value(u"ui/language"_s).toString() : m_options.language;
    m_language.setLanguage(language);
    if (!m_options.screenshot.isEmpty())
        m_screenshotTimeout.start(kScreenshotTimeoutMs);
    if (m_options.demo)
        startDemo();
    else
        startAccount();
}

void Application::startDemo()
{
    // The demo profile is disposable: a fresh cache matches the fresh help desk.
    QDir(m_profile.dataDir()).removeRecursively();
    m_demo = std::make_unique<DemoLauncher>(QDir(m_profile.dataDir()).filePath(u"sandbox"_s), m_options.sandboxArgs);
    connect(m_demo.get(), &DemoLauncher::failed, this, [this](const QString &message) { fail(message); });
    connect(m_demo.get(), &DemoLauncher::ready, this, [this](const QUrl &url) {
        AccountSettings account;
        account.serverUrl = url.toString();
        account.agentId = QString::fromLatin1(kDemoAgentId);
        account.agentEmail = QString::fromLatin1(kDemoAgentEmail);
        account.agentName = QString::fromUtf8(kDemoAgentName);
        account.pinnedCertFile = m_demo->certificateFile();
        account.hasV1Key = true;
        openWorkspace(account, QString::fromLatin1(kDemoApiKey), QString::fromLatin1(kDemoV1ApiKey));
    });
    m_demo->start();
}

void Application::startAccount()
{
    const AccountSettings account = AccountSettings::load(*m_settings);
    if (!account.isComplete()) {
        showLogin();
        return;
    }
    // The window shows the cache first; the keys (a D-Bus round trip to the keychain, or its
    // unlock prompt) are read once it is on screen, and nothing goes to the server before.
    openWorkspace(account, QString(), QString(), Keys::FromKeychain);
}

void Application::readKeys()
{
    const AccountSettings account = m_workspace->account();
    QPointer<Workspace> workspace(m_workspace.get());
    qCDebug(lcApp) << "reading the keys from the keychain";
    m_credentials->read(account.accountKey(), CredentialStore::Secret::ApiKey,
                        [this, workspace, account](Expected<QString, KeychainError> key) {
                            if (!workspace) // signed out meanwhile
                                return;
                            if (!key) {
                                closeWorkspace();
                                showLogin(key.error().humanMessage());
                                return;
                            }
                            const QString apiKey = *key;
                            auto ready = [this, workspace, apiKey](const QString &v1ApiKey) {
                                if (!workspace)
                                    return;
                                qCDebug(lcApp) << "keys read; starting the sync";
                                workspace->setApiKeys(apiKey, v1ApiKey);
                                workspace->start();
                            };
                            if (!account.hasV1Key) {
                                ready(QString());
                                return;
                            }
                            m_credentials->read(
                                    account.accountKey(), CredentialStore::Secret::V1ApiKey,
                                    [ready](Expected<QString, KeychainError> v1) { ready(v1 ? *v1 : QString()); });
                        });
}

void Application::showLogin(const QString &message)
{
    if (!m_options.screenshot.isEmpty()) {
        fail(message.isEmpty() ? tr("No screenshot: no account is set up (use --demo).")
                               //: %1: why the account cannot be used, e.g. no saved key
                               : tr("No screenshot: %1").arg(message),
             4);
        return;
    }
    setWindowIcon();
    m_setup = std::make_unique<AccountSetup>(m_network, *m_credentials);
    LoginDialog dialog(*m_setup);
    const AccountSettings previous = AccountSettings::load(*m_settings);
    if (!previous.serverUrl.isEmpty()) {
        SignInRequest request;
        request.serverUrl = previous.serverUrl;
        request.email = previous.agentEmail;
        request.extraCaFile = previous.extraCaFile;
        request.pinnedCertFile = previous.pinnedCertFile;
        dialog.setRequest(request);
    }
    if (!message.isEmpty())
        QMessageBox::information(&dialog, tr("Sign in"), message);
    if (dialog.exec() != QDialog::Accepted) {
        exitSoon(0);
        return;
    }
    const SignInResult result = dialog.result();
    result.settings.save(*m_settings);
    openWorkspace(result.settings, result.apiKey, result.v1ApiKey);
}

void Application::openWorkspace(const AccountSettings &account, const QString &apiKey, const QString &v1ApiKey,
                                Keys keys)
{
    m_keys = keys;
    m_startedBehind = false;
    qCDebug(lcApp) << "opening the workspace";
    m_workspace = std::make_unique<Workspace>(m_profile, account, apiKey, v1ApiKey, m_network, m_clock);
    if (StoreError e = m_workspace->open(); e.isError()) {
        fail(e.humanMessage());
        return;
    }
    qCDebug(lcApp) << "workspace open; building the window";
    connect(m_workspace.get(), &Workspace::credentialsRejected, this, [this](const ApiError &error) {
        if (m_options.demo || !m_window)
            return;
        QMessageBox::warning(m_window.get(), tr("Sign in again"), error.humanMessage());
    });
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings);
    connect(m_window.get(), &MainWindow::quitRequested, this, &Application::quit);
    m_desktop = std::make_unique<DesktopIntegration>(DesktopIntegration::Parts{
            *m_workspace, *m_window, *m_settings, m_language, *m_credentials, m_options.demo});
    connect(m_desktop.get(), &DesktopIntegration::quitRequested, this, &Application::quit);
    qCDebug(lcApp) << "window and desktop integration built";
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Application::signOut);
    if (m_options.demo)
        m_window->setDemo(true);
    if (!m_options.screenshot.isEmpty()) {
        m_window->resize(1400, 860);
        armScreenshot();
    }
    if (!m_options.screenshot.isEmpty() || !m_desktop->startsInTray(m_options.minimized)) {
        if (m_options.minimized && m_options.screenshot.isEmpty())
            m_window->showMinimized(); // no tray to start in: the taskbar then
        else
            m_window->show();
    }
    // The rest (tray, deadline watch, keys, sync) once the list is on screen — or at the latest
    // after kStartBehindMs (a minimized window may never paint).
    if (m_window->isVisible() && !m_window->isMinimized()) {
        qCDebug(lcApp) << "window shown";
        connect(m_window->ticketListView(), &TicketListView::firstPainted, this, &Application::startBehindWindow,
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        QTimer::singleShot(kStartBehindMs, m_window.get(), [this] { startBehindWindow(); });
    } else {
        startBehindWindow();
    }
}

void Application::startBehindWindow()
{
    if (m_startedBehind || !m_workspace)
        return;
    m_startedBehind = true;
    setWindowIcon();
    m_desktop->start();
    if (m_keys == Keys::FromKeychain) {
        readKeys();
        return;
    }
    qCDebug(lcApp) << "starting the sync";
    m_workspace->start();
}

void Application::closeWorkspace()
{
    if (m_workspace)
        m_workspace->shutdown();
    m_desktop.reset();
    m_window.reset();
    m_workspace.reset();
}

void Application::armScreenshot()
{
    auto shoot = [this] {
        // Let the list and the ticket paint once more after the sync's last change.
        QTimer::singleShot(600, this, &Application::takeScreenshot);
    };
    if (m_workspace->sync().isInitialSyncDone())
        connect(&m_workspace->sync(), &SyncEngine::lastSuccessChanged, this, shoot, Qt::SingleShotConnection);
    else
        connect(&m_workspace->sync(), &SyncEngine::initialSyncFinished, this, shoot, Qt::SingleShotConnection);
}

void Application::takeScreenshot()
{
    if (m_screenshotTaken)
        return;
    m_screenshotTaken = true;
    m_screenshotTimeout.stop();
    if (!m_window->isVisible())
        m_window->show();
    // Open the first ticket so the picture shows a conversation too.
    if (m_window->ticketListView()->model() && m_window->ticketListView()->model()->rowCount() > 0)
        m_window->ticketListView()->setCurrentIndex(m_window->ticketListView()->model()->index(0, 0));
    QCoreApplication::processEvents();
    if (const std::optional<QString> problem = saveWidgetAsPng(*m_window, m_options.screenshot)) {
        qCWarning(lcApp) << "screenshot:" << *problem;
        fail(tr("The screenshot could not be saved to %1.").arg(m_options.screenshot), 5);
        return;
    }
    QTextStream(stdout) << m_options.screenshot << '\n';
    quit();
}

void Application::fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << message << '\n';
    qCWarning(lcApp) << "fatal:" << message;
    if (m_options.screenshot.isEmpty() && QApplication::instance())
        QMessageBox::critical(m_window.get(), tr("Frontline"), message);
    exitSoon(exitCode);
}

void Application::signOut()
{
    if (!m_workspace)
        return;
    if (m_options.demo) {
        quit();
        return;
    }
    const AccountSettings account = m_workspace->account();
    m_workspace->shutdown();
    m_window->hide();
    m_desktop.reset(); // the tray goes with the account
    m_setup = std::make_unique<AccountSetup>(m_network, *m_credentials);
    connect(m_setup.get(), &AccountSetup::signedOut, this, [this] {
        AccountSettings::clear(*m_settings);
        closeWorkspace();
        showLogin();
    });
    m_credentials->read(account.accountKey(), CredentialStore::Secret::ApiKey,
                        [this, account](Expected<QString, KeychainError> key) {
                            m_setup->signOut(account, key ? *key : QString());
                        });
}

void Application::quit()
{
    if (m_window)
        m_window->closeForQuit();
    if (m_workspace)
        m_workspace->shutdown();
    if (m_demo)
        m_demo->stop();
    QCoreApplication::exit(0);
}

} // namespace Frontline
