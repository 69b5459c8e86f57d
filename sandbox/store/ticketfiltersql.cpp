// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfiltersql.h"

#include "api/wire/wiretime.h"

#include <QRegularExpression>

namespace Frontline::Sandbox {

namespace {

enum class FieldKind { Text, Contains, Date, Tags, Search };

std::optional<FieldKind> kindOf(const QString &field)
{
    static const QHash<QString, FieldKind> fields{
            {QStringLiteral("status"), FieldKind::Text},          {QStringLiteral("agentid"), FieldKind::Text},
            {QStringLiteral("departmentid"), FieldKind::Text},    {QStringLiteral("channel_type"), FieldKind::Text},
            {QStringLiteral("owner_contactid"), FieldKind::Text}, {QStringLiteral("subject"), FieldKind::Contains},
            {QStringLiteral("date_created"), FieldKind::Date},    {QStringLiteral("date_changed"), FieldKind::Date},
            {QStringLiteral("date_resolved"), FieldKind::Date},   {QStringLiteral("date_due"), FieldKind::Date},
            {QStringLiteral("last_activity"), FieldKind::Date},   {QStringLiteral("tags"), FieldKind::Tags},
            {QStringLiteral("search"), FieldKind::Search},
    };
    const auto it = fields.constFind(field);
    if (it == fields.cend())
        return std::nullopt;
    return *it;
}

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString jsonList(const QStringList &values)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString v = values.at(i);
        v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        out += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + v + u'"';
    }
    return out + u']';
}

// The period of a `DP` code, [from, to), in UTC.
std::optional<std::pair<QDateTime, QDateTime>> period(const QString &code, const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    auto at = [](QDate d) { return QDateTime(d, QTime(0, 0), Qt::UTC); };
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const QDate firstOfYear(today.year(), 1, 1);
    if (code == u"T")
        return std::pair(at(today), at(today.addDays(1)));
    if (code == u"Y")
        return std::pair(at(today.addDays(-1)), at(today));
    if (code == u"TW")
        return std::pair(at(monday), at(monday.addDays(7)));
    if (code == u"LW")
        return std::pair(at(monday.addDays(-7)), at(monday));
    if (code == u"TM")
        return std::pair(at(firstOfMonth), at(firstOfMonth.addMonths(1)));
    if (code == u"LM")
        return std::pair(at(firstOfMonth.addMonths(-1)), at(firstOfMonth));
    if (code == u"TY")
        return std::pair(at(firstOfYear), at(firstOfYear.addYears(1)));
    if (code == u"LY")
        return std::pair(at(firstOfYear.addYears(-1)), at(firstOfYear));
    return std::nullopt;
}

const QString searchSubquery =
        QStringLiteral("t.seq IN (SELECT g.ticket_seq FROM message_search s JOIN messages m ON m.id = s.rowid"
                       " JOIN message_groups g ON g.id = m.group_id WHERE message_search MATCH ?)");

} // namespace

std::optional<QDateTime> TicketFilterSql::parseDate(const QString &text)
{
    static const QRegularExpression loose(
            QStringLiteral(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*$)"));
    const QRegularExpressionMatch m = loose.match(text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, Qt::UTC);
    }
    const auto instant = WireTime::parseInstant(text);
    if (!instant || !instant->isValid())
        return std::nullopt;
    return *instant;
}

std::optional<QString> TicketFilterSql::sortColumn(const QString &field)
{
    static const QStringList sortable{
            QStringLiteral("id"),           QStringLiteral("code"),
            QStringLiteral("subject"),      QStringLiteral("status"),
            QStringLiteral("departmentid"), QStringLiteral("agentid"),
            QStringLiteral("channel_type"), QStringLiteral("date_created"),
            QStringLiteral("date_changed"), QStringLiteral("date_resolved"),
            QStringLiteral("date_due"),     QStringLiteral("last_activity"),
            QStringLiteral("owner_name"),   QStringLiteral("owner_email"),
    };
    if (!sortable.contains(field))
        return std::nullopt;
    return QStringLiteral("t.") + field;
}

Expected<SqlCondition, QString> TicketFilterSql::translate(const Filter &filter, const QDateTime &now)
{
    QStringList clauses;
    QVariantList args;
    const QList<FilterCondition> &conditions = filter.conditions();
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const FilterCondition &c = conditions.at(i);
        const QString where = QStringLiteral("_filters[%1]").arg(i);
        const auto kind = kindOf(c.field);
        if (!kind) {
            return QStringLiteral("%1[0]: tickets cannot be filtered by '%2'").arg(where, c.field);
        }
        const QString column = QStringLiteral("t.") + c.field;
        const QString &op = c.op;
        auto badOperator = [&]() -> QString {
            return QStringLiteral("%1[1]: operator '%2' cannot be used on '%3'").arg(where, op, c.field);
        };

        switch (*kind) {
        case FieldKind::Text:
        case FieldKind::Contains: {
            const bool contains = *kind == FieldKind::Contains;
            if (op == u"IE" || op == u"INE") {
                clauses.append(column + (op == u"IE" ? QStringLiteral(" = ''") : QStringLiteral(" <> ''")));
            } else if (op == u"L" || op == u"NL" || (contains && (op == u"E" || op == u"NE"))) {
                const bool negate = op == u"NL" || op == u"NE";
                clauses.append(
                        column
                        + (negate ? QStringLiteral(" NOT LIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'")));
                args.append(likePattern(c.value));
            } else if (op == u"E" || op == u"NE") {
                clauses.append(column + (op == u"E" ? QStringLiteral(" = ?") : QStringLiteral(" <> ?")));
                args.append(c.value);
            } else if (contains && (op == u"IN" || op == u"CY" || op == u"NI")) {
                QStringList any;
                for (const QString &v : c.values()) {
                    any.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
                    args.append(likePattern(v));
                }
                const QString joined =
                        any.isEmpty() ? QStringLiteral("0") : u'(' + any.join(QStringLiteral(" OR ")) + u')';
                clauses.append(op == u"NI" ? QStringLiteral("NOT ") + joined : joined);
            } else if ((op == u"IN" || op == u"CY" || op == u"NI") && c.values().size() == 1) {
                // One value (the sync's "agentid IN me"): a plain comparison lets SQLite walk an
                // index in the requested order instead of sorting every match.
                clauses.append(column + (op == u"NI" ? QStringLiteral(" <> ?") : QStringLiteral(" = ?")));
                args.append(c.values().constFirst());
            } else if (op == u"IN" || op == u"CY" || op == u"NI") {
                clauses.append(column
                               + (op == u"NI" ? QStringLiteral(" NOT IN (SELECT value FROM json_each(?))")
                                              : QStringLiteral(" IN (SELECT value FROM json_each(?))")));
                args.append(jsonList(c.values()));
            } else {
                return badOperator();
            }
            break;
        }
        case FieldKind::Date: {
            if (op == u"IE" || op == u"INE") {
                clauses.append(column + (op == u"IE" ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL")));
            } else if (op == u"DP") {
                const auto range = period(c.value.trimmed(), now);
                if (!range)
                    return QStringLiteral("%1[2]: unknown period '%2' (known: T, Y, TW, LW, TM, LM, TY, LY)")
                            .arg(where, c.value);
                clauses.append(column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"));
                args << range->first.toSecsSinceEpoch() << range->second.toSecsSinceEpoch();
            } else if (op == u"D>" || op == u"D<" || op == u"D>=" || op == u"D<=" || op == u"E" || op == u"NE") {
                const auto instant = parseDate(c.value);
                if (!instant)
                    return QStringLiteral("%1[2]: '%2' is not a date 'YYYY-MM-DD HH:MM:SS'").arg(where, c.value);
                const QString sqlOp = op == u"E" ? QStringLiteral("=") : op == u"NE" ? QStringLiteral("<>") : op.mid(1);
                clauses.append(column + u' ' + sqlOp + QStringLiteral(" ?"));
                args.append(instant->toSecsSinceEpoch());
            } else {
                return badOperator();
            }
            break;
        }
        case FieldKind::Tags: {
            const QString has = QStringLiteral("t.seq IN (SELECT ticket_seq FROM ticket_tags WHERE tag_id IN"
                                               " (SELECT value FROM json_each(?)))");
            if (op == u"IE" || op == u"INE") {
                clauses.append(op == u"IE" ? QStringLiteral("t.tags = ''") : QStringLiteral("t.tags <> ''"));
            } else if (op == u"E" || op == u"IN" || op == u"CY") {
                clauses.append(has);
                args.append(jsonList(op == u"E" ? QStringList{c.value} : c.values()));
            } else if (op == u"NE" || op == u"NI") {
                clauses.append(QStringLiteral("NOT ") + has);
                args.append(jsonList(op == u"NE" ? QStringList{c.value} : c.values()));
            } else if (op == u"L" || op == u"NL") {
                clauses.append(QStringLiteral("t.tags")
                               + (op == u"NL" ? QStringLiteral(" NOT LIKE ? ESCAPE '\\'")
                                              : QStringLiteral(" LIKE ? ESCAPE '\\'")));
                args.append(likePattern(c.value));
            } else {
                return badOperator();
            }
            break;
        }
        case FieldKind::Search: {
            if (op != u"E" && op != u"L")
                return badOperator();
            static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                                       QRegularExpression::UseUnicodePropertiesOption);
            const QStringList words = c.value.toLower().split(separators, Qt::SkipEmptyParts);
            for (const QString &word : words) {
                clauses.append(QStringLiteral("(t.search_head LIKE ? ESCAPE '\\' OR ") + searchSubquery + u')');
                args << likePattern(word) << QString(u'"' + word + QStringLiteral("\"*"));
            }
            break;
        }
        }
    }
    SqlCondition out;
    if (!clauses.isEmpty())
        out.sql = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    out.args = args;
    return out;
}

} // namespace Frontline::Sandbox
