// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/wire/filter.h"
#include "domain/expected.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Frontline::Sandbox {

/// A WHERE clause over `tickets t` with its positional arguments.
struct SqlCondition
{
    QString sql; // empty: no condition
    QVariantList args;
};

/// Translates the `_filters` of `GET /tickets` (contract section 5.2) into SQL: the fields of
/// the KB table plus `date_changed`, `last_activity`, `date_due`, `date_resolved`, and the
/// `search` full text over subject, customer and message bodies. Errors name the condition
/// ("_filters[1][1]: ...") so a 400 tells the client what to fix.
class TicketFilterSql
{
public:
    /// `now` anchors the `DP` periods (sandbox clock, UTC).
    static Expected<SqlCondition, QString> translate(const Filter &filter, const QDateTime &now);

    /// The column behind a `_sortField`, or nothing when the field cannot be sorted on.
    static std::optional<QString> sortColumn(const QString &field);

    /// Lenient date of a filter value: "YYYY-MM-DD HH:MM:SS" (also "2025-01-01 00:0:00" as in
    /// the KB's own example), a bare date, or ISO-8601.
    static std::optional<QDateTime> parseDate(const QString &text);
};

} // namespace Frontline::Sandbox
