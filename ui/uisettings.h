// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/ticketevent.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace Frontline {

/// Which desktop notifications the agent wants, one switch per kind of event.
struct NotificationKinds
{
    bool assignedToMe = true;
    bool customerReplied = true;
    bool newInQueue = true;
    bool reopened = true;
    bool slaWarning = true;
    bool slaBreached = true;
    friend bool operator==(const NotificationKinds &, const NotificationKinds &) = default;
};

/// The UI's own preferences (the account's live in AccountSettings), read once from QSettings
/// into named fields and written back as a whole (STYLE.md 4).
struct UiSettings
{
    QString language; // "" follows the system (LanguageManager::setLanguage)
    bool closeToTray = true; // closing the window keeps Frontline running in the tray
    bool trayHintShown = false; // the one-time "still running in the tray" hint was shown
    bool startMinimized = false;
    bool startAtLogin = false; // mirrors Autostart::isEnabled(); the file is the truth
    NotificationKinds notify;
    bool onlyBreachesWhilePaused = true; // while paused, only SLA breaches notify
    /// The agent's own pause reasons; empty means PresenceText::defaultReasons(), so the
    /// standard reasons follow a language switch until the agent edits them.
    QStringList pauseReasons;
    bool autoPauseOnLock = false;
    int autoPauseIdleMinutes = 0; // 0: off
    bool offerResumeOnUnlock = true;
    int slaWarningPercent = 25; // a deadline warns when less than this share of its target is left

    /// The reasons to offer: the agent's list or the translated defaults.
    QStringList effectivePauseReasons() const;
    /// Whether events of `kind` notify at all (the paused rule is NotificationCenter's).
    bool notifies(TicketEvent::Kind kind) const;
    void setNotifies(TicketEvent::Kind kind, bool on);
    /// slaWarningPercent as SlaCatalog::setWarningShare() wants it (0.25).
    double slaWarningShare() const { return slaWarningPercent / 100.0; }

    static UiSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const UiSettings &, const UiSettings &) = default;
};

} // namespace Frontline
