// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Frontline {

struct CustomField
{
    QString code;
    QString value;
    friend bool operator==(const CustomField &, const CustomField &) = default;
};

/// A ticket as LiveAgent v3 describes it (liveagent-api.md section 9, `Ticket`).
/// Instants are UTC; letter codes are kept raw so unknown ones survive.
struct Ticket
{
    QString id;
    QString code;
    QString subject;
    QString ownerContactId;
    QString ownerEmail;
    QString ownerName;
    QString departmentId;
    QString agentId; // empty: unassigned
    QString status; // section 8.1
    QString channelType; // section 8.2
    QStringList tagIds;
    QDateTime dateCreated;
    QDateTime dateChanged;
    QDateTime dateResolved;
    QDateTime dateDue;
    QDateTime dateDeleted;
    QDateTime lastActivity;
    QDateTime lastActivityPublic;
    QString publicAccessUrlCode;
    QList<CustomField> customFields;

    TicketStatus statusKind() const { return ticketStatusFromCode(status); }
    bool isUnassigned() const { return agentId.isEmpty(); }

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

/// The per-ticket SLA due instants of `GET /tickets/{id}/sla` (`TicketSla`).
struct TicketSla
{
    QString ticketId;
    QString slaLevelId;
    QString slaLevelName;
    QDateTime firstAnswer;
    QDateTime firstAssign;
    QDateTime firstResolve;
    QDateTime nextAnswer;
    friend bool operator==(const TicketSla &, const TicketSla &) = default;
};

/// One row of `GET /tickets/{id}/history` (`TicketHistory`): who had the ticket, where, when.
struct TicketHistoryEntry
{
    QString id;
    QString ticketId;
    QString ticketCode;
    QString departmentId;
    QString departmentName;
    QString agentId;
    QString status;
    QDateTime dateFrom;
    QDateTime dateTo;
    QString elapsedTime; // unit unspecified upstream; kept verbatim
    friend bool operator==(const TicketHistoryEntry &, const TicketHistoryEntry &) = default;
};

/// Fields of `PUT /tickets/{id}` (`TicketUpdatable`); unset optionals are left out of the body.
struct TicketUpdate
{
    std::optional<QString> agentId;
    std::optional<QString> departmentId;
    std::optional<QString> status;
    std::optional<QString> subject;
    std::optional<QStringList> tagIds;
    bool isEmpty() const { return !agentId && !departmentId && !status && !subject && !tagIds; }
    friend bool operator==(const TicketUpdate &, const TicketUpdate &) = default;
};

} // namespace Frontline
