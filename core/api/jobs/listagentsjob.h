// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /agents`: the agents of the account (section 6.2).
class ListAgentsJob final : public ListJob<Agent>
{
public:
    explicit ListAgentsJob(const ListQuery &query = {});
    const QList<Agent> &agents() const { return items(); }
};

} // namespace Frontline
