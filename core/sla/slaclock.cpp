// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaclock.h"

#include <algorithm>
#include <cmath>

namespace Frontline {

namespace {

using std::chrono::seconds;

constexpr qint64 kSecond = 1000;

// Whole seconds, truncated: "59.9 s left" is still "59 s", never rounded up to a minute.
seconds toSeconds(qint64 ms)
{
    return seconds(ms / kSecond);
}

QDateTime toInstant(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

} // namespace

std::optional<seconds> slaTargetValue(const SlaTargets &targets, SlaTarget which)
{
    switch (which) {
    case SlaTarget::FirstAnswer:
        return targets.firstAnswer;
    case SlaTarget::NextAnswer:
        return targets.nextAnswer;
    case SlaTarget::Resolution:
        return targets.firstResolve;
    case SlaTarget::FirstAssign:
        return targets.firstAssign;
    }
    return std::nullopt;
}

QDateTime slaDue(const TicketSla &due, SlaTarget which)
{
    switch (which) {
    case SlaTarget::FirstAnswer:
        return due.firstAnswer;
    case SlaTarget::NextAnswer:
        return due.nextAnswer;
    case SlaTarget::Resolution:
        return due.firstResolve;
    case SlaTarget::FirstAssign:
        return due.firstAssign;
    }
    return {};
}

SlaClock::SlaClock(BusinessCalendar calendar, const QDateTime &deadline, seconds target, double warningShare)
    : m_calendar(std::move(calendar))
    , m_deadline(deadline.isValid() ? deadline.toUTC() : QDateTime())
    , m_deadlineMs(m_deadline.isValid() ? m_deadline.toMSecsSinceEpoch() : 0)
    , m_target(target)
    , m_warningShare(std::clamp(warningShare, 0.0, 1.0))
    , m_warningMs(std::llround(m_warningShare * double(target.count()) * double(kSecond)))
{ }

SlaClock SlaClock::start(const BusinessCalendar &calendar, const QDateTime &start, seconds target, double warningShare)
{
    return {calendar, calendar.addBusinessTime(start, target).value_or(QDateTime()), target, warningShare};
}

qint64 SlaClock::remainingMsAt(qint64 nowMs) const
{
    return std::max<qint64>(0, m_calendar.businessMsecsBetween(nowMs, m_deadlineMs));
}

SlaReading SlaClock::read(const QDateTime &now, const std::optional<QDateTime> &metAt,
                          const std::optional<QDateTime> &postponedUntil) const
{
    SlaReading r;
    r.deadline = m_deadline;
    const bool reachable = m_deadline.isValid();

    if (metAt && metAt->isValid()) {
        const qint64 met = metAt->toMSecsSinceEpoch();
        if (!reachable || met <= m_deadlineMs) {
            r.state = SlaState::Met;
            r.remaining = reachable ? toSeconds(remainingMsAt(met)) : seconds::max();
        } else {
            r.state = SlaState::Breached;
            r.overdue = toSeconds(m_calendar.businessMsecsBetween(m_deadlineMs, met));
        }
        return r;
    }
    if (!now.isValid())
        return r;
    const qint64 nowMs = now.toMSecsSinceEpoch();

    if (postponedUntil && postponedUntil->isValid() && nowMs < postponedUntil->toMSecsSinceEpoch()) {
        r.state = SlaState::Postponed;
        r.resumesAt = postponedUntil->toUTC();
        if (reachable) {
            const qint64 left = remainingMsAt(nowMs);
            r.remaining = toSeconds(left);
            r.belowWarningShare = left < m_warningMs;
        } else {
            r.remaining = seconds::max();
        }
        return r;
    }

    if (!reachable) {
        r.remaining = seconds::max();
        if (!m_calendar.isOpenAt(nowMs)) {
            r.state = SlaState::Paused;
            r.resumesAt = toInstant(m_calendar.nextOpeningMs(nowMs));
        }
        return r;
    }

    if (nowMs >= m_deadlineMs) {
        r.state = SlaState::Breached;
        r.overdue = toSeconds(m_calendar.businessMsecsBetween(m_deadlineMs, nowMs));
        return r;
    }

    const qint64 left = m_calendar.businessMsecsBetween(nowMs, m_deadlineMs);
    r.remaining = toSeconds(left);
    r.belowWarningShare = left < m_warningMs;
    if (!m_calendar.isOpenAt(nowMs)) {
        r.state = SlaState::Paused;
        r.resumesAt = toInstant(m_calendar.nextOpeningMs(nowMs));
    } else {
        r.state = r.belowWarningShare ? SlaState::Warning : SlaState::Running;
    }
    return r;
}

QDateTime SlaClock::nextStateChange(const QDateTime &now, const std::optional<QDateTime> &metAt,
                                    const std::optional<QDateTime> &postponedUntil) const
{
    if ((metAt && metAt->isValid()) || !now.isValid())
        return {};
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (postponedUntil && postponedUntil->isValid() && nowMs < postponedUntil->toMSecsSinceEpoch())
        return postponedUntil->toUTC();

    const bool open = m_calendar.isOpenAt(nowMs);
    const std::optional<qint64> flip = open ? m_calendar.nextClosingMs(nowMs) : m_calendar.nextOpeningMs(nowMs);
    if (!m_deadline.isValid())
        return toInstant(flip);
    if (nowMs >= m_deadlineMs)
        return {};

    qint64 best = m_deadlineMs;
    if (flip && *flip > nowMs)
        best = std::min(best, *flip);
    // Warning starts at the first instant where remaining < share × target: after `excess` more
    // business time, at the next open millisecond.
    const qint64 left = m_calendar.businessMsecsBetween(nowMs, m_deadlineMs);
    if (m_warningMs > 0 && left >= m_warningMs) {
        const std::optional<qint64> atShare = m_calendar.addBusinessMsecs(nowMs, left - m_warningMs);
        const std::optional<qint64> opening = atShare ? m_calendar.nextOpeningMs(*atShare) : std::nullopt;
        if (opening)
            best = std::min(best, *opening + 1);
    }
    return QDateTime::fromMSecsSinceEpoch(best, Qt::UTC);
}

SlaClock SlaClock::stoppedBetween(const QDateTime &from, const QDateTime &until) const
{
    if (!m_deadline.isValid() || !from.isValid() || !until.isValid() || until <= from)
        return *this;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    if (fromMs >= m_deadlineMs)
        return *this;
    const qint64 left = m_calendar.businessMsecsBetween(fromMs, m_deadlineMs);
    const std::optional<qint64> moved = m_calendar.addBusinessMsecs(until.toMSecsSinceEpoch(), left);
    SlaClock c = *this;
    c.m_deadline = toInstant(moved);
    c.m_deadlineMs = moved.value_or(0);
    return c;
}

} // namespace Frontline
