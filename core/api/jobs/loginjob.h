// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `POST /apikeys/_login`: trades login and password (and a 2FA code) for a personal API
/// key (section 2.2). 201 gives the key, its id and the agent's id; 403/401 are wrong
/// credentials or a blocked address; 424/425 (or their 2xx quirk bodies) ask for a 2FA code
/// or reject it; 429 is the login rate limit. Never sends an existing key; never retried
/// on an unknown outcome.
class LoginJob final : public ObjectJob<ApiKey>
{
public:
    explicit LoginJob(const ApiKeyLogin &login);
    const std::optional<ApiKey> &apiKey() const { return result(); }

protected:
    std::optional<ApiError> errorInSuccessBody(const QByteArray &body) override;
    void refineError(ApiError &error) const override;
};

} // namespace Frontline
