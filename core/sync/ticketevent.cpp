// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketevent.h"

namespace Frontline {

TicketEventDetector::TicketEventDetector(QString meId, QStringList myDepartmentIds)
    : m_meId(std::move(meId))
    , m_departments(std::move(myDepartmentIds))
{ }

QList<TicketEvent> TicketEventDetector::detect(const std::optional<TicketRow> &before, const Ticket &after) const
{
    QList<TicketEvent> events;
    const TicketStatus now = after.statusKind();
    if (!isActiveStatus(now))
        return events;
    auto event = [&](TicketEvent::Kind kind) {
        events.append(TicketEvent{kind, after.id, after.subject,
                                  after.ownerName.isEmpty() ? after.ownerEmail : after.ownerName, after.departmentId,
                                  after.dateChanged});
    };
    const bool mine = !m_meId.isEmpty() && after.agentId == m_meId;

    if (!before) {
        if (mine)
            event(TicketEvent::Kind::AssignedToMe);
        else if (after.agentId.isEmpty() && m_departments.contains(after.departmentId))
            event(TicketEvent::Kind::NewInQueue);
        return events;
    }

    const TicketStatus was = before->statusKind();
    if (mine && before->agentId != m_meId)
        event(TicketEvent::Kind::AssignedToMe);
    if (!mine)
        return events;
    if (was == TicketStatus::Resolved || was == TicketStatus::Closed) {
        event(TicketEvent::Kind::Reopened);
        return events;
    }
    // The customer wrote: the ticket went back to open, or more customer activity on an open one.
    const bool waitingNow = now == TicketStatus::Open || now == TicketStatus::New;
    const bool wasWaiting = was == TicketStatus::Open || was == TicketStatus::New;
    const bool newPublicActivity = after.lastActivityPublic.isValid() && before->lastActivity.isValid()
            && after.lastActivityPublic > before->lastActivity;
    if (before->agentId == m_meId && waitingNow && (!wasWaiting || newPublicActivity))
        event(TicketEvent::Kind::CustomerReplied);
    return events;
}

} // namespace Frontline
