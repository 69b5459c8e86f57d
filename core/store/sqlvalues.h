// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QVariant>

/// Conversions between domain values and SQLite columns, used by every part of the store.
namespace Frontline::SqlValues {

/// Instants are INTEGER seconds since the epoch (UTC); NULL when invalid.
inline QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime instant(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

/// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Id lists as ",a,b," so a LIKE '%,id,%' test needs no JSON.
inline QString idList(const QStringList &ids)
{
    return ids.isEmpty() ? QString() : u',' + ids.join(u',') + u',';
}

inline QStringList idList(const QVariant &v)
{
    return v.toString().split(u',', Qt::SkipEmptyParts);
}

} // namespace Frontline::SqlValues
