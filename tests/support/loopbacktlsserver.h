// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

#include <functional>
#include <utility>

namespace Frontline::Test {

/// A tiny HTTPS/1.1 server on 127.0.0.1 for real-TLS unit tests: one canned answer per
/// request (from a handler), keep-alive, Content-Length bodies only. Records what arrived.
class LoopbackTlsServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool dropConnection = false; // close the connection instead of answering (the answer is lost)
    };
    using Handler = std::function<Response(const Request &)>;

    LoopbackTlsServer(const QSslCertificate &certificate, const QSslKey &key, QObject *parent = nullptr);
    ~LoopbackTlsServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int handshakes() const { return m_handshakes; }

private:
    void onReadyRead(QSslSocket *socket);

    QSslServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QSslSocket *, QByteArray> m_pending;
    int m_handshakes = 0;
};

} // namespace Frontline::Test
