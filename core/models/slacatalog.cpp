// SPDX-License-Identifier: GPL-3.0-or-later
#include "slacatalog.h"

#include "logging.h"

using namespace std::chrono_literals;

namespace Frontline {

namespace {

// When a level gives no value for a target, the warning share needs some length.
constexpr std::chrono::seconds kFallbackTarget = 8h;

} // namespace

SlaCatalog::SlaCatalog() = default;

QDateTime SlaCatalog::indefinitely()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

void SlaCatalog::setLevels(const QList<SlaLevel> &levels, const QString &defaultLevelId)
{
    m_levels = levels;
    m_calendars.clear();
    for (const SlaLevel &l : levels) {
        auto calendar = BusinessCalendar::fromLevel(l);
        if (!calendar) {
            qCWarning(lcSla) << "SLA level" << l.id
                             << "has unusable business hours, counting 24/7:" << calendar.error();
            m_calendars.insert(l.id, BusinessCalendar());
        } else {
            m_calendars.insert(l.id, *calendar);
        }
    }
    m_defaultLevelId.clear();
    if (!defaultLevelId.isEmpty() && m_calendars.contains(defaultLevelId)) {
        m_defaultLevelId = defaultLevelId;
    } else if (levels.size() == 1) {
        m_defaultLevelId = levels.first().id;
    } else {
        for (const SlaLevel &l : levels) {
            if (l.businessHours) {
                m_defaultLevelId = l.id;
                break;
            }
        }
        if (m_defaultLevelId.isEmpty() && !levels.isEmpty())
            m_defaultLevelId = levels.first().id;
    }
}

const SlaLevel *SlaCatalog::level(const QString &id) const
{
    for (const SlaLevel &l : m_levels) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

BusinessCalendar SlaCatalog::calendar(const QString &levelId) const
{
    return m_calendars.value(levelId, BusinessCalendar());
}

QList<SlaCatalog::TargetClock> SlaCatalog::clocks(const TicketRow &row) const
{
    QList<TargetClock> out;
    const TicketStatus status = row.statusKind();
    if (status == TicketStatus::Deleted || status == TicketStatus::Spam)
        return out;

    const bool levelKnown = !row.slaLevelId.isEmpty() && m_calendars.contains(row.slaLevelId);
    const QString levelId = levelKnown ? row.slaLevelId : m_defaultLevelId;
    const SlaLevel *l = level(levelId);
    const BusinessCalendar cal = calendar(levelId);
    auto targetLength = [l](SlaTarget t) {
        if (!l)
            return kFallbackTarget;
        return slaTargetValue(l->targets, t).value_or(kFallbackTarget);
    };
    auto add = [&](SlaTarget t, const QDateTime &deadline, std::optional<QDateTime> metAt = {}) {
        if (!deadline.isValid())
            return;
        std::optional<QDateTime> postponed;
        if (status == TicketStatus::Postponed)
            postponed = row.postponedUntil.isValid() ? row.postponedUntil : indefinitely();
        out.append(TargetClock{t, SlaClock(cal, deadline, targetLength(t), m_warningShare), metAt, postponed});
    };

    const bool resolved = status == TicketStatus::Resolved || status == TicketStatus::Closed;
    if (!levelKnown) {
        // Only the server's earliest open deadline is known (Ticket.date_due).
        if (resolved)
            return out;
        const SlaTarget t = needsAnswerStatus(status) ? SlaTarget::FirstAnswer : SlaTarget::Resolution;
        add(t, row.dateDue);
        return out;
    }

    if (resolved) {
        add(SlaTarget::Resolution, row.slaFirstResolve,
            row.dateResolved.isValid() ? std::optional<QDateTime>(row.dateResolved) : std::nullopt);
        return out;
    }
    const bool waitingForAnswer =
            needsAnswerStatus(status) || status == TicketStatus::Postponed || status == TicketStatus::Unknown;
    if (waitingForAnswer && status != TicketStatus::Unknown) {
        if (row.slaNextAnswer.isValid())
            add(SlaTarget::NextAnswer, row.slaNextAnswer);
        else
            add(SlaTarget::FirstAnswer, row.slaFirstAnswer);
    }
    add(SlaTarget::Resolution, row.slaFirstResolve);
    if (out.isEmpty())
        add(SlaTarget::Resolution, row.dateDue);
    return out;
}

TicketSlaView SlaCatalog::mostUrgent(const TicketRow &row, const QDateTime &now) const
{
    TicketSlaView view;
    const QList<TargetClock> list = clocks(row);
    if (list.isEmpty())
        return view;
    const TargetClock *best = &list.first();
    for (const TargetClock &c : list) {
        if (c.clock.deadline() < best->clock.deadline())
            best = &c;
    }
    view.hasSla = true;
    view.target = best->target;
    view.reading = best->clock.read(now, best->metAt, best->postponedUntil);
    const bool levelKnown = !row.slaLevelId.isEmpty() && m_calendars.contains(row.slaLevelId);
    view.estimated = !levelKnown;
    if (const SlaLevel *l = level(levelKnown ? row.slaLevelId : m_defaultLevelId))
        view.levelName = l->name;
    return view;
}

} // namespace Frontline
