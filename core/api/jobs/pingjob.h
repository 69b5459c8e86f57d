// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"

namespace Frontline {

/// `GET /ping`: is there a LiveAgent v3 API at this address (section 6.1)? The key is sent
/// when there is one. A 404 or a body that is not a JSON object means "not a LiveAgent
/// server" (kind Decode), which the login dialog shows as such.
class PingJob final : public ApiJob
{
public:
    PingJob();

protected:
    std::optional<DecodeError> decode(const QByteArray &body) override;
    void refineError(ApiError &error) const override;
};

} // namespace Frontline
