// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /tickets/{id}/history`: who had the ticket, where, when.
class GetTicketHistoryJob final : public ListJob<TicketHistoryEntry>
{
public:
    explicit GetTicketHistoryJob(const QString &ticketId);
    const QList<TicketHistoryEntry> &history() const { return items(); }
};

} // namespace Frontline
