// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/objectjob.h"

namespace Frontline {

/// `GET /tickets/{id}`: one ticket.
class GetTicketJob final : public ObjectJob<Ticket>
{
public:
    explicit GetTicketJob(const QString &ticketId);
    const std::optional<Ticket> &ticket() const { return result(); }
};

} // namespace Frontline
