// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateticketjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

UpdateTicketJob::UpdateTicketJob(const QString &ticketId, const TicketUpdate &update)
    : ObjectJob<Ticket>(Verb::Put, u"/tickets/"_s + encodeSegment(ticketId), Wire::decodeTicket, true)
{
    setJsonBody(Wire::encodeTicketUpdate(update));
}

} // namespace Frontline
