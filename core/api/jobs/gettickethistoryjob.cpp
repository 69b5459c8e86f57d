// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettickethistoryjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

GetTicketHistoryJob::GetTicketHistoryJob(const QString &ticketId)
    : ListJob<TicketHistoryEntry>(u"/tickets/"_s + encodeSegment(ticketId) + u"/history"_s, Wire::decodeTicketHistory)
{ }

} // namespace Frontline
