// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopintegration.h"

#include "autopause.h"
#include "desktopnotifier.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "notificationcenter.h"
#include "presencebutton.h"
#include "screenlockwatcher.h"
#include "settingsdialog.h"
#include "trayicon.h"
#include "worktimepanel.h"

#include "account/credentialstore.h"
#include "logging.h"
#include "models/ticketlistmodel.h"
#include "presence/presencecontroller.h"
#include "store/store.h"
#include "sync/slawatcher.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {
constexpr int kHintMs = 8000;
} // namespace

DesktopIntegration::DesktopIntegration(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_ui(UiSettings::load(parts.settings))
{
    Workspace &ws = m_parts.workspace;
    MainWindow &window = m_parts.window;

    m_slaWatcher = std::make_unique<SlaWatcher>(ws.store(), ws.slaCatalog(), ws.clock());

    if (TrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>(ws.clock());
        connect(m_slaWatcher.get(), &SlaWatcher::summaryChanged, m_tray.get(), &TrayIcon::setSummary);
        connect(m_tray.get(), &TrayIcon::toggleWindowRequested, this, [&window] {
            if (window.isVisible() && window.isActiveWindow())
                window.hide();
            else
                window.bringToFront();
        });
        connect(m_tray.get(), &TrayIcon::showWindowRequested, &window, &MainWindow::bringToFront);
        connect(m_tray.get(), &TrayIcon::pauseRequested, this, [&ws, &window](const QString &reason) {
            if (StoreError e = ws.presence().pause(reason); e.isError())
                window.showProblem(e.humanMessage());
        });
        connect(m_tray.get(), &TrayIcon::resumeRequested, this, [&ws, &window] {
            if (StoreError e = ws.presence().resume(); e.isError())
                window.showProblem(e.humanMessage());
        });
        connect(m_tray.get(), &TrayIcon::myTicketsRequested, this, [&window] {
            window.selectQueue(TicketQuery::Queue::Mine);
            window.bringToFront();
        });
        connect(m_tray.get(), &TrayIcon::openTicketRequested, this, &DesktopIntegration::openTicket);
        connect(m_tray.get(), &TrayIcon::syncNowRequested, &ws.sync(), &SyncEngine::syncNow);
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &DesktopIntegration::quitRequested);
        m_tray->setPresence(ws.presence());
    } else {
        qCInfo(lcApp) << "no system tray on this desktop: closing the window quits";
    }

    m_notifier = std::make_unique<DesktopNotifier>(m_tray ? m_tray->systemTrayIcon() : nullptr);
    m_center = std::make_unique<NotificationCenter>(*m_notifier, ws.store());
    connect(&ws.sync(), &SyncEngine::ticketEvents, m_center.get(), &NotificationCenter::addEvents);
    connect(m_slaWatcher.get(), &SlaWatcher::ticketEvents, m_center.get(), &NotificationCenter::addEvents);
    connect(m_notifier.get(), &Notifier::activated, this, &DesktopIntegration::openTicket);
    connect(m_center.get(), &NotificationCenter::openTicket, this, &DesktopIntegration::openTicket);

    m_lockWatcher = std::make_unique<ScreenLockWatcher>();
    m_autoPause = std::make_unique<AutoPause>(ws.presence(), *m_lockWatcher, ws.clock());
    connect(m_autoPause.get(), &AutoPause::problem, &window, &MainWindow::showProblem);

    connect(&ws.presence(), &PresenceController::changed, this, &DesktopIntegration::presenceChanged);
    connect(&window, &MainWindow::settingsRequested, this, &DesktopIntegration::showSettings);
    connect(&window, &MainWindow::workTimeRequested, this, &DesktopIntegration::showWorkTime);
    connect(&window, &MainWindow::hiddenToTray, this, &DesktopIntegration::hiddenToTray);
    connect(&m_parts.language, &LanguageManager::languageChanged, this, [this] {
        if (m_workTimeWindow)
            m_workTimeWindow->setWindowTitle(tr("Working time"));
        applySettings(); // the standard pause reasons follow the language
    });
    connect(&ws.sync(), &SyncEngine::initialSyncFinished, this, [this] {
        if (m_started)
            knowMe();
    });
    applySettings();
    presenceChanged();
}

WorkTimePanel &DesktopIntegration::workTimePanel()
{
    // Built with start() (the tray's tooltip shows today's line) or when first asked for, not
    // with the window: the panel and its dialog buttons cost ~5 ms of the first paint.
    if (m_workTime)
        return *m_workTime;
    Workspace &ws = m_parts.workspace;
    m_workTimeWindow = std::make_unique<QDialog>(&m_parts.window);
    m_workTimeWindow->setObjectName(u"workTimeWindow"_s);
    m_workTimeWindow->setWindowTitle(tr("Working time"));
    m_workTime = new WorkTimePanel(ws.store(), ws.clock(), m_workTimeWindow.get());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_workTimeWindow.get());
    connect(buttons, &QDialogButtonBox::rejected, m_workTimeWindow.get(), &QDialog::reject);
    auto *layout = new QVBoxLayout(m_workTimeWindow.get());
    layout->addWidget(m_workTime);
    layout->addWidget(buttons);
    if (m_tray) {
        connect(m_workTime, &WorkTimePanel::summaryLineChanged, m_tray.get(), &TrayIcon::setWorkTimeLine);
        m_tray->setWorkTimeLine(m_workTime->summaryLine());
    }
    return *m_workTime;
}

void DesktopIntegration::start()
{
    if (m_started)
        return;
    m_started = true;
    workTimePanel();
    if (m_tray)
        m_tray->show();
    knowMe();
}

void DesktopIntegration::knowMe()
{
    const Workspace &ws = m_parts.workspace;
    if (!ws.me().id.isEmpty())
        m_slaWatcher->setMe(ws.me().id);
}

DesktopIntegration::~DesktopIntegration()
{
    if (m_settingsDialog)
        delete m_settingsDialog.data();
    if (m_tray)
        m_tray->hide();
}

SettingsDialog *DesktopIntegration::settingsDialog() const
{
    return m_settingsDialog.data();
}

bool DesktopIntegration::startsInTray(bool minimizedOption) const
{
    return m_tray && (minimizedOption || m_ui.startMinimized);
}

void DesktopIntegration::applySettings()
{
    Workspace &ws = m_parts.workspace;
    const QStringList reasons = m_ui.effectivePauseReasons();
    m_parts.window.presenceButton()->setReasons(reasons);
    if (m_tray)
        m_tray->setReasons(reasons);
    m_parts.window.setCloseToTray(m_tray && m_ui.closeToTray);
    m_center->setSettings(m_ui);
    m_autoPause->setSettings(m_ui);
    if (ws.slaCatalog().warningShare() != m_ui.slaWarningShare()) {
        ws.slaCatalog().setWarningShare(m_ui.slaWarningShare());
        m_parts.window.ticketListModel()->slaCatalogChanged();
        m_slaWatcher->evaluate();
    }
}

void DesktopIntegration::presenceChanged()
{
    const PresenceController &presence = m_parts.workspace.presence();
    m_center->setPaused(presence.intendedState() == PresenceState::Paused);
    if (m_tray)
        m_tray->setPresence(presence);
    if (m_workTime)
        m_workTime->refresh();
}

void DesktopIntegration::openTicket(const QString &ticketId)
{
    m_parts.window.bringToFront();
    if (!ticketId.isEmpty())
        m_parts.window.openTicket(ticketId);
}

void DesktopIntegration::hiddenToTray()
{
    if (!m_tray || m_ui.trayHintShown)
        return;
    m_tray->systemTrayIcon()->showMessage(
            tr("Frontline is still running"),
            tr("It keeps counting down your deadlines and notifying you in the tray. Choose Quit in the tray "
               "menu to close it."),
            QSystemTrayIcon::Information, kHintMs);
    m_ui.trayHintShown = true;
    m_ui.save(m_parts.settings);
}

void DesktopIntegration::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_ui, m_parts.language, &m_parts.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setScreenLockAvailable(m_lockWatcher->isAvailable(), m_lockWatcher->isIdleAvailable());
    connect(dialog, &SettingsDialog::settingsChanged, this, [this] {
        m_ui.save(m_parts.settings);
        m_parts.settings.sync();
        applySettings();
    });
    connect(dialog, &SettingsDialog::v1KeyChanged, this, &DesktopIntegration::storeV1Key);
    m_settingsDialog = dialog;
    dialog->show();
}

void DesktopIntegration::showWorkTime()
{
    workTimePanel().refresh();
    m_workTimeWindow->show();
    m_workTimeWindow->raise();
    m_workTimeWindow->activateWindow();
}

void DesktopIntegration::storeV1Key(const QString &key)
{
    Workspace &ws = m_parts.workspace;
    if (m_parts.demo) {
        ws.setV1ApiKey(key);
        return;
    }
    QPointer<DesktopIntegration> self(this);
    m_parts.credentials.write(ws.account().accountKey(), CredentialStore::Secret::V1ApiKey, key,
                              [self, key](std::optional<KeychainError> error) {
                                  if (!self)
                                      return;
                                  if (error) {
                                      self->m_parts.window.showProblem(error->humanMessage());
                                      return;
                                  }
                                  Workspace &ws = self->m_parts.workspace;
                                  ws.setV1ApiKey(key);
                                  AccountSettings account = ws.account();
                                  account.hasV1Key = !key.isEmpty();
                                  account.save(self->m_parts.settings);
                              });
}

} // namespace Frontline
