// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /tickets` with paging, sorting and `_filters` (sections 5 and 11.5).
class ListTicketsJob final : public ListJob<Ticket>
{
public:
    explicit ListTicketsJob(const ListQuery &query = {});
    const QList<Ticket> &tickets() const { return items(); }
};

} // namespace Frontline
