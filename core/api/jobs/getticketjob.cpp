// SPDX-License-Identifier: GPL-3.0-or-later
#include "getticketjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

GetTicketJob::GetTicketJob(const QString &ticketId)
    : ObjectJob<Ticket>(Verb::Get, u"/tickets/"_s + encodeSegment(ticketId), Wire::decodeTicket)
{ }

} // namespace Frontline
