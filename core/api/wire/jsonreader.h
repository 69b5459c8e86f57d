// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodeerror.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Frontline {

/// Reads the fields of one JSON object and remembers the first structural problem, naming
/// the field by its path ("tickets[3].date_created"). Missing or null optional fields give
/// defaults; a string field sent as a number is accepted (ids are sometimes numeric), but an
/// object or array where a scalar belongs is an error.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path);

    QString string(QLatin1StringView key, bool required = false);
    QDateTime instant(QLatin1StringView key, bool required = false);
    QStringList stringList(QLatin1StringView key);
    qint64 integer(QLatin1StringView key, qint64 fallback = 0);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    bool boolean(QLatin1StringView key, bool fallback = false);
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    bool has(QLatin1StringView key) const;

    QString fieldPath(QLatin1StringView key) const;
    void fail(QLatin1StringView key, const QString &problem);

    bool ok() const { return !m_error.has_value(); }
    const DecodeError &error() const { return *m_error; }

private:
    QJsonValue valueOf(QLatin1StringView key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

} // namespace Frontline
