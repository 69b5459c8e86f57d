// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include "api/wire/wire.h"

namespace Frontline::Sandbox {

QString HttpRequest::valueOf(const Pairs &pairs, QStringView name, bool *found)
{
    for (auto it = pairs.crbegin(); it != pairs.crend(); ++it) {
        if (it->first == name) {
            if (found)
                *found = true;
            return it->second;
        }
    }
    if (found)
        *found = false;
    return {};
}

bool HttpRequest::hasQuery(QStringView name) const
{
    bool found = false;
    valueOf(query, name, &found);
    return found;
}

QString HttpRequest::queryValue(QStringView name) const
{
    return valueOf(query, name);
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::isForm() const
{
    return header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
}

HttpRequest::Pairs HttpRequest::formFields() const
{
    return Wire::decodeForm(body);
}

} // namespace Frontline::Sandbox
