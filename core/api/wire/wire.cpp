// SPDX-License-Identifier: GPL-3.0-or-later
// Whole bodies: parsing the top level, and the v3 `ErrorResponse` (section 3).
#include "wire.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

namespace {

Decoded<QJsonDocument> parse(const QByteArray &body)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return DecodeError{QString(),
                           QStringLiteral("malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString())};
    }
    return doc;
}

} // namespace

Decoded<QJsonObject> parseObject(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return DecodeError{QString(), QStringLiteral("expected a JSON object at the top level")};
    return doc->object();
}

Decoded<QJsonArray> parseArray(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return DecodeError{QString(), QStringLiteral("expected a JSON array at the top level")};
    return doc->array();
}

QString decodeErrorMessage(const QJsonObject &o)
{
    return o.value("message"_L1).toString();
}

QJsonObject encodeError(const QString &message)
{
    return QJsonObject{{"message"_L1, message}};
}

} // namespace Frontline::Wire
