// SPDX-License-Identifier: GPL-3.0-or-later
#include "listticketmessagesjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListTicketMessagesJob::ListTicketMessagesJob(const QString &ticketId, bool includeQuotedMessages,
                                             const ListQuery &query)
    : ListJob<MessageGroup>(u"/tickets/"_s + encodeSegment(ticketId) + u"/messages"_s, Wire::decodeMessageGroup, query)
    , m_ticketId(ticketId)
{
    addQueryItem(u"includeQuotedMessages"_s, includeQuotedMessages ? u"true"_s : u"false"_s);
}

std::optional<DecodeError> ListTicketMessagesJob::decode(const QByteArray &body)
{
    if (auto problem = ListJob<MessageGroup>::decode(body))
        return problem;
    for (MessageGroup &group : mutableItems())
        group.ticketId = m_ticketId;
    return std::nullopt;
}

} // namespace Frontline
