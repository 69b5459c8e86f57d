// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/store: the "mine or my departments'" condition shared by the ticket cache's
// translation units (ticketcache.cpp, ticketconversations.cpp).

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace Frontline::TicketScope {

using namespace Qt::StringLiterals;

// While the agent's actions on a ticket are being sent, its SLA and conversation are about to
// change again: they are fetched once the last action is through (and not once per action).
inline const QString kNoActionsOnTheirWay =
        u"NOT EXISTS (SELECT 1 FROM outbox o WHERE o.ticket_id = t.id AND o.state <> 'failed')"_s;

/// `(t.agent_id = ? OR t.department_id IN (?, …))`, bound by bindScope().
inline QString scopeSql(const QStringList &departmentIds)
{
    const QStringList marks(std::max<qsizetype>(departmentIds.size(), 1), u"?"_s);
    return u"(t.agent_id = ? OR t.department_id IN (%1))"_s.arg(marks.join(u','));
}

inline void bindScope(QSqlQuery &q, const QString &meId, const QStringList &departmentIds)
{
    q.addBindValue(meId);
    if (departmentIds.isEmpty())
        q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
    for (const QString &d : departmentIds)
        q.addBindValue(d);
}

} // namespace Frontline::TicketScope
