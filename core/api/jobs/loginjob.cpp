// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

LoginJob::LoginJob(const ApiKeyLogin &login)
    : ObjectJob<ApiKey>(Verb::Post, u"/apikeys/_login"_s, Wire::decodeApiKey)
{
    setAuth(Auth::None);
    setJsonBody(Wire::encodeApiKeyLogin(login));
}

std::optional<ApiError> LoginJob::errorInSuccessBody(const QByteArray &body)
{
    // Some servers answer 2xx with only a message instead of 424/425 (the [APP] quirk).
    auto object = Wire::parseObject(body);
    if (!object || object->contains("key"_L1))
        return std::nullopt;
    const QString message = Wire::decodeErrorMessage(*object);
    if (!message.contains(u"two-factor", Qt::CaseInsensitive))
        return std::nullopt;
    const bool invalid =
            message.contains(u"invalid", Qt::CaseInsensitive) || message.contains(u"wrong", Qt::CaseInsensitive);
    ApiError e(invalid ? ApiError::Kind::TwoFactorInvalid : ApiError::Kind::TwoFactorRequired);
    e.setServerMessage(message);
    return e;
}

void LoginJob::refineError(ApiError &error) const
{
    // On this call 403 means wrong login or password, not a refused key; 401 is a blocked
    // IP address, which the server's own message explains.
    if (error.httpStatus() == 403)
        error.setKind(ApiError::Kind::InvalidCredentials);
    else if (error.httpStatus() == 401)
        error.setKind(ApiError::Kind::Forbidden);
}

} // namespace Frontline
