// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apijob.h"
#include "listquery.h"
#include "wire/wire.h"

#include <QList>

namespace Frontline {

/// A GET of a bare JSON array of T (every v3 list, contract section 1). 200 and 206 are
/// both success (206: more rows may exist); 204 is an empty list. Items that fail to decode
/// fail the whole job with the field path ("[3].date_changed").
template<typename T>
class ListJob : public ApiJob
{
public:
    using Decoder = Wire::Decoded<T> (*)(const QJsonObject &, const QString &);

    const QList<T> &items() const { return m_items; }
    /// The server answered 206 Partial Content: more rows may exist beyond this page.
    bool isPartial() const { return statusCode() == 206; }

protected:
    ListJob(QString encodedPath, Decoder decoder, const ListQuery &query = {})
        : ApiJob(Verb::Get, std::move(encodedPath))
        , m_decoder(decoder)
    {
        for (const auto &[key, value] : query.queryItems())
            addQueryItem(key, value);
    }

    std::optional<DecodeError> decode(const QByteArray &body) override
    {
        m_items.clear();
        if (statusCode() == 204)
            return std::nullopt;
        auto array = Wire::parseArray(body);
        if (!array)
            return array.error();
        auto list = Wire::decodeList<T>(*array, m_decoder);
        if (!list)
            return list.error();
        m_items = std::move(list).value();
        return std::nullopt;
    }

    QList<T> &mutableItems() { return m_items; }

private:
    Decoder m_decoder;
    QList<T> m_items;
};

} // namespace Frontline
