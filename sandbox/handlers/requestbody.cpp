// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbody.h"

#include "api/wire/wire.h"

namespace Frontline::Sandbox {

Result<QJsonObject> RequestBody::object(const HttpRequest &request)
{
    if (request.isForm()) {
        QJsonObject o;
        for (const auto &[key, value] : request.formFields())
            o.insert(key, value);
        return o;
    }
    if (request.body.trimmed().isEmpty())
        return ApiError{400, QStringLiteral("the request needs a JSON object as its body")};
    auto parsed = Wire::parseObject(request.body);
    if (!parsed)
        return ApiError{400, QStringLiteral("body: ") + parsed.error().problem};
    return *parsed;
}

Result<qint64> RequestBody::integerId(const QString &text, const QString &name)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return ApiError{400, QStringLiteral("%1: '%2' is not a number").arg(name, text.left(40))};
    return id;
}

} // namespace Frontline::Sandbox
