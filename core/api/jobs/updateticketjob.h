// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `PUT /tickets/{id}` with only the fields that are set: assign, transfer, status (section 6.4).
class UpdateTicketJob final : public ObjectJob<Ticket>
{
public:
    UpdateTicketJob(const QString &ticketId, const TicketUpdate &update);
    const std::optional<Ticket> &ticket() const { return result(); }
};

} // namespace Frontline
