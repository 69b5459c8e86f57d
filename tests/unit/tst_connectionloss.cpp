// SPDX-License-Identifier: GPL-3.0-or-later
// A connection that closes after the request went out and before any answer came (the server
// crashed, a proxy timed out, a keep-alive race): Qt's HTTP layer sends the request again by
// itself on a new connection. For a GET or PUT that is harmless; a reply (POST) would reach
// the customer twice, unseen by the outbox, which only checks the server when it knows the
// outcome is in doubt. Real TLS on loopback (LoopbackTlsServer).
#include "api/liveagentclient.h"
#include "loopbacktlsserver.h"
#include "selfsignedcertificate.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

class TestConnectionLoss : public QObject
{
    Q_OBJECT

private:
    std::optional<SelfSignedCertificate> m_cert;
    std::unique_ptr<LoopbackTlsServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LiveAgentClient> m_client;

    template<typename Job>
    static std::unique_ptr<Job> finish(Job *job)
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        if (!spy.wait(20000))
            return {};
        return std::unique_ptr<Job>(job);
    }

    int received(const QByteArray &method) const
    {
        const QList<LoopbackTlsServer::Request> &all = m_server->requests();
        return int(std::count_if(all.cbegin(), all.cend(),
                                 [&](const LoopbackTlsServer::Request &r) { return r.method == method; }));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_cert = SelfSignedCertificate::generate(QStringLiteral("connection-loss"), &error);
        QVERIFY2(m_cert, qPrintable(error));
    }

    void init()
    {
        m_server = std::make_unique<LoopbackTlsServer>(m_cert->certificate(), m_cert->key());
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        TlsOptions tls;
        tls.pinnedCertificatePem = m_cert->pem();
        auto endpoint = ServerEndpoint::fromUserInput(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()));
        QVERIFY(endpoint);
        m_client = std::make_unique<LiveAgentClient>(
                m_network.get(), *endpoint, tls, ApiCredentials{QStringLiteral("v3-key"), QStringLiteral("v1-key")});
        RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(10);
        m_client->setRetryPolicy(fast);
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void aReplyWhoseAnswerIsLostIsSentOnce()
    {
        // Warm a keep-alive connection first, as a working client has one.
        m_server->setHandler([](const LoopbackTlsServer::Request &) { return LoopbackTlsServer::Response{}; });
        QVERIFY(finish(m_client->ping()));
        m_server->setHandler([](const LoopbackTlsServer::Request &r) {
            LoopbackTlsServer::Response out;
            out.dropConnection = r.method == "POST";
            return out;
        });
        V1MessagePost post;
        post.message = QStringLiteral("Your refund is on its way.");
        post.userIdentifier = QStringLiteral("lars@example.com");
        const auto job = finish(m_client->addConversationMessage(QStringLiteral("t-1"), post));
        QVERIFY(job);
        QCOMPARE(received("POST"), 1);
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), ApiError::Kind::Network);
        QVERIFY2(job->error()->outcomeUnknown(), "the outbox must check the server before sending it again");

        // The connection layer still works for what comes next.
        m_server->setHandler([](const LoopbackTlsServer::Request &) {
            return LoopbackTlsServer::Response{200, R"({"response":{"status":"OK","id":"g-1","messageid":"m-1"}})", {}};
        });
        const auto again = finish(m_client->addConversationMessage(QStringLiteral("t-1"), post));
        QVERIFY(again);
        QVERIFY2(!again->error(), again->error() ? qPrintable(again->error()->toLogString()) : "");
        QCOMPARE(received("POST"), 2);
    }

    void aReadWhoseAnswerIsLostIsRepeated()
    {
        int gets = 0;
        m_server->setHandler([&gets](const LoopbackTlsServer::Request &r) {
            LoopbackTlsServer::Response out;
            out.body = "[]";
            out.dropConnection = r.method == "GET" && ++gets == 1;
            return out;
        });
        const auto job = finish(m_client->listTickets(ListQuery::pageOf(1, 10)));
        QVERIFY(job);
        QVERIFY2(!job->error(), job->error() ? qPrintable(job->error()->toLogString()) : "");
        QCOMPARE(received("GET"), 2);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
