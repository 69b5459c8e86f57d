// SPDX-License-Identifier: GPL-3.0-or-later
#include "getticketslajob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

GetTicketSlaJob::GetTicketSlaJob(const QString &ticketId)
    : ObjectJob<TicketSla>(Verb::Get, u"/tickets/"_s + encodeSegment(ticketId) + u"/sla"_s, Wire::decodeTicketSla)
{ }

} // namespace Frontline
