// SPDX-License-Identifier: GPL-3.0-or-later
#include "listticketsjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListTicketsJob::ListTicketsJob(const ListQuery &query)
    : ListJob<Ticket>(u"/tickets"_s, Wire::decodeTicket, query)
{ }

} // namespace Frontline
