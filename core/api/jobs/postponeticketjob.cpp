// SPDX-License-Identifier: GPL-3.0-or-later
#include "postponeticketjob.h"

#include "api/wire/wiretime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Frontline {

PostponeTicketJob::PostponeTicketJob(const QString &ticketId, const QDateTime &until)
    : ApiJob(Verb::Put, u"/tickets/"_s + encodeSegment(ticketId) + u"/postpone"_s)
{
    setJsonBody(QJsonObject{{"date_time"_L1, WireTime::formatInstant(until)}});
}

} // namespace Frontline
