// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"

#include "presencetext.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

// The keys in one place; renaming one loses the agent's choice, so they never change.
const auto kLanguage = u"ui/language"_s;
const auto kCloseToTray = u"tray/closeToTray"_s;
const auto kTrayHintShown = u"tray/hintShown"_s;
const auto kStartMinimized = u"startup/minimized"_s;
const auto kStartAtLogin = u"startup/atLogin"_s;
const auto kAssigned = u"notifications/assignedToMe"_s;
const auto kReplied = u"notifications/customerReplied"_s;
const auto kNewInQueue = u"notifications/newInQueue"_s;
const auto kReopened = u"notifications/reopened"_s;
const auto kSlaWarning = u"notifications/slaWarning"_s;
const auto kSlaBreached = u"notifications/slaBreached"_s;
const auto kOnlyBreaches = u"notifications/onlyBreachesWhilePaused"_s;
const auto kReasons = u"presence/pauseReasons"_s;
const auto kAutoPauseOnLock = u"presence/autoPauseOnLock"_s;
const auto kAutoPauseIdle = u"presence/autoPauseIdleMinutes"_s;
const auto kOfferResume = u"presence/offerResumeOnUnlock"_s;
const auto kSlaWarningPercent = u"sla/warningPercent"_s;

bool readBool(const QSettings &s, const QString &key, bool fallback)
{
    return s.value(key, fallback).toBool();
}

} // namespace

QStringList UiSettings::effectivePauseReasons() const
{
    return PresenceText::reasonsToOffer(pauseReasons);
}

bool UiSettings::notifies(TicketEvent::Kind kind) const
{
    switch (kind) {
    case TicketEvent::Kind::AssignedToMe:
        return notify.assignedToMe;
    case TicketEvent::Kind::CustomerReplied:
        return notify.customerReplied;
    case TicketEvent::Kind::NewInQueue:
        return notify.newInQueue;
    case TicketEvent::Kind::Reopened:
        return notify.reopened;
    case TicketEvent::Kind::SlaWarning:
        return notify.slaWarning;
    case TicketEvent::Kind::SlaBreached:
        return notify.slaBreached;
    }
    return false;
}

void UiSettings::setNotifies(TicketEvent::Kind kind, bool on)
{
    switch (kind) {
    case TicketEvent::Kind::AssignedToMe:
        notify.assignedToMe = on;
        break;
    case TicketEvent::Kind::CustomerReplied:
        notify.customerReplied = on;
        break;
    case TicketEvent::Kind::NewInQueue:
        notify.newInQueue = on;
        break;
    case TicketEvent::Kind::Reopened:
        notify.reopened = on;
        break;
    case TicketEvent::Kind::SlaWarning:
        notify.slaWarning = on;
        break;
    case TicketEvent::Kind::SlaBreached:
        notify.slaBreached = on;
        break;
    }
}

UiSettings UiSettings::load(const QSettings &s)
{
    UiSettings u;
    u.language = s.value(kLanguage).toString();
    u.closeToTray = readBool(s, kCloseToTray, u.closeToTray);
    u.trayHintShown = readBool(s, kTrayHintShown, u.trayHintShown);
    u.startMinimized = readBool(s, kStartMinimized, u.startMinimized);
    u.startAtLogin = readBool(s, kStartAtLogin, u.startAtLogin);
    u.notify.assignedToMe = readBool(s, kAssigned, u.notify.assignedToMe);
    u.notify.customerReplied = readBool(s, kReplied, u.notify.customerReplied);
    u.notify.newInQueue = readBool(s, kNewInQueue, u.notify.newInQueue);
    u.notify.reopened = readBool(s, kReopened, u.notify.reopened);
    u.notify.slaWarning = readBool(s, kSlaWarning, u.notify.slaWarning);
    u.notify.slaBreached = readBool(s, kSlaBreached, u.notify.slaBreached);
    u.onlyBreachesWhilePaused = readBool(s, kOnlyBreaches, u.onlyBreachesWhilePaused);
    u.pauseReasons = s.value(kReasons).toStringList();
    u.pauseReasons.removeAll(QString());
    u.autoPauseOnLock = readBool(s, kAutoPauseOnLock, u.autoPauseOnLock);
    u.autoPauseIdleMinutes = std::clamp(s.value(kAutoPauseIdle, 0).toInt(), 0, 24 * 60);
    u.offerResumeOnUnlock = readBool(s, kOfferResume, u.offerResumeOnUnlock);
    u.slaWarningPercent = std::clamp(s.value(kSlaWarningPercent, u.slaWarningPercent).toInt(), 1, 99);
    return u;
}

void UiSettings::save(QSettings &s) const
{
    s.setValue(kLanguage, language);
    s.setValue(kCloseToTray, closeToTray);
    s.setValue(kTrayHintShown, trayHintShown);
    s.setValue(kStartMinimized, startMinimized);
    s.setValue(kStartAtLogin, startAtLogin);
    s.setValue(kAssigned, notify.assignedToMe);
    s.setValue(kReplied, notify.customerReplied);
    s.setValue(kNewInQueue, notify.newInQueue);
    s.setValue(kReopened, notify.reopened);
    s.setValue(kSlaWarning, notify.slaWarning);
    s.setValue(kSlaBreached, notify.slaBreached);
    s.setValue(kOnlyBreaches, onlyBreachesWhilePaused);
    // The untouched defaults are not stored: they stay translated into whatever language comes next.
    if (PresenceText::ownReasons(pauseReasons).isEmpty())
        s.remove(kReasons);
    else
        s.setValue(kReasons, pauseReasons);
    s.setValue(kAutoPauseOnLock, autoPauseOnLock);
    s.setValue(kAutoPauseIdle, autoPauseIdleMinutes);
    s.setValue(kOfferResume, offerResumeOnUnlock);
    s.setValue(kSlaWarningPercent, slaWarningPercent);
}

} // namespace Frontline
