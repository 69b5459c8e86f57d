// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apijob.h"
#include "wire/wire.h"

#include <optional>

namespace Frontline {

/// A call that answers one JSON object decoded into T (GET of one item, PUT/POST that
/// return the stored item). With `optionalResult`, an empty body or `{}` is success without
/// a value: servers may answer a PUT with OkResponse instead of the object.
template<typename T>
class ObjectJob : public ApiJob
{
public:
    using Decoder = Wire::Decoded<T> (*)(const QJsonObject &, const QString &);

    /// The decoded object; empty until success, or when an optional result was absent.
    const std::optional<T> &result() const { return m_result; }

protected:
    ObjectJob(Verb verb, QString encodedPath, Decoder decoder, bool optionalResult = false)
        : ApiJob(verb, std::move(encodedPath))
        , m_decoder(decoder)
        , m_optionalResult(optionalResult)
    { }

    std::optional<DecodeError> decode(const QByteArray &body) override
    {
        m_result.reset();
        if (m_optionalResult && body.trimmed().isEmpty())
            return std::nullopt;
        auto object = Wire::parseObject(body);
        if (!object)
            return object.error();
        if (m_optionalResult && object->isEmpty())
            return std::nullopt;
        auto decoded = m_decoder(*object, {});
        if (!decoded)
            return decoded.error();
        m_result = std::move(decoded).value();
        return std::nullopt;
    }

private:
    Decoder m_decoder;
    bool m_optionalResult;
    std::optional<T> m_result;
};

} // namespace Frontline
