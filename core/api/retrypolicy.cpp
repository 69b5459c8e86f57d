// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Frontline {

std::chrono::milliseconds RetryPolicy::backoffDelay(int retry, double random01) const
{
    const double exponent = std::clamp(retry - 1, 0, 30);
    const double raw = std::min(double(baseDelay.count()) * std::pow(2.0, exponent), double(maxDelay.count()));
    const double j = std::clamp(jitter, 0.0, 1.0);
    const double factor = 1.0 - j + 2.0 * j * std::clamp(random01, 0.0, 1.0);
    const double scaled = std::min(raw * factor, double(maxDelay.count()));
    return std::chrono::milliseconds(qint64(std::max(0.0, scaled)));
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    // The weekday is redundant and QLocale would check it against the two-digit year of
    // RFC 850 read as 19xx, so it is dropped before parsing.
    const qsizetype comma = text.indexOf(u',');
    QStringList formats;
    if (comma >= 0) {
        text = text.mid(comma + 1).trimmed();
        formats = {u"d MMM yyyy HH:mm:ss 'GMT'"_s, u"d-MMM-yy HH:mm:ss 'GMT'"_s}; // IMF-fixdate, RFC 850
    } else {
        text = text.section(u' ', 1);
        formats = {u"MMM d HH:mm:ss yyyy"_s}; // asctime (simplified() folded its double space)
    }
    // Always English names and GMT (RFC 9110 5.6.7), so parse with the C locale.
    const QLocale c = QLocale::c();
    for (const QString &format : std::as_const(formats)) {
        QDateTime dt = c.toDateTime(text, format);
        if (!dt.isValid())
            continue;
        if (dt.date().year() < 1970)
            dt = dt.addYears(100); // the two-digit years of RFC 850 ("94" is 1994, "30" 2030)
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }
    return {};
}

std::optional<std::chrono::seconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds(seconds));
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid() || !now.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    p.maxRateLimitRetries = 0;
    return p;
}

} // namespace Frontline
