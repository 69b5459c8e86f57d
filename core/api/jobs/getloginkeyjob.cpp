// SPDX-License-Identifier: GPL-3.0-or-later
#include "getloginkeyjob.h"

#include "api/wire/wire.h"

using namespace Qt::StringLiterals;

namespace Frontline {

GetLoginKeyJob::GetLoginKeyJob(const QString &agentId)
    : ApiJob(Verb::Get, u"/agents/"_s + encodeSegment(agentId) + u"/login_key"_s)
{ }

std::optional<DecodeError> GetLoginKeyJob::decode(const QByteArray &body)
{
    auto object = Wire::parseObject(body);
    if (!object)
        return object.error();
    auto key = Wire::decodeLoginKey(*object);
    if (!key)
        return key.error();
    m_loginKey = std::move(key).value();
    return std::nullopt;
}

} // namespace Frontline
