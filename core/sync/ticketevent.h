// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "store/ticketrow.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Frontline {

/// Something the agent should hear about (seed 002: new responsibility, customer replies,
/// new tickets in the department, reopened tickets; issue 7: SLA warnings and breaches).
struct TicketEvent
{
    enum class Kind {
        AssignedToMe,
        CustomerReplied, // on a ticket of mine
        NewInQueue, // a new unassigned ticket in one of my departments
        Reopened, // a resolved ticket of mine came back
        SlaWarning, // a deadline of mine is near
        SlaBreached, // a deadline of mine passed
    };
    Kind kind;
    QString ticketId;
    QString subject;
    QString customer;
    QString departmentId;
    QDateTime at;
};

/// Compares what the cache knew of a ticket with what the server says now.
class TicketEventDetector
{
public:
    TicketEventDetector(QString meId, QStringList myDepartmentIds);
    /// `before` is empty for a ticket Frontline has not seen.
    QList<TicketEvent> detect(const std::optional<TicketRow> &before, const Ticket &after) const;

private:
    QString m_meId;
    QStringList m_departments;
};

} // namespace Frontline

Q_DECLARE_METATYPE(Frontline::TicketEvent)
