// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcannedmessagesjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListCannedMessagesJob::ListCannedMessagesJob(const ListQuery &query)
    : ListJob<CannedMessage>(u"/canned_messages"_s, Wire::decodeCannedMessage, query)
{ }

} // namespace Frontline
