// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/wire/filter.h"
#include "logic/apierror.h"
#include "server/httprequest.h"

#include <QJsonArray>
#include <QString>

namespace Frontline::Sandbox {

/// The common list parameters of contract 5.1: `_page`/`_perPage` or `_from`/`_to`,
/// `_sortField`/`_sortDir` and `_filters`. Bad values are a 400 naming the parameter.
struct ListParams
{
    int offset = 0;
    int limit = 10;
    QString sortField;
    bool descending = false;
    Filter filter;

    static constexpr int maxPerPage = 1000;

    static Result<ListParams> parse(const HttpRequest &request);

    /// Filters, sorts and pages a small list of encoded objects in memory (agents, devices,
    /// tags...): the same operators on the objects' own fields.
    Result<QJsonArray> apply(const QJsonArray &items) const;
};

} // namespace Frontline::Sandbox
