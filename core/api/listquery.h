// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wire/filter.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Frontline {

/// Paging, sorting and `_filters` of a v3 list call (contract section 5.1). Unset fields are
/// not sent, so the server's defaults apply (page 1, 10 per page: callers that want
/// everything page through with perPage 100).
struct ListQuery
{
    enum class SortDirection {
        Ascending,
        Descending,
    };

    std::optional<int> page; // _page, from 1
    std::optional<int> perPage; // _perPage
    std::optional<int> from; // _from: an offset; wins over _page on the server
    std::optional<int> to; // _to, with _from
    QString sortField; // _sortField
    std::optional<SortDirection> sortDirection; // _sortDir
    Filter filters; // _filters (advanced form)

    static ListQuery pageOf(int page, int perPage);
    static ListQuery range(int from, int to);
    ListQuery &sortedBy(const QString &field, SortDirection direction);
    ListQuery &filteredBy(const Filter &filter);

    /// The query parameters, in a stable order, values not yet URL-encoded.
    QList<std::pair<QString, QString>> queryItems() const;

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

} // namespace Frontline
