// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logic/apierror.h"
#include "server/httprequest.h"
#include "server/httpresponse.h"

#include <QJsonObject>

namespace Frontline::Sandbox {

/// Reading request bodies and turning refusals into v3 error responses.
class RequestBody
{
public:
    /// The JSON object of the body, or a 400 naming what is wrong with it. A form-encoded
    /// body is read as an object of strings (the 2020 clients sent some calls that way).
    static Result<QJsonObject> object(const HttpRequest &request);

    /// `{parameter}` of a path that must be a whole number (device ids).
    static Result<qint64> integerId(const QString &text, const QString &name);

    static HttpResponse error(const ApiError &error) { return HttpResponse::error(error.status, error.message); }
    static HttpResponse notFound(const QString &what)
    {
        return HttpResponse::error(404, what + QStringLiteral(" not found"));
    }
};

} // namespace Frontline::Sandbox
