// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbacktlsserver.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace Frontline::Test {

LoopbackTlsServer::LoopbackTlsServer(const QSslCertificate &certificate, const QSslKey &key, QObject *parent)
    : QObject(parent)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    // The server asks no client certificate; the client side is what the tests verify.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *tcp = m_server.nextPendingConnection()) {
            auto *socket = qobject_cast<QSslSocket *>(tcp);
            connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

LoopbackTlsServer::~LoopbackTlsServer()
{
    // The sockets die with m_server, after m_pending: they must not call back into us.
    const QList<QSslSocket *> sockets = m_server.findChildren<QSslSocket *>();
    for (QSslSocket *socket : sockets)
        socket->disconnect(this);
}

bool LoopbackTlsServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackTlsServer::onReadyRead(QSslSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArrayList lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QByteArrayList first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);

        const Response response = m_handler ? m_handler(request) : Response{};
        if (response.dropConnection) {
            m_pending.remove(socket);
            socket->disconnectFromHost();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size())
                + "\r\n\r\n" + response.body;
        socket->write(out);
    }
}

} // namespace Frontline::Test
