// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"
#include "api/wire/wirerequests.h"

namespace Frontline {

/// v1 `POST /api/conversations/{id}/messages`: a reply (type M) or an internal note (N) on
/// a ticket, form-encoded, authenticated by the v1 key as `apikey` query parameter
/// (sections 7 and 11.3). v3 has no such call. Never retried on an unknown outcome: the
/// caller checks the ticket's messages before sending again (section 11.7).
class AddConversationMessageJob final : public ApiJob
{
public:
    AddConversationMessageJob(const QString &ticketId, const V1MessagePost &message);
    /// Whatever id the server gave the new message (`id`, else `messageid`); may be empty.
    const QString &messageId() const { return m_messageId; }

protected:
    std::optional<DecodeError> decode(const QByteArray &body) override;

private:
    QString m_messageId;
};

} // namespace Frontline
