// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"

namespace Frontline {

/// `DELETE /apikeys/{id}`: withdraws the personal key made by login, on logout.
class DeleteApiKeyJob final : public ApiJob
{
public:
    explicit DeleteApiKeyJob(const QString &apiKeyId);
};

} // namespace Frontline
