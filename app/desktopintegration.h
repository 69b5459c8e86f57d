// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uisettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;
class QSettings;

namespace Frontline {

class AutoPause;
class CredentialStore;
class DesktopNotifier;
class LanguageManager;
class MainWindow;
class NotificationCenter;
class ScreenLockWatcher;
class SettingsDialog;
class SlaWatcher;
class TrayIcon;
class WorkTimePanel;
class Workspace;

/// Everything around the main window that makes Frontline live on the desktop: the tray
/// icon, desktop notifications, the SLA watcher feeding both, auto-pause on screen lock or
/// idle, the Settings dialog and the working-time window. The application builds one per
/// signed-in workspace; it owns the parts and wires them to the workspace and the window.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        Workspace &workspace;
        MainWindow &window;
        QSettings &settings;
        LanguageManager &language;
        CredentialStore &credentials;
        bool demo = false; // the demo's keys are public and never stored
    };

    explicit DesktopIntegration(Parts parts, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    const UiSettings &uiSettings() const { return m_ui; }
    /// The tray icon, null when the desktop has no tray.
    TrayIcon *tray() const { return m_tray.get(); }
    NotificationCenter &notifications() const { return *m_center; }
    SlaWatcher &slaWatcher() const { return *m_slaWatcher; }
    /// Today's working time (its window is made with start() or when first asked for).
    WorkTimePanel &workTimePanel();
    /// The Settings dialog while it is open (null otherwise).
    SettingsDialog *settingsDialog() const;

    /// Whether the window should start hidden in the tray (--minimized or the setting).
    bool startsInTray(bool minimizedOption) const;
    /// Shows the tray icon and starts watching my deadlines: once the window is painted (or
    /// at once when starting in the tray), so that neither delays the first sight of the work.
    void start();

    void showSettings();
    void showWorkTime();

Q_SIGNALS:
    void quitRequested();

private:
    void applySettings();
    void openTicket(const QString &ticketId);
    void presenceChanged();
    void hiddenToTray();
    void storeV1Key(const QString &key);
    void knowMe();

    Parts m_parts;
    UiSettings m_ui;
    std::unique_ptr<SlaWatcher> m_slaWatcher;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    std::unique_ptr<ScreenLockWatcher> m_lockWatcher;
    std::unique_ptr<AutoPause> m_autoPause;
    std::unique_ptr<QDialog> m_workTimeWindow;
    WorkTimePanel *m_workTime = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_started = false;
};

} // namespace Frontline
