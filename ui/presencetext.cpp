// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencetext.h"

#include "models/slatext.h"
#include "presence/presencecontroller.h"

#include <QLocale>

namespace Frontline {

QString PresenceText::stateName(PresenceState state)
{
    switch (state) {
    case PresenceState::Available:
        //: Presence: new work is routed to the agent
        return tr("Available");
    case PresenceState::Paused:
        //: Presence (adjective/state, not the button): on a break
        return tr("Paused");
    case PresenceState::Offline:
        //: Presence: no connection to the server
        return tr("Offline");
    case PresenceState::SignedOut:
        return tr("Signed out");
    }
    return {};
}

QString PresenceText::describe(const PresenceController &p, const QDateTime &now)
{
    QString text = stateName(p.state());
    if (p.intendedState() == PresenceState::Paused) {
        const QLocale locale;
        const QString since = locale.toString(p.since().toLocalTime().time(), QLocale::ShortFormat);
        const QString elapsed = SlaText::duration(std::chrono::seconds(p.since().secsTo(now)), locale);
        if (p.state() == PresenceState::Offline)
            //: Offline while a pause is in effect
            text = tr("Offline (paused)");
        else if (!p.reason().isEmpty())
            //: "Paused — Lunch, since 12:00 (15 min)"
            text = tr("Paused — %1, since %2 (%3)").arg(p.reason(), since, elapsed);
        else
            //: "Paused since 12:00 (15 min)"
            text = tr("Paused since %1 (%2)").arg(since, elapsed);
    }
    if (p.isPending())
        //: The pause or resume is waiting to reach the server
        text = tr("%1 — pending").arg(text);
    return text;
}

QStringList PresenceText::defaultReasons()
{
    //: Pause reasons
    return {tr("Lunch"), tr("Coffee"), tr("Break"), tr("Meeting"), tr("Other")};
}

QStringList PresenceText::ownReasons(const QStringList &reasons)
{
    return reasons == defaultReasons() ? QStringList() : reasons;
}

QStringList PresenceText::reasonsToOffer(const QStringList &own)
{
    return own.isEmpty() ? defaultReasons() : own;
}

} // namespace Frontline
