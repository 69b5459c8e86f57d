// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `POST /tickets`: creates a new ticket (not a reply); answers `TicketInformation`.
class CreateTicketJob final : public ObjectJob<Ticket>
{
public:
    explicit CreateTicketJob(const NewTicket &newTicket);
    const std::optional<Ticket> &ticket() const { return result(); }
};

} // namespace Frontline
