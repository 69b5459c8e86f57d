// SPDX-License-Identifier: GPL-3.0-or-later
#include "addconversationmessagejob.h"

#include "api/wire/jsonreader.h"
#include "api/wire/wire.h"

using namespace Qt::StringLiterals;

namespace Frontline {

AddConversationMessageJob::AddConversationMessageJob(const QString &ticketId, const V1MessagePost &message)
    : ApiJob(Verb::Post, u"/conversations/"_s + encodeSegment(ticketId) + u"/messages"_s)
{
    setApiVersion(ApiVersion::V1);
    setFormBody(Wire::encodeV1MessagePost(message));
}

std::optional<DecodeError> AddConversationMessageJob::decode(const QByteArray &body)
{
    auto envelope = Wire::decodeV1Envelope(body);
    if (!envelope)
        return envelope.error();
    // Which id v1 returns is unspecified upstream; third-party code probes these.
    JsonReader r(envelope->response, u"response"_s);
    for (const QLatin1StringView key : {"id"_L1, "messageid"_L1, "message_id"_L1}) {
        m_messageId = r.string(key);
        if (!m_messageId.isEmpty())
            break;
    }
    if (!r.ok())
        return r.error();
    return std::nullopt;
}

} // namespace Frontline
