// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/presence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Frontline {

class PresenceController;

/// The agent's presence in words, the same in the toolbar, the tray and the status bar:
/// "Available", "Paused — Lunch, since 12:00 (15 min)", "Offline", "Signed out".
class PresenceText
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::PresenceText)

public:
    static QString stateName(PresenceState state);
    static QString describe(const PresenceController &presence, const QDateTime &now);
    /// The standard pause reasons (Lunch, Coffee, Break, Meeting, Other), translated.
    static QStringList defaultReasons();
    /// The agent's own pause reasons among `reasons`: none when they are empty or the standard
    /// ones in the current language (those are not kept as written: they follow the language).
    static QStringList ownReasons(const QStringList &reasons);
    /// The pause reasons to offer: `own`, or the standard ones when it is empty.
    static QStringList reasonsToOffer(const QStringList &own);
};

} // namespace Frontline
