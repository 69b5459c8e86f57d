// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiretime.h"

#include <QTimeZone>

namespace Frontline::WireTime {

namespace {

bool isNullDate(const QString &text)
{
    return text.isEmpty() || text.startsWith(u"0000-00-00");
}

} // namespace

std::optional<QDateTime> parseInstant(const QString &raw)
{
    const QString text = raw.trimmed();
    if (isNullDate(text))
        return QDateTime();

    // The common, fast case: "YYYY-MM-DD HH:MM:SS" (naive, UTC by our choice).
    if (text.size() == 19 && text.at(10) == u' ') {
        QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!dt.isValid())
            return std::nullopt;
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }

    // ISO-8601 with 'T', with or without fractional seconds, 'Z' or an offset.
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no zone given: UTC, as for the naive form
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString formatInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<QDate> parseDate(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.size() < 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    if (text.size() > 10 && !parseInstant(text))
        return std::nullopt;
    return date;
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace Frontline::WireTime
