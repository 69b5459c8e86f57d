// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Frontline {

/// Which tickets a list shows and in which order; turned into SQL by TicketCache only.
struct TicketQuery
{
    enum class Queue {
        Mine, // assigned to me, not resolved
        Unassigned, // nobody's, in one of my departments
        Overdue, // mine or unassigned in my departments, a deadline already passed
        AllOpen, // every active ticket Frontline mirrors (my departments and mine)
        RecentlyResolved, // resolved or closed since `resolvedSince`
    };
    enum class Sort {
        SlaDue, // the earliest deadline first; tickets without one last
        OldestFirst, // FIFO by creation
        NewestFirst,
        LastActivity, // most recent activity first
        EasiestFirst, // fewest messages, then shortest text
        VipFirst, // VIP-tagged first, then by deadline
    };

    Queue queue = Queue::Mine;
    Sort sort = Sort::SlaDue;
    QString search; // words typed by the agent; prefix-matched in subject, customer and messages
    QString meId;
    QStringList myDepartmentIds;
    QDateTime now; // for Overdue
    QDateTime resolvedSince; // for RecentlyResolved

    friend bool operator==(const TicketQuery &, const TicketQuery &) = default;
};

} // namespace Frontline
