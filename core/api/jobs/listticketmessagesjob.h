// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /tickets/{id}/messages`: the ticket's message groups with their messages. With
/// `includeQuotedMessages` the server adds quoted context; else only metadata. Each group
/// is stamped with the ticket id, which the wire leaves out.
class ListTicketMessagesJob final : public ListJob<MessageGroup>
{
public:
    ListTicketMessagesJob(const QString &ticketId, bool includeQuotedMessages, const ListQuery &query = {});
    const QList<MessageGroup> &messageGroups() const { return items(); }
    const QString &ticketId() const { return m_ticketId; }

protected:
    std::optional<DecodeError> decode(const QByteArray &body) override;

private:
    QString m_ticketId;
};

} // namespace Frontline
