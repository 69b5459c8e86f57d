// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "api/wire/wire.h"
#include "logging.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Frontline::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(Dispatch dispatch, FaultInjector &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
    , m_faults(faults)
{ }

HttpRequest SandboxServer::copyRequest(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    while (r.path.size() > 1 && r.path.endsWith(u'/'))
        r.path.chop(1);
    r.query = Wire::decodeForm(url.query(QUrl::FullyEncoded).toUtf8()); // `+` is a space, as PHP reads it
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest copy = copyRequest(request);
    const FaultPlan plan = m_faults.next();

    // A failing gateway answers before the request reaches the help desk: no side effects.
    // Drops and truncations happen after the request was handled, so the client cannot
    // know whether it took effect (the case contract 11.7 guards against).
    HttpResponse response = plan.failStatus
            ? HttpResponse::error(plan.failStatus, QStringLiteral("Simulated server error (--fail-rate)"))
            : m_dispatch(copy);

    auto out = std::make_shared<Outgoing>();
    if (plan.truncate && !response.body.isEmpty()) {
        response.body.truncate(response.body.size() / 2);
        out->bytes = response.serialize();
    } else if (plan.drop) {
        // The head promises the whole body, half of the response arrives, then the close.
        const QByteArray full = response.serialize();
        out->bytes = full.left(std::max<qsizetype>(1, full.size() / 2));
        out->closeAfter = true;
    } else {
        out->bytes = response.serialize();
    }
    if (copy.header("connection").toLower() == "close")
        out->closeAfter = true;
    qCDebug(lcSandbox) << copy.method << copy.path << response.status << (plan.drop ? "drop" : "")
                       << (plan.truncate ? "truncate" : "") << plan.delayMs << "ms";
    enqueue(socket, out, plan.delayMs);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if QtHttpServer changes.
    socket->write(HttpResponse::error(404, QStringLiteral("Unknown endpoint")).serialize());
}

void SandboxServer::enqueue(QTcpSocket *socket, const std::shared_ptr<Outgoing> &out, int delayMs)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end()) {
        it = m_queues.insert(socket, {});
        connect(socket, &QObject::destroyed, this, [this, socket] { m_queues.remove(socket); });
    }
    it->push_back(out);
    if (delayMs <= 0) {
        out->ready = true;
        flush(socket);
        return;
    }
    // Never sleep: the answer leaves from a timer while the server goes on serving others.
    QTimer::singleShot(delayMs, this, [this, out, guard = QPointer<QTcpSocket>(socket)] {
        out->ready = true;
        if (guard)
            flush(guard.data());
    });
}

void SandboxServer::flush(QTcpSocket *socket)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end())
        return;
    while (!it->empty() && it->front()->ready) {
        const std::shared_ptr<Outgoing> out = it->front();
        it->pop_front();
        if (socket->state() != QAbstractSocket::ConnectedState) {
            it->clear();
            return;
        }
        socket->write(out->bytes);
        if (out->closeAfter) {
            it->clear();
            // Writes what is buffered, then closes: the client sees the connection end early.
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace Frontline::Sandbox
