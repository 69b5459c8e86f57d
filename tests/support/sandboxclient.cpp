// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxclient.h"

#include "api/wire/wire.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace Frontline::Test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::isJson() const
{
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QJsonObject HttpReply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpReply::array() const
{
    return QJsonDocument::fromJson(body).array();
}

SandboxClient::SandboxClient(const SandboxProcess &sandbox, const QByteArray &apiKey)
    : m_sandbox(sandbox)
    , m_apiKey(apiKey)
{ }

QUrl SandboxClient::url(const QString &path, const Params &query) const
{
    QUrl u = m_sandbox.baseUrl();
    u.setPath(path.startsWith(QStringLiteral("/api/")) ? path : QStringLiteral("/api/v3") + path);
    if (!query.isEmpty())
        u.setQuery(QString::fromLatin1(Wire::encodeForm(query)), QUrl::StrictMode);
    return u;
}

HttpReply SandboxClient::send(const QByteArray &verb, const QString &path, const Params &query, const QByteArray &body,
                              const QByteArray &contentType)
{
    QNetworkRequest request(url(path, query));
    request.setSslConfiguration(m_sandbox.sslConfiguration());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(30000);
    request.setRawHeader("Accept", "application/json");
    if (!m_apiKey.isEmpty())
        request.setRawHeader("apikey", m_apiKey);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.errorString = reply->errorString();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

HttpReply SandboxClient::get(const QString &path, const Params &query)
{
    return send("GET", path, query, {}, {});
}

HttpReply SandboxClient::getThroughFaults(const QString &path, const Params &query, int attempts)
{
    HttpReply reply;
    for (int i = 0; i < attempts; ++i) {
        reply = get(path, query);
        const bool complete = !reply.networkFailed() && reply.isJson();
        if (complete && reply.status >= 200 && reply.status < 500 && reply.status != 429)
            return reply;
        int waitMs = 50;
        if (reply.status == 429)
            waitMs = std::max(1, reply.header("Retry-After").toInt()) * 1000;
        QEventLoop pause;
        QTimer::singleShot(waitMs, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return reply;
}

HttpReply SandboxClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpReply SandboxClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpReply SandboxClient::remove(const QString &path)
{
    return send("DELETE", path, {}, {}, {});
}

HttpReply SandboxClient::postForm(const QString &path, const Params &form, const Params &query)
{
    return send("POST", path, query, Wire::encodeForm(form), "application/x-www-form-urlencoded");
}

} // namespace Frontline::Test
