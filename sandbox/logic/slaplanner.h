// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include "domain/expected.h"
#include "domain/slalevel.h"
#include "sla/businesscalendar.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Frontline::Sandbox {

/// Decides a ticket's SLA level and computes its due instants with core/sla (the only place
/// business time is calculated): first answer and resolution from creation, next answer from
/// the first customer reply after an agent answer, first assignment from creation.
/// `date_due` is the earliest target still open; none once the ticket is resolved.
class SlaPlanner
{
public:
    static Expected<SlaPlanner, QString> create(const QList<SlaLevel> &levels, const QString &defaultLevel,
                                                const QString &vipLevel);

    /// The level of a ticket that names none: the VIP level for tag "vip", else the default.
    QString levelFor(const QStringList &tagIds) const;
    const SlaLevel *level(const QString &id) const;
    const QList<SlaLevel> &levels() const { return m_levels; }

    /// Recomputes `r.sla` and `r.ticket.dateDue` from the ticket's state.
    void refresh(TicketRecord &r) const;

private:
    SlaPlanner() = default;

    QList<SlaLevel> m_levels;
    QHash<QString, BusinessCalendar> m_calendars;
    QString m_default;
    QString m_vip;
};

} // namespace Frontline::Sandbox
