// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketquery.h"

#include <QString>
#include <QVariantList>

namespace Frontline {

/// The WHERE and ORDER BY of a TicketQuery over `tickets t`, with its bound values in order.
struct TicketQuerySql
{
    QString where;
    QString orderBy;
    QVariantList values;

    static TicketQuerySql build(const TicketQuery &query);
    /// Turns typed words into an FTS5 query: every word must match as a prefix.
    /// Empty when nothing searchable was typed.
    static QString ftsExpression(const QString &typed);
};

} // namespace Frontline
