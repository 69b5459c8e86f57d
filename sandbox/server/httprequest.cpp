// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include <QUrl>

namespace Frontline::Sandbox {

namespace {

QString decodeComponent(QByteArrayView raw)
{
    QByteArray bytes = raw.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

HttpRequest::Pairs HttpRequest::parseUrlEncoded(QByteArrayView encoded)
{
    Pairs out;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView item = encoded.sliced(start, end - start);
        if (!item.isEmpty()) {
            const qsizetype eq = item.indexOf('=');
            if (eq < 0)
                out.append({decodeComponent(item), QString()});
            else
                out.append({decodeComponent(item.first(eq)), decodeComponent(item.sliced(eq + 1))});
        }
        start = end + 1;
    }
    return out;
}

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
    return parseUrlEncoded(body);
}

} // namespace Frontline::Sandbox
