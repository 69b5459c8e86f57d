// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `GET /tickets/{id}/sla`: the ticket's SLA due instants.
class GetTicketSlaJob final : public ObjectJob<TicketSla>
{
public:
    explicit GetTicketSlaJob(const QString &ticketId);
    const std::optional<TicketSla> &ticketSla() const { return result(); }
};

} // namespace Frontline
