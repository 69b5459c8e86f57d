// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaplanner.h"

namespace Frontline::Sandbox {

namespace {

bool isResolved(const QString &status)
{
    return status == u"R" || status == u"X" || status == u"B" || status == u"L";
}

} // namespace

Expected<SlaPlanner, QString> SlaPlanner::create(const QList<SlaLevel> &levels, const QString &defaultLevel,
                                                 const QString &vipLevel)
{
    SlaPlanner planner;
    planner.m_levels = levels;
    planner.m_default = defaultLevel;
    planner.m_vip = vipLevel;
    for (const SlaLevel &level : levels) {
        auto calendar = BusinessCalendar::fromLevel(level);
        if (!calendar)
            return QStringLiteral("SLA level %1: %2").arg(level.id, calendar.error());
        planner.m_calendars.insert(level.id, *calendar);
    }
    return planner;
}

QString SlaPlanner::levelFor(const QStringList &tagIds) const
{
    if (!m_vip.isEmpty() && tagIds.contains(QStringLiteral("vip")))
        return m_vip;
    return m_default;
}

const SlaLevel *SlaPlanner::level(const QString &id) const
{
    for (const SlaLevel &level : m_levels) {
        if (level.id == id)
            return &level;
    }
    return nullptr;
}

void SlaPlanner::refresh(TicketRecord &r) const
{
    r.sla = TicketSla{};
    r.sla.ticketId = r.ticket.id;
    r.ticket.dateDue = QDateTime();
    const SlaLevel *level = this->level(r.slaLevelId);
    const auto calendar = m_calendars.constFind(r.slaLevelId);
    if (!level || calendar == m_calendars.cend())
        return;
    r.sla.slaLevelId = level->id;
    r.sla.slaLevelName = level->name;

    auto due = [&](const QDateTime &start, const std::optional<std::chrono::seconds> &target) {
        if (!start.isValid() || !target)
            return QDateTime();
        return calendar->addBusinessTime(start, *target).value_or(QDateTime());
    };
    const QDateTime created = r.ticket.dateCreated;
    r.sla.firstAnswer = due(created, level->targets.firstAnswer);
    r.sla.firstResolve = due(created, level->targets.firstResolve);
    r.sla.firstAssign = due(created, level->targets.firstAssign);
    r.sla.nextAnswer = due(r.replyPendingSince, level->targets.nextAnswer);

    if (isResolved(r.ticket.status))
        return;
    QDateTime earliest;
    auto consider = [&](const QDateTime &candidate, bool open) {
        if (open && candidate.isValid() && (!earliest.isValid() || candidate < earliest))
            earliest = candidate;
    };
    consider(r.sla.firstAnswer, !r.firstAnswered.isValid());
    consider(r.sla.nextAnswer, true);
    consider(r.sla.firstResolve, true);
    consider(r.sla.firstAssign, !r.firstAssigned.isValid());
    r.ticket.dateDue = earliest;
}

} // namespace Frontline::Sandbox
