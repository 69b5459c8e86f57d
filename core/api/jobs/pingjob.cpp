// SPDX-License-Identifier: GPL-3.0-or-later
#include "pingjob.h"

#include "api/wire/wire.h"

using namespace Qt::StringLiterals;

namespace Frontline {

PingJob::PingJob()
    : ApiJob(Verb::Get, u"/ping"_s)
{
    setAuth(Auth::Optional);
}

std::optional<DecodeError> PingJob::decode(const QByteArray &body)
{
    // LiveAgent answers `{}` (OkResponse); a web page or a proxy's answer is not an object.
    auto object = Wire::parseObject(body);
    if (!object)
        return object.error();
    return std::nullopt;
}

void PingJob::refineError(ApiError &error) const
{
    if (error.kind() == ApiError::Kind::NotFound) {
        const int status = error.httpStatus();
        error = ApiError::fromDecodeError(DecodeError{{}, u"no LiveAgent API v3 at this address (HTTP 404)"_s}, status);
    }
}

} // namespace Frontline
