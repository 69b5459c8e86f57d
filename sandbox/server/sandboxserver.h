// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

class QTcpSocket;

namespace Frontline::Sandbox {

/// The HTTPS transport. QtHttpServer parses requests; this class answers them itself on the
/// raw socket so that faults can be injected: a response may be sent later from a timer
/// (latency, never blocking), cut off by closing the connection (drop) or have its body
/// truncated. Responses on one keep-alive connection always leave in request order.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatch = std::function<HttpResponse(const HttpRequest &)>;

    SandboxServer(Dispatch dispatch, FaultInjector &faults, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Outgoing
    {
        QByteArray bytes;
        bool ready = false;
        bool closeAfter = false; // drop, or the client asked for Connection: close
    };

    static HttpRequest copyRequest(const QHttpServerRequest &request);
    void enqueue(QTcpSocket *socket, const std::shared_ptr<Outgoing> &out, int delayMs);
    void flush(QTcpSocket *socket);

    Dispatch m_dispatch;
    FaultInjector &m_faults;
    QHash<QTcpSocket *, std::deque<std::shared_ptr<Outgoing>>> m_queues;
};

} // namespace Frontline::Sandbox
