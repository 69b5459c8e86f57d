// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"

namespace Frontline {

/// `POST /agents/{id}/_pause` (section 6.2). Pausing twice is the same as once, so unlike
/// other POSTs it is retried like an idempotent call.
class PauseAgentJob final : public ApiJob
{
public:
    explicit PauseAgentJob(const QString &agentId);
};

} // namespace Frontline
