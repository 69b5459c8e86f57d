// SPDX-License-Identifier: GPL-3.0-or-later
#include "presence.h"

namespace Frontline {

QString presenceStateName(PresenceState state)
{
    switch (state) {
    case PresenceState::Available:
        return QStringLiteral("available");
    case PresenceState::Paused:
        return QStringLiteral("paused");
    case PresenceState::Offline:
        return QStringLiteral("offline");
    case PresenceState::SignedOut:
        break;
    }
    return QStringLiteral("signed_out");
}

PresenceState presenceStateFromName(const QString &name)
{
    if (name == u"available")
        return PresenceState::Available;
    if (name == u"paused")
        return PresenceState::Paused;
    if (name == u"offline")
        return PresenceState::Offline;
    return PresenceState::SignedOut;
}

} // namespace Frontline
