// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketquerysql.h"

#include "sqlvalues.h"

#include <QRegularExpression>

namespace Frontline {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

QString TicketQuerySql::ftsExpression(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w@.\\-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : typed.split(separators, Qt::SkipEmptyParts)) {
        QString w = word;
        w.remove(u'"');
        if (w.isEmpty())
            continue;
        terms.append(u'"' + w + QStringLiteral("\"*")); // quoted: '-', '.', '@' are literal
    }
    return terms.join(u' ');
}

TicketQuerySql TicketQuerySql::build(const TicketQuery &query)
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
        conditions << QStringLiteral("t.active = 1 AND t.date_due < ? AND (t.agent_id = ? OR (t.agent_id = '' AND "
                                     "t.department_id IN (%1)))")
                              .arg(departments);
        sql.values << SqlValues::instant(query.now) << query.meId;
        addDepartments();
        break;
    case TicketQuery::Queue::AllOpen:
        conditions << QStringLiteral("t.active = 1");
        break;
    case TicketQuery::Queue::RecentlyResolved:
        conditions << QStringLiteral("t.active = 0 AND t.status IN ('R', 'L') AND coalesce(t.date_resolved, "
                                     "t.date_changed) >= ?");
        sql.values << SqlValues::instant(query.resolvedSince);
        break;
    }

    const QString fts = ftsExpression(query.search);
    if (!fts.isEmpty()) {
        conditions << QStringLiteral("t.rowid IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?)");
        sql.values << fts;
    }
    sql.where = conditions.join(QStringLiteral(" AND "));

    switch (query.sort) {
    case TicketQuery::Sort::SlaDue:
        sql.orderBy = QStringLiteral("t.date_due IS NULL, t.date_due, t.date_created");
        break;
    case TicketQuery::Sort::OldestFirst:
        sql.orderBy = QStringLiteral("t.date_created");
        break;
    case TicketQuery::Sort::NewestFirst:
        sql.orderBy = QStringLiteral("t.date_created DESC");
        break;
    case TicketQuery::Sort::LastActivity:
        sql.orderBy = QStringLiteral("t.last_activity DESC");
        break;
    case TicketQuery::Sort::EasiestFirst:
        sql.orderBy = QStringLiteral("t.message_count, t.text_length, t.date_created");
        break;
    case TicketQuery::Sort::VipFirst:
        sql.orderBy = QStringLiteral("t.vip DESC, t.date_due IS NULL, t.date_due");
        break;
    }
    sql.orderBy += QStringLiteral(", t.rowid");
    return sql;
}

} // namespace Frontline
