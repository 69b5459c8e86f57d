// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "wiretime.h"

#include <QJsonArray>

namespace Frontline {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberToString(double d)
{
    const auto asInt = static_cast<qint64>(d);
    if (double(asInt) == d)
        return QString::number(asInt);
    return QString::number(d, 'g', 17);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{ }

QString JsonReader::fieldPath(QLatin1StringView key) const
{
    if (m_path.isEmpty())
        return QString(key);
    return m_path + u'.' + key;
}

void JsonReader::fail(QLatin1StringView key, const QString &problem)
{
    if (!m_error)
        m_error = DecodeError{fieldPath(key), problem};
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::valueOf(QLatin1StringView key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if ((v.isUndefined() || v.isNull()) && required)
        fail(key, QStringLiteral("required field is missing"));
    return v;
}

QString JsonReader::string(QLatin1StringView key, bool required)
{
    const QJsonValue v = valueOf(key, required);
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return numberToString(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("Y") : QStringLiteral("N");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        fail(key, QStringLiteral("expected a string, got %1").arg(typeName(v)));
        return {};
    }
}

QDateTime JsonReader::instant(QLatin1StringView key, bool required)
{
    const QJsonValue v = valueOf(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isDouble()) // unix seconds, as the /grid rows carry them
        return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a date string, got %1").arg(typeName(v)));
        return {};
    }
    const auto parsed = WireTime::parseInstant(v.toString());
    if (!parsed) {
        fail(key, QStringLiteral("expected a date 'YYYY-MM-DD HH:MM:SS', got '%1'").arg(v.toString().left(40)));
        return {};
    }
    return *parsed;
}

QStringList JsonReader::stringList(QLatin1StringView key)
{
    const QJsonValue v = valueOf(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(typeName(v)));
        return {};
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString())
            out.append(item.toString());
        else if (item.isDouble())
            out.append(numberToString(item.toDouble()));
        else {
            if (!m_error)
                m_error = DecodeError{fieldPath(key) + QStringLiteral("[%1]").arg(i),
                                      QStringLiteral("expected a string, got %1").arg(typeName(item))};
            return {};
        }
    }
    return out;
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 fallback)
{
    return optionalInteger(key).value_or(fallback);
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key)
{
    const QJsonValue v = valueOf(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        if (v.toString().trimmed().isEmpty())
            return std::nullopt;
    }
    fail(key, QStringLiteral("expected an integer, got %1").arg(typeName(v)));
    return std::nullopt;
}

bool JsonReader::boolean(QLatin1StringView key, bool fallback)
{
    const QJsonValue v = valueOf(key, false);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString() == u"Y" || v.toString() == u"true" || v.toString() == u"1";
    if (v.isDouble())
        return v.toDouble() != 0;
    if (!v.isUndefined() && !v.isNull())
        fail(key, QStringLiteral("expected a boolean, got %1").arg(typeName(v)));
    return fallback;
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    const QJsonValue v = valueOf(key, false);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        fail(key, QStringLiteral("expected an object, got %1").arg(typeName(v)));
    return {};
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue v = valueOf(key, false);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        fail(key, QStringLiteral("expected an array, got %1").arg(typeName(v)));
    return {};
}

} // namespace Frontline
