// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketquery.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace Frontline {

/// The FROM, WHERE and ORDER BY of a TicketQuery over `tickets t`, with its bound values in
/// order. Every order is a list of NOT NULL key columns ending with the rowid, matching an
/// index, so listing needs no sort and the position of a row can be counted.
///
/// A search reads the full-text matches from `temp.search_hits` (one `id` column, the tickets'
/// rowids), which TicketCache fills once per search text: from a few matches the list is read
/// by looking each of them up; from many, by walking the list's index and looking each ticket
/// up in them (over 100,000 tickets both stay under 10 ms around the threshold). Either way a search lists at most `limit` tickets, the first in the list's order:
/// counting tens of thousands of matches costs more than a keystroke may, and nobody scrolls
/// through them rather than typing another word.
struct TicketQuerySql
{
    static constexpr int kSearchLimit = 1000;
    static constexpr int kLookUpMatchesUpTo = 2000;

    struct OrderKey
    {
        QString column;
        bool descending = false;
    };

    QString from = QStringLiteral("tickets t");
    QString where;
    QVariantList values;
    QList<OrderKey> orderKeys; // the last one is t.rowid
    int limit = -1; // most rows the query lists; -1: all

    /// `searchMatches`: how many tickets temp.search_hits holds for query.search.
    static TicketQuerySql build(const TicketQuery &query, int searchMatches = 0);
    /// Turns typed words into an FTS5 query: every word must match (as a prefix of a word
    /// of the ticket, or `asPrefixes` false, a whole word). Empty when nothing searchable was typed.
    static QString ftsExpression(const QString &typed, bool asPrefixes = true);

    QString orderBy() const;
    QString keyColumns() const;
    /// A condition true for the rows that sort before a row with these key values, and its values.
    std::pair<QString, QVariantList> before(const QVariantList &keyValues) const;
};

} // namespace Frontline
