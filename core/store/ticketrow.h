// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Frontline {

/// What a ticket list row needs: the ticket's list columns plus what Frontline learned
/// about it (SLA level and due instants, conversation size, unsent actions).
struct TicketRow
{
    QString id;
    QString code;
    QString subject;
    QString ownerName;
    QString ownerEmail;
    QString departmentId;
    QString agentId;
    QString status;
    QString channelType;
    QStringList tagIds;
    QDateTime dateCreated;
    QDateTime dateChanged;
    QDateTime dateResolved;
    QDateTime lastActivity;
    QDateTime dateDue; // the server's earliest open deadline
    QString slaLevelId; // empty until GET /tickets/{id}/sla was read
    QDateTime slaFirstAnswer;
    QDateTime slaNextAnswer;
    QDateTime slaFirstResolve;
    QDateTime slaFirstAssign;
    int messageCount = 0;
    int textLength = 0;
    bool vip = false;
    QDateTime postponedUntil; // known when we postponed it ourselves
    int pendingActions = 0;

    TicketStatus statusKind() const { return ticketStatusFromCode(status); }
};

} // namespace Frontline
