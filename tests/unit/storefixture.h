// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets for the store's tests (tst_store, tst_storequeries): November 2026, UTC.
#pragma once

#include "domain/ticket.h"
#include "store/ticketrow.h"

#include <QDateTime>
#include <QStringList>

namespace Frontline::Test {

inline QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

inline Ticket makeTicket(const QString &id, const QString &agent, const QString &dept, const QString &status,
                         const QDateTime &created, const QDateTime &due)
{
    Ticket t;
    t.id = id;
    t.code = QStringLiteral("ABC-") + id;
    t.subject = QStringLiteral("Subject of ") + id;
    t.ownerName = QStringLiteral("Customer ") + id;
    t.ownerEmail = id + QStringLiteral("@example.com");
    t.agentId = agent;
    t.departmentId = dept;
    t.status = status;
    t.channelType = QStringLiteral("E");
    t.dateCreated = created;
    t.dateChanged = created;
    t.lastActivity = created;
    t.dateDue = due;
    return t;
}

inline QStringList ids(const QList<TicketRow> &rows)
{
    QStringList out;
    for (const TicketRow &r : rows)
        out.append(r.id);
    return out;
}

} // namespace Frontline::Test
