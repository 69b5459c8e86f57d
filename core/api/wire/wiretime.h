// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

/// How LiveAgent v3 writes instants and dates. Upstream leaves this open; these are the
/// choices of liveagent-api.md section 11.1, kept in this one place so they can be changed
/// after checking a live account.
namespace Frontline::WireTime {

/// `YYYY-MM-DD HH:MM:SS` in UTC; also ISO-8601 with `T` and `Z` or an offset. An empty
/// string or "0000-00-00 00:00:00" (a null date) gives an invalid QDateTime with ok = true.
std::optional<QDateTime> parseInstant(const QString &raw);

/// The form we send and the sandbox serves: `YYYY-MM-DD HH:MM:SS`, UTC.
QString formatInstant(const QDateTime &instant);

/// A holiday: `YYYY-MM-DD`; a datetime is cut to its date.
std::optional<QDate> parseDate(const QString &raw);
QString formatDate(const QDate &date);

} // namespace Frontline::WireTime
