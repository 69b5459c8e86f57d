// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesscalendar.h"

#include "domain/slalevel.h"
#include "domain/ticket.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace Frontline {

/// What the countdown of one target shows; SlaClock::read() gives the exact rules.
enum class SlaState { Running, Paused, Warning, Breached, Met, Postponed };

/// The targets of an SLA level a ticket is measured against (LiveAgent's SLA level values).
enum class SlaTarget { FirstAnswer, NextAnswer, Resolution, FirstAssign };

/// The level's target for `which` (`first_answer`, `next_answer`, `first_resolve`, `first_assign`).
std::optional<std::chrono::seconds> slaTargetValue(const SlaTargets &targets, SlaTarget which);

/// The server's due instant for `which` from `GET /tickets/{id}/sla`; invalid when none.
QDateTime slaDue(const TicketSla &due, SlaTarget which);

/// What an SLA clock shows at one instant. See SlaClock::read() for the exact rules.
struct SlaReading
{
    SlaState state = SlaState::Running;
    QDateTime deadline; // invalid if never reachable
    /// Business time left until the deadline: from now (Running, Warning, Paused, Postponed), or
    /// what was left when the target was met (Met); 0 when breached. When the deadline is invalid
    /// (never reachable) it is std::chrono::seconds::max().
    std::chrono::seconds remaining{0};
    std::chrono::seconds overdue{0}; // business time past the deadline (Breached), else 0
    QDateTime resumesAt; // Paused: next opening (invalid: never); Postponed: end of postponement
    /// Remaining is under the warning share of the target. Also set while Paused or Postponed,
    /// so a paused row can keep its warning colour; never set for Met or Breached.
    bool belowWarningShare = false;

    friend bool operator==(const SlaReading &, const SlaReading &) = default;
};

/// The countdown of one SLA target of one ticket: a deadline in business time and its state.
///
/// The client builds one per visible ticket and target from the server's due instant
/// (`GET /tickets/{id}/sla`) and the level's target; the sandbox builds one with start() to
/// compute that due instant. read() is a few binary searches, fast enough for every visible row
/// every second.
class SlaClock
{
public:
    /// A clock for a known deadline (e.g. from the server). `target` is the level's target, used
    /// for the warning share. An invalid deadline means "never reachable".
    SlaClock(BusinessCalendar calendar, const QDateTime &deadline, std::chrono::seconds target,
             double warningShare = 0.25);

    /// A clock whose deadline is `target` of business time after `start`
    /// (calendar.addBusinessTime); the deadline is invalid if the calendar never opens.
    static SlaClock start(const BusinessCalendar &calendar, const QDateTime &start, std::chrono::seconds target,
                          double warningShare = 0.25);

    /// The reading at `now`. The first rule that applies wins:
    /// 1. `metAt` given (the target event happened): Met when metAt <= deadline (or the deadline
    ///    is never reachable), remaining = business time left at metAt. Met late: Breached with
    ///    overdue = business time from the deadline to metAt (frozen; it no longer grows).
    /// 2. now < postponedUntil: Postponed, resumesAt = postponedUntil, remaining from now (>= 0).
    /// 3. now >= deadline: Breached, overdue = business time from the deadline to now.
    /// 4. The calendar is closed at now: Paused, resumesAt = calendar.nextOpening(now).
    /// 5. remaining < warningShare × target: Warning.
    /// 6. Otherwise Running.
    /// `now` must be valid (an invalid one gives a default Running reading). Business times are
    /// whole seconds, truncated. The clock does not know the agent's time zone or language: the
    /// UI turns remaining/overdue/resumesAt into "1 h 20 min", "paused until Mon 09:00",
    /// "overdue 35 min" or "met".
    SlaReading read(const QDateTime &now, const std::optional<QDateTime> &metAt = {},
                    const std::optional<QDateTime> &postponedUntil = {}) const;

    /// The earliest instant after `now` at which read() (with the same metAt and postponedUntil)
    /// may give another state or resumesAt: the deadline, the start of the warning, the next
    /// opening or closing, the end of a postponement. Invalid when the state can no longer change
    /// (Met, Breached, or a clock that never moves). Lets the tray or a notifier arm one timer
    /// instead of polling; the countdown itself of course changes every second while Running.
    QDateTime nextStateChange(const QDateTime &now, const std::optional<QDateTime> &metAt = {},
                              const std::optional<QDateTime> &postponedUntil = {}) const;

    /// This clock with the deadline moved as if the countdown had stood still from `from` until
    /// `until` (a postponement, when the sandbox decides the clock stops meanwhile): the business
    /// time left at `from` now starts counting at `until`. Unchanged if `from` is at or past the
    /// deadline or `until` <= `from`.
    SlaClock stoppedBetween(const QDateTime &from, const QDateTime &until) const;

    QDateTime deadline() const { return m_deadline; }
    std::chrono::seconds target() const { return m_target; }
    double warningShare() const { return m_warningShare; }
    const BusinessCalendar &calendar() const { return m_calendar; }

private:
    qint64 remainingMsAt(qint64 nowMs) const;

    BusinessCalendar m_calendar;
    QDateTime m_deadline;
    qint64 m_deadlineMs = 0;
    std::chrono::seconds m_target;
    double m_warningShare;
    qint64 m_warningMs = 0; // warningShare × target
};

} // namespace Frontline
