// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

#include <utility>

namespace Frontline::Test {

/// What came back from one request (or the network error instead).
struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const; // {} when the body is not a JSON object
    QJsonArray array() const; // [] when the body is not a JSON array
    bool isJson() const;
    /// No complete HTTP answer: refused, closed or cut off (QNetworkReply's network-layer
    /// errors, 1-99), even if a status line had arrived before the connection ended.
    bool networkFailed() const { return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied; }
    /// The v3 error message, for QVERIFY2 texts.
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

/// A small synchronous HTTPS client for tests: QNetworkAccessManager over real TLS with the
/// sandbox's pinned certificate, keep-alive connections, one request at a time.
/// Paths starting with "/api/" are used as they are, others are under "/api/v3".
class SandboxClient
{
public:
    using Params = QList<std::pair<QString, QString>>;

    explicit SandboxClient(const SandboxProcess &sandbox, const QByteArray &apiKey = SandboxProcess::demoV3Key);

    void setApiKey(const QByteArray &apiKey) { m_apiKey = apiKey; }
    QByteArray apiKey() const { return m_apiKey; }

    HttpReply get(const QString &path, const Params &query = {});
    /// A GET through a sandbox that injects faults: repeated after a 5xx, a cut-off answer
    /// or a 429 (after its Retry-After) until a complete JSON answer comes, at most
    /// `attempts` times. A 4xx other than 429 is returned at once.
    HttpReply getThroughFaults(const QString &path, const Params &query = {}, int attempts = 40);
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply put(const QString &path, const QJsonObject &body);
    HttpReply remove(const QString &path);
    /// A form-encoded POST (API v1); `query` goes into the URL.
    HttpReply postForm(const QString &path, const Params &form, const Params &query = {});
    /// Any request with a raw body (malformed-input tests).
    HttpReply send(const QByteArray &verb, const QString &path, const Params &query, const QByteArray &body,
                   const QByteArray &contentType);

    QUrl url(const QString &path, const Params &query = {}) const;
    QNetworkAccessManager &network() { return m_network; }

private:
    const SandboxProcess &m_sandbox;
    QByteArray m_apiKey;
    QNetworkAccessManager m_network;
};

} // namespace Frontline::Test
