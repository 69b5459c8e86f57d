// SPDX-License-Identifier: GPL-3.0-or-later
// The client's share of the issue-5 ingest target (10,000 tickets fetched + decoded + stored at
// >= 20,000 tickets/s, the event loop never blocked > 16 ms): 10,000 tickets fetched over real
// loopback HTTPS with a pinned self-signed certificate, 100 per page, through ListTicketsJob
// (budget, TLS pin check, status mapping, full domain decode). The floor is the same pages
// fetched with a bare QNetworkAccessManager and only QJsonDocument::fromJson. The server runs
// in its own thread; the longest gap of a 1 ms timer on the client's event loop is measured.
#include "benchutil.h"

#include "api/liveagentclient.h"
#include "api/wire/wire.h"
#include "loopbacktlsserver.h"
#include "selfsignedcertificate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <functional>

using namespace Frontline;

namespace {

constexpr int kTickets = 10'000;
constexpr int kPerPage = 100;
constexpr int kPages = kTickets / kPerPage;

QByteArray pageBody(int page)
{
    QJsonArray array;
    for (int i = 0; i < kPerPage; ++i) {
        const int n = page * kPerPage + i;
        Ticket t;
        t.id = QStringLiteral("t%1").arg(n);
        t.code = QStringLiteral("ABC-%1").arg(n);
        t.subject = QStringLiteral("Order %1 has not arrived, could you check the tracking number?").arg(n);
        t.ownerContactId = QStringLiteral("c%1").arg(n % 977);
        t.ownerEmail = QStringLiteral("customer%1@example.com").arg(n % 977);
        t.ownerName = QStringLiteral("Customer %1").arg(n % 977);
        t.departmentId = QStringLiteral("billing");
        t.agentId = n % 3 ? QStringLiteral("a3n7u") : QString();
        t.status = QStringLiteral("C");
        t.channelType = QStringLiteral("E");
        t.tagIds = {QStringLiteral("refund"), QStringLiteral("vip")};
        const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        t.dateCreated = base.addSecs(n * 60);
        t.dateChanged = base.addSecs(n * 61);
        t.dateDue = base.addSecs(n * 60 + 86'400);
        t.lastActivity = base.addSecs(n * 62);
        t.customFields = {CustomField{QStringLiteral("order"), QString::number(88'000 + n)}};
        array.append(Wire::encodeTicket(t));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto cert = Test::SelfSignedCertificate::generate(QStringLiteral("bench"), &error);
    if (!cert) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    QList<QByteArray> pages;
    for (int p = 0; p < kPages; ++p)
        pages.append(pageBody(p));
    Bench::note(QStringLiteral("page size (100 tickets)"), double(pages.first().size()) / 1024, QStringLiteral("KiB"));

    // The server in its own thread, so its work does not count as client work.
    QThread serverThread;
    serverThread.start();
    QObject context;
    context.moveToThread(&serverThread);
    Test::LoopbackTlsServer *server = nullptr;
    QMetaObject::invokeMethod(
            &context,
            [&] {
                server = new Test::LoopbackTlsServer(cert->certificate(), cert->key());
                server->setHandler([&pages](const Test::LoopbackTlsServer::Request &r) {
                    const QUrlQuery query(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)));
                    const int page = query.queryItemValue(QStringLiteral("_page")).toInt();
                    return Test::LoopbackTlsServer::Response{200, pages.value(page - 1, "[]"), {}};
                });
                server->listen();
            },
            Qt::BlockingQueuedConnection);
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(server->port());

    // Floor: bare QNAM, pages one after another, parse only.
    QNetworkAccessManager rawNetwork;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + QList<QSslCertificate>{cert->certificate()});
    qint64 rawRows = 0;
    const auto [rawSeconds, rawGap] = Bench::runOnEventLoop([&](std::function<void()> done) {
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [&, done, next](int page) {
            if (page > kPages) {
                done();
                return;
            }
            QNetworkRequest request(QUrl(base + QStringLiteral("/api/v3/tickets?_page=%1&_perPage=100").arg(page)));
            request.setSslConfiguration(ssl);
            QNetworkReply *reply = rawNetwork.get(request);
            QObject::connect(reply, &QNetworkReply::finished, [&, reply, next, page] {
                rawRows += QJsonDocument::fromJson(reply->readAll()).array().size();
                reply->deleteLater();
                (*next)(page + 1);
            });
        };
        (*next)(1);
    });

    // The client: the same pages through ListTicketsJob.
    QNetworkAccessManager network;
    TlsOptions tls;
    tls.pinnedCertificatePem = cert->pem();
    LiveAgentClient client(&network, *ServerEndpoint::fromUserInput(base), tls,
                           ApiCredentials{QStringLiteral("bench-key"), {}});
    qint64 rows = 0;
    bool failed = false;
    const auto [seconds, gap] = Bench::runOnEventLoop([&](std::function<void()> done) {
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [&, done, next](int page) {
            if (page > kPages) {
                done();
                return;
            }
            ListTicketsJob *job = client.listTickets(ListQuery::pageOf(page, kPerPage));
            QObject::connect(job, &ApiJob::finished, [&, job, next, page] {
                failed |= job->state() != ApiJob::State::Succeeded;
                rows += job->tickets().size();
                (*next)(page + 1);
            });
        };
        (*next)(1);
    });

    QMetaObject::invokeMethod(
            &context, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    if (failed || rows != kTickets || rawRows != kTickets) {
        QTextStream(stderr) << "fetched " << rows << " and " << rawRows << " rows, expected " << kTickets << '\n';
        return 2;
    }
    bool ok = Bench::report(QStringLiteral("fetch + decode 10,000 tickets over loopback HTTPS (ListTicketsJob, "
                                           "100 pages of 100, pinned certificate)"),
                            kTickets / seconds, QStringLiteral("tickets/s"), kTickets / rawSeconds, 20'000,
                            /*lowerIsBetter=*/false);
    ok &= Bench::report(QStringLiteral("longest event-loop gap meanwhile"), gap, QStringLiteral("ms"), rawGap, 16);
    Bench::note(QStringLiteral("requests sent through the budget"), client.requestBudget()->usedInWindow(),
                QStringLiteral("in the last 60 s"));
    return ok ? 0 : 1;
}
