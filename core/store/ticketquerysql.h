// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketquery.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace Frontline {

/// The WHERE and ORDER BY of a TicketQuery over `tickets t`, with its bound values in order.
/// Every order is a list of NOT NULL key columns ending with the rowid, matching an index,
/// so listing needs no sort and the position of a row can be counted.
struct TicketQuerySql
{
    struct OrderKey
    {
        QString column;
        bool descending = false;
    };

    QString where;
    QVariantList values;
    QList<OrderKey> orderKeys; // the last one is t.rowid

    static TicketQuerySql build(const TicketQuery &query);
    /// Turns typed words into an FTS5 query: every word must match as a prefix.
    /// Empty when nothing searchable was typed.
    static QString ftsExpression(const QString &typed);

    QString orderBy() const;
    QString keyColumns() const;
    /// A condition true for the rows that sort before a row with these key values, and its values.
    std::pair<QString, QVariantList> before(const QVariantList &keyValues) const;
};

} // namespace Frontline
