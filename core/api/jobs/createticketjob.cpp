// SPDX-License-Identifier: GPL-3.0-or-later
#include "createticketjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

CreateTicketJob::CreateTicketJob(const NewTicket &newTicket)
    : ObjectJob<Ticket>(Verb::Post, u"/tickets"_s, Wire::decodeTicketInformation)
{
    setJsonBody(Wire::encodeNewTicket(newTicket));
}

} // namespace Frontline
