// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Frontline {

/// The agent's availability as Frontline shows it everywhere (toolbar, tray, status bar).
enum class PresenceState {
    Available,
    Paused, // on a break: nothing new is routed to the agent
    Offline, // no connection to the server
    SignedOut,
};

QString presenceStateName(PresenceState state); // stable, for storage
PresenceState presenceStateFromName(const QString &name); // SignedOut if unknown

/// One stretch of time in one state, as the presence log keeps it. `end` is invalid
/// while the interval is still open.
struct PresenceInterval
{
    qint64 id = 0;
    PresenceState state = PresenceState::SignedOut;
    QString reason; // the pause reason (Lunch, Coffee…), empty otherwise
    QDateTime start;
    QDateTime end;
    friend bool operator==(const PresenceInterval &, const PresenceInterval &) = default;
};

} // namespace Frontline
