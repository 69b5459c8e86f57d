// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/slalevel.h"
#include "sla/businesscalendar.h"
#include "sla/slaclock.h"
#include "store/ticketrow.h"

#include <QHash>
#include <QList>

namespace Frontline {

/// The SLA of one ticket as a list shows it: the most urgent open target and its reading.
struct TicketSlaView
{
    bool hasSla = false; // false: nothing to count down (deleted, spam, no deadline at all)
    SlaTarget target = SlaTarget::Resolution;
    SlaReading reading;
    bool estimated = false; // the ticket's level is not known yet: the account's default level was used
    QString levelName;
};

/// The account's SLA levels with their compiled calendars, and the rules that pick which
/// target of a ticket is counting down (contract section 6.6, seed 003):
/// - new or reopened (N, C, I, T, P): the next answer when a customer reply is pending, else
///   the first answer; and the resolution;
/// - answered (A): the resolution only (the customer has the ball);
/// - postponed (W): every open target is Postponed until the ticket comes back;
/// - resolved or closed (R, L): the resolution, Met or Breached at the resolution time;
/// - deleted or spam: none. Unknown letters: the resolution or the server's due date.
/// The most urgent target is the one with the earliest deadline.
class SlaCatalog
{
public:
    SlaCatalog();

    /// Levels whose business hours cannot be compiled are logged and treated as 24/7.
    void setLevels(const QList<SlaLevel> &levels, const QString &defaultLevelId = QString());
    const QList<SlaLevel> &levels() const { return m_levels; }
    /// The level of tickets whose own level is not known yet: the explicit default, else the
    /// only level, else the first with business hours.
    QString defaultLevelId() const { return m_defaultLevelId; }
    const SlaLevel *level(const QString &id) const;
    BusinessCalendar calendar(const QString &levelId) const;

    double warningShare() const { return m_warningShare; }
    void setWarningShare(double share) { m_warningShare = share; }

    /// Every target of the ticket that is counting (or finished, for resolved tickets).
    struct TargetClock
    {
        SlaTarget target;
        SlaClock clock;
        std::optional<QDateTime> metAt;
        std::optional<QDateTime> postponedUntil;
    };
    QList<TargetClock> clocks(const TicketRow &row) const;

    TicketSlaView mostUrgent(const TicketRow &row, const QDateTime &now) const;

    /// Marks an indefinite postponement (the ticket is W but we do not know until when).
    static QDateTime indefinitely();

private:
    QList<SlaLevel> m_levels;
    QHash<QString, BusinessCalendar> m_calendars;
    QString m_defaultLevelId;
    double m_warningShare = 0.25;
};

} // namespace Frontline
