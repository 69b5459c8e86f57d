// SPDX-License-Identifier: GPL-3.0-or-later
#include "listquery.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListQuery ListQuery::pageOf(int page, int perPage)
{
    ListQuery q;
    q.page = page;
    q.perPage = perPage;
    return q;
}

ListQuery ListQuery::range(int from, int to)
{
    ListQuery q;
    q.from = from;
    q.to = to;
    return q;
}

ListQuery &ListQuery::sortedBy(const QString &field, SortDirection direction)
{
    sortField = field;
    sortDirection = direction;
    return *this;
}

ListQuery &ListQuery::filteredBy(const Filter &filter)
{
    filters = filter;
    return *this;
}

QList<std::pair<QString, QString>> ListQuery::queryItems() const
{
    QList<std::pair<QString, QString>> items;
    if (from) {
        items.append({u"_from"_s, QString::number(*from)});
        if (to)
            items.append({u"_to"_s, QString::number(*to)});
    } else {
        if (page)
            items.append({u"_page"_s, QString::number(*page)});
        if (perPage)
            items.append({u"_perPage"_s, QString::number(*perPage)});
    }
    if (!sortField.isEmpty())
        items.append({u"_sortField"_s, sortField});
    if (sortDirection)
        items.append({u"_sortDir"_s, *sortDirection == SortDirection::Descending ? u"DESC"_s : u"ASC"_s});
    if (!filters.isEmpty())
        items.append({u"_filters"_s, QString::fromUtf8(filters.toJson())});
    return items;
}

} // namespace Frontline
