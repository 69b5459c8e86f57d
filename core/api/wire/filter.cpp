// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Frontline {

namespace {

QString scalarToString(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    *ok = false;
    return {};
}

} // namespace

QStringList FilterCondition::values() const
{
    QStringList out = value.split(u',', Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.trimmed();
    return out;
}

Filter &Filter::add(const QString &field, const QString &op, const QString &value)
{
    m_conditions.append(FilterCondition{field, op, value});
    return *this;
}

Filter &Filter::in(const QString &field, const QStringList &values)
{
    return add(field, QStringLiteral("IN"), values.join(u','));
}

const QStringList &Filter::knownOperators()
{
    static const QStringList ops{
            QStringLiteral("L"),   QStringLiteral("NL"), QStringLiteral("E"),  QStringLiteral("NE"),
            QStringLiteral("CY"),  QStringLiteral("IN"), QStringLiteral("NI"), QStringLiteral("IE"),
            QStringLiteral("INE"), QStringLiteral("D>"), QStringLiteral("D<"), QStringLiteral("D>="),
            QStringLiteral("D<="), QStringLiteral("DP"),
    };
    return ops;
}

QByteArray Filter::toJson() const
{
    QJsonArray array;
    for (const FilterCondition &c : m_conditions)
        array.append(QJsonArray{c.field, c.op, c.value});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Expected<Filter, DecodeError> Filter::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return DecodeError{QString(), QStringLiteral("_filters is not valid JSON: %1").arg(error.errorString())};

    Filter filter;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            const QString value = scalarToString(it.value(), &ok);
            if (!ok)
                return DecodeError{it.key(), QStringLiteral("a simple filter value must be a string or number")};
            filter.add(it.key(), QStringLiteral("E"), value);
        }
        return filter;
    }
    if (!doc.isArray())
        return DecodeError{QString(),
                           QStringLiteral("_filters must be an object or an array of [field, operator, value]")};

    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isArray())
            return DecodeError{where, QStringLiteral("a condition must be an array [field, operator, value]")};
        const QJsonArray triple = array.at(i).toArray();
        if (triple.size() != 3)
            return DecodeError{where, QStringLiteral("a condition needs exactly 3 items, got %1").arg(triple.size())};
        if (!triple.at(0).isString() || triple.at(0).toString().isEmpty())
            return DecodeError{where + QStringLiteral("[0]"), QStringLiteral("the field must be a non-empty string")};
        if (!triple.at(1).isString() || !knownOperators().contains(triple.at(1).toString()))
            return DecodeError{where + QStringLiteral("[1]"),
                               QStringLiteral("unknown operator '%1'").arg(triple.at(1).toVariant().toString())};
        bool ok = false;
        const QString value = scalarToString(triple.at(2), &ok);
        if (!ok)
            return DecodeError{where + QStringLiteral("[2]"), QStringLiteral("the value must be a string or number")};
        filter.add(triple.at(0).toString(), triple.at(1).toString(), value);
    }
    return filter;
}

} // namespace Frontline
