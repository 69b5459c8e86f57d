// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace Frontline::Sandbox {

/// One HTTP response before it is written: the sandbox serialises it itself so that the
/// fault injection can delay, cut or drop it on the raw socket.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    /// The v3 `ErrorResponse` body `{"message": ...}`.
    static HttpResponse error(int status, const QString &message);
    /// `OkResponse`: `{}`.
    static HttpResponse ok();

    /// Status line and headers with the given Content-Length, ending in the blank line.
    QByteArray head(qsizetype contentLength) const;
    QByteArray serialize() const { return head(body.size()) + body; }
};

} // namespace Frontline::Sandbox
