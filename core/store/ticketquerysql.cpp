// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketquerysql.h"

#include "sqlvalues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

QString TicketQuerySql::ftsExpression(const QString &typed, bool asPrefixes)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w@.\\-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : typed.split(separators, Qt::SkipEmptyParts)) {
        QString w = word;
        w.remove(u'"');
        if (w.isEmpty())
            continue;
        terms.append(
                u'"' + w
                + (asPrefixes ? QStringLiteral("\"*") : QStringLiteral("\""))); // quoted: '-', '.', '@' are literal
    }
    return terms.join(u' ');
}

TicketQuerySql TicketQuerySql::build(const TicketQuery &query, int searchMatches)
{
    TicketQuerySql sql;
    QStringList conditions;
    const QString departments =
            query.myDepartmentIds.isEmpty() ? QStringLiteral("NULL") : placeholders(query.myDepartmentIds.size());
    auto addDepartments = [&] {
        for (const QString &d : query.myDepartmentIds)
            sql.values.append(d);
    };

    switch (query.queue) {
    case TicketQuery::Queue::Mine:
        conditions << QStringLiteral("t.active = 1 AND t.agent_id = ?");
        sql.values << query.meId;
        break;
    case TicketQuery::Queue::Unassigned:
        conditions << QStringLiteral("t.active = 1 AND t.agent_id = '' AND t.department_id IN (%1)").arg(departments);
        addDepartments();
        break;
    case TicketQuery::Queue::Overdue:
        // Each branch complete, so that each is a range of its own index (mine, then the
        // departments' unassigned) and only overdue entries are read; due_key < now is
        // date_due < now (tickets without a deadline have the largest key).
        conditions << QStringLiteral("((t.agent_id = ? AND t.active = 1 AND t.due_key < ?) OR (t.department_id IN "
                                     "(%1) AND t.agent_id = '' AND t.active = 1 AND t.due_key < ?))")
                              .arg(departments);
        sql.values << query.meId << SqlValues::instant(query.now);
        addDepartments();
        sql.values << SqlValues::instant(query.now);
        break;
    case TicketQuery::Queue::AllOpen:
        // Mine and my departments': a ticket transferred elsewhere leaves the list.
        conditions << QStringLiteral("t.active = 1 AND (t.agent_id = ? OR t.department_id IN (%1))").arg(departments);
        sql.values << query.meId;
        addDepartments();
        break;
    case TicketQuery::Queue::RecentlyResolved:
        // Resolving changes a ticket, so date_changed >= date_resolved: the first condition, on
        // the date_changed index, only narrows what the exact one checks (39 ms -> 2 ms).
        conditions << QStringLiteral("t.date_changed >= ? AND t.active = 0 AND t.status IN ('R', 'L') AND "
                                     "coalesce(t.date_resolved, t.date_changed) >= ? AND (t.agent_id = ? OR "
                                     "t.department_id IN (%1))")
                              .arg(departments);
        sql.values << SqlValues::instant(query.resolvedSince) << SqlValues::instant(query.resolvedSince) << query.meId;
        addDepartments();
        break;
    }

    if (!ftsExpression(query.search).isEmpty()) {
        sql.limit = kSearchLimit;
        // Few matches: each looked up by rowid, the few rows sorted; NOT INDEXED, or without
        // statistics SQLite may walk an index of the list instead. (Not a join: SQLite 3.40 puts
        // a Bloom filter on `tickets` for it, a scan of the whole table, 27 ms at 100,000.)
        // Many: the list's own index walked in order, each entry looked up in the matches (the
        // unary + keeps the rowid from being used as the index), until enough are found.
        if (searchMatches <= kLookUpMatchesUpTo) {
            sql.from = QStringLiteral("tickets t NOT INDEXED"); // the rowid is still looked up
            conditions << QStringLiteral("t.rowid IN temp.search_hits");
        } else
            conditions << QStringLiteral("+t.rowid IN temp.search_hits");
    }
    sql.where = conditions.join(QStringLiteral(" AND "));

    using Key = OrderKey;
    switch (query.sort) {
    case TicketQuery::Sort::SlaDue:
        sql.orderKeys = {Key{u"t.due_key"_s}};
        break;
    case TicketQuery::Sort::OldestFirst:
        sql.orderKeys = {Key{u"t.created_key"_s}};
        break;
    case TicketQuery::Sort::NewestFirst:
        sql.orderKeys = {Key{u"t.created_key"_s, true}};
        break;
    case TicketQuery::Sort::LastActivity:
        sql.orderKeys = {Key{u"t.activity_key"_s, true}};
        break;
    case TicketQuery::Sort::EasiestFirst:
        sql.orderKeys = {Key{u"t.message_count"_s}, Key{u"t.text_length"_s}, Key{u"t.created_key"_s}};
        break;
    case TicketQuery::Sort::VipFirst:
        sql.orderKeys = {Key{u"t.vip"_s, true}, Key{u"t.due_key"_s}};
        break;
    }
    // Ties break on insertion order, in the direction of the last key (an index walk).
    sql.orderKeys.append(Key{u"t.rowid"_s, sql.orderKeys.last().descending});
    return sql;
}

QString TicketQuerySql::orderBy() const
{
    QStringList parts;
    for (const OrderKey &k : orderKeys)
        parts.append(k.descending ? k.column + u" DESC"_s : k.column);
    return parts.join(u", "_s);
}

QString TicketQuerySql::keyColumns() const
{
    QStringList parts;
    for (const OrderKey &k : orderKeys)
        parts.append(k.column);
    return parts.join(u", "_s);
}

std::pair<QString, QVariantList> TicketQuerySql::before(const QVariantList &keyValues) const
{
    // (k1 before v1) OR (k1 = v1 AND k2 before v2) OR … — lexicographic, per-key direction.
    QStringList alternatives;
    QVariantList values;
    for (int i = 0; i < orderKeys.size(); ++i) {
        QStringList conjunction;
        for (int j = 0; j < i; ++j) {
            conjunction.append(orderKeys.at(j).column + u" = ?"_s);
            values.append(keyValues.at(j));
        }
        conjunction.append(orderKeys.at(i).column + (orderKeys.at(i).descending ? u" > ?"_s : u" < ?"_s));
        values.append(keyValues.at(i));
        alternatives.append(u'(' + conjunction.join(u" AND "_s) + u')');
    }
    return {alternatives.join(u" OR "_s), values};
}

} // namespace Frontline
