// SPDX-License-Identifier: GPL-3.0-or-later
#include "listparams.h"

#include "store/ticketfiltersql.h"

#include <QJsonObject>

#include <algorithm>

namespace Frontline::Sandbox {

namespace {

Result<int> integerParam(const HttpRequest &request, QStringView name, int fallback, int min, int max)
{
    if (!request.hasQuery(name))
        return fallback;
    bool ok = false;
    const QString text = request.queryValue(name).trimmed();
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return ApiError{400,
                        QStringLiteral("%1: '%2' is not a whole number from %3 to %4")
                                .arg(name)
                                .arg(text.left(40))
                                .arg(min)
                                .arg(max)};
    return value;
}

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("Y") : QStringLiteral("N");
    return {};
}

bool matches(const QJsonValue &v, const FilterCondition &c)
{
    const QString &op = c.op;
    if (v.isArray()) { // list fields (agent_ids...): "contains"
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(scalar(item));
        if (op == u"IE")
            return items.isEmpty();
        if (op == u"INE")
            return !items.isEmpty();
        const QStringList wanted = (op == u"E" || op == u"NE") ? QStringList{c.value} : c.values();
        const bool any =
                std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) { return items.contains(w); });
        return (op == u"NE" || op == u"NI") ? !any : any;
    }
    const QString s = scalar(v);
    if (op == u"E")
        return s == c.value;
    if (op == u"NE")
        return s != c.value;
    if (op == u"IN" || op == u"CY")
        return c.values().contains(s);
    if (op == u"NI")
        return !c.values().contains(s);
    if (op == u"L")
        return s.contains(c.value, Qt::CaseInsensitive);
    if (op == u"NL")
        return !s.contains(c.value, Qt::CaseInsensitive);
    if (op == u"IE")
        return s.isEmpty();
    if (op == u"INE")
        return !s.isEmpty();
    const auto left = TicketFilterSql::parseDate(s);
    const auto right = TicketFilterSql::parseDate(c.value);
    if (!left || !right)
        return false;
    if (op == u"D>")
        return *left > *right;
    if (op == u"D<")
        return *left < *right;
    if (op == u"D>=")
        return *left >= *right;
    if (op == u"D<=")
        return *left <= *right;
    return false;
}

bool lessThan(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble();
    return QString::compare(scalar(a), scalar(b), Qt::CaseInsensitive) < 0;
}

} // namespace

Result<ListParams> ListParams::parse(const HttpRequest &request)
{
    ListParams p;
    auto page = integerParam(request, u"_page", 1, 1, 10'000'000);
    if (!page)
        return page.error();
    auto perPage = integerParam(request, u"_perPage", 10, 1, maxPerPage);
    if (!perPage)
        return perPage.error();
    p.limit = *perPage;
    p.offset = (*page - 1) * *perPage;
    if (request.hasQuery(u"_from")) {
        auto from = integerParam(request, u"_from", 0, 0, 100'000'000);
        if (!from)
            return from.error();
        auto to = integerParam(request, u"_to", 0, 0, 100'000'000);
        if (!to)
            return to.error();
        p.offset = *from;
        // `_to` is the end of the range, exclusive; without it a page of `_perPage` rows.
        if (*to > *from)
            p.limit = std::min(*to - *from, maxPerPage);
    }
    p.sortField = request.queryValue(u"_sortField").trimmed();
    const QString dir = request.queryValue(u"_sortDir").trimmed().toUpper();
    if (!dir.isEmpty() && dir != u"ASC" && dir != u"DESC")
        return ApiError{400, QStringLiteral("_sortDir: '%1' is neither ASC nor DESC").arg(dir.left(20))};
    p.descending = dir == u"DESC";
    const QString filters = request.queryValue(u"_filters");
    if (!filters.trimmed().isEmpty()) {
        auto filter = Filter::fromJson(filters.toUtf8());
        if (!filter)
            return ApiError{400,
                            QStringLiteral("_filters") + filter.error().field + QStringLiteral(": ")
                                    + filter.error().problem};
        p.filter = *filter;
    }
    return p;
}

Result<QJsonArray> ListParams::apply(const QJsonArray &items) const
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : items)
        rows.append(v.toObject());
    const QList<FilterCondition> &conditions = filter.conditions();
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const FilterCondition &c = conditions.at(i);
        const bool known =
                std::any_of(rows.cbegin(), rows.cend(), [&](const QJsonObject &o) { return o.contains(c.field); });
        if (!known && !rows.isEmpty())
            return ApiError{400, QStringLiteral("_filters[%1][0]: cannot filter by '%2'").arg(i).arg(c.field)};
        rows.removeIf([&](const QJsonObject &o) { return !matches(o.value(c.field), c); });
    }
    if (!sortField.isEmpty()) {
        const bool known = rows.isEmpty() || rows.constFirst().contains(sortField);
        if (!known)
            return ApiError{400, QStringLiteral("_sortField: cannot sort by '%1'").arg(sortField)};
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            return descending ? lessThan(b.value(sortField), a.value(sortField))
                              : lessThan(a.value(sortField), b.value(sortField));
        });
    } else if (descending) {
        std::reverse(rows.begin(), rows.end());
    }
    QJsonArray out;
    for (qsizetype i = offset; i < rows.size() && i < qsizetype(offset) + limit; ++i)
        out.append(rows.at(i));
    return out;
}

} // namespace Frontline::Sandbox
