// SPDX-License-Identifier: GPL-3.0-or-later
#include "postponeticketjob.h"

#include "api/wire/wire.h"

using namespace Qt::StringLiterals;

namespace Frontline {

PostponeTicketJob::PostponeTicketJob(const QString &ticketId, const QDateTime &until)
    : ApiJob(Verb::Put, u"/tickets/"_s + encodeSegment(ticketId) + u"/postpone"_s)
{
    setJsonBody(Wire::encodeTicketPostpone(until));
}

} // namespace Frontline
