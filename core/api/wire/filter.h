// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodeerror.h"
#include "domain/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Frontline {

/// One `[field, operator, value]` condition of LiveAgent's `_filters` (contract section 5.2).
/// List values are one comma-separated string ("N,C"); dates "YYYY-MM-DD HH:MM:SS".
struct FilterCondition
{
    QString field;
    QString op;
    QString value;

    QStringList values() const; // the comma-separated list, empty items dropped
    friend bool operator==(const FilterCondition &, const FilterCondition &) = default;
};

/// A conjunction of conditions: what `_filters` carries. The client builds it, the sandbox
/// parses it; both through this one codec.
class Filter
{
public:
    Filter &add(const QString &field, const QString &op, const QString &value);
    Filter &in(const QString &field, const QStringList &values);
    const QList<FilterCondition> &conditions() const { return m_conditions; }
    bool isEmpty() const { return m_conditions.isEmpty(); }

    /// The advanced (array) form, compact JSON, ready to be URL-encoded into `_filters`.
    QByteArray toJson() const;

    /// Accepts the simple form (`{"status":"N"}`, equality) and the advanced form
    /// (`[["status","IN","N,C"], ...]`). Unknown operators and malformed triples are errors
    /// naming the position ("[1][1]").
    static Expected<Filter, DecodeError> fromJson(const QByteArray &json);

    /// Operators of section 5.2 that Frontline and the sandbox know.
    static const QStringList &knownOperators();

    friend bool operator==(const Filter &, const Filter &) = default;

private:
    QList<FilterCondition> m_conditions;
};

} // namespace Frontline
