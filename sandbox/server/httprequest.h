// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Frontline::Sandbox {

/// One HTTP request, copied out of QtHttpServer's parser so that it outlives the socket's
/// next request (responses may be sent later, from a timer).
struct HttpRequest
{
    using Pairs = QList<std::pair<QString, QString>>;

    QByteArray method; // "GET", "PUT"...
    QString path; // percent-decoded, without a trailing slash
    Pairs query; // in order; `+` is a space, as PHP (LiveAgent) reads query strings
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    bool hasQuery(QStringView name) const;
    QString queryValue(QStringView name) const; // the last one wins, as in PHP
    QByteArray header(QByteArrayView name) const; // case-insensitive
    /// The body as `application/x-www-form-urlencoded` fields (Wire::decodeForm).
    Pairs formFields() const;
    bool isForm() const;

    static QString valueOf(const Pairs &pairs, QStringView name, bool *found = nullptr);
};

} // namespace Frontline::Sandbox
