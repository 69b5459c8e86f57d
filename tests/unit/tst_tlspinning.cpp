// SPDX-License-Identifier: GPL-3.0-or-later
// Real TLS on loopback: a QSslServer with a self-signed certificate made by openssl at test
// time, a real QNetworkAccessManager, and LiveAgentClient's pinning and redirect rules.
#include "api/liveagentclient.h"
#include "loopbacktlsserver.h"
#include "selfsignedcertificate.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using Kind = ApiError::Kind;

class TestTlsPinning : public QObject
{
    Q_OBJECT

private:
    std::optional<SelfSignedCertificate> m_server; // the server's certificate
    std::optional<SelfSignedCertificate> m_other; // an unrelated one
    std::unique_ptr<LoopbackTlsServer> m_tls;
    std::unique_ptr<QNetworkAccessManager> m_network;

    std::unique_ptr<LiveAgentClient> clientWith(const TlsOptions &tls)
    {
        auto endpoint = ServerEndpoint::fromUserInput(QStringLiteral("https://127.0.0.1:%1").arg(m_tls->port()));
        if (!endpoint)
            return {};
        auto client = std::make_unique<LiveAgentClient>(m_network.get(), *endpoint, tls,
                                                        ApiCredentials{QStringLiteral("tls-test-key"), {}});
        client->setRetryPolicy(RetryPolicy::none());
        return client;
    }

    template<typename Job>
    static std::unique_ptr<Job> finish(Job *job)
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        if (!spy.wait(20000))
            return {};
        return std::unique_ptr<Job>(job);
    }

    TlsOptions pinnedTo(const SelfSignedCertificate &cert) const
    {
        TlsOptions tls;
        tls.pinnedCertificateFile = cert.certificatePath();
        return tls;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = SelfSignedCertificate::generate(QStringLiteral("frontline-test-server"), &error);
        QVERIFY2(m_server, qPrintable(error));
        m_other = SelfSignedCertificate::generate(QStringLiteral("someone-else"), &error);
        QVERIFY2(m_other, qPrintable(error));
        QVERIFY(m_server->certificate() != m_other->certificate());
    }

    void init()
    {
        m_tls = std::make_unique<LoopbackTlsServer>(m_server->certificate(), m_server->key());
        QVERIFY(m_tls->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_tls.reset();
    }

    void pinnedCertificateIsAccepted()
    {
        auto client = clientWith(pinnedTo(*m_server));
        QVERIFY(client);
        QVERIFY(!client->tlsSetupError());
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QVERIFY2(ping->state() == ApiJob::State::Succeeded,
                 qPrintable(ping->error() ? ping->error()->toLogString() : QString()));
        // The second request rides the same verified connection (no new encrypted() signal).
        m_tls->setHandler([](const LoopbackTlsServer::Request &) {
            return LoopbackTlsServer::Response{200, R"([{"id":"vip","name":"VIP"}])", {}};
        });
        auto tags = finish(client->listTags());
        QVERIFY(tags);
        QCOMPARE(tags->state(), ApiJob::State::Succeeded);
        QCOMPARE(tags->tags().first().id, QStringLiteral("vip"));
        QCOMPARE(m_tls->handshakes(), 1);
        QVERIFY(m_tls->requests().size() >= 2);
        QCOMPARE(m_tls->requests().constLast().headers.value("apikey"), QByteArray("tls-test-key"));
        QCOMPARE(m_tls->requests().constLast().target, QByteArray("/api/v3/tags"));
    }

    void pinnedPemBytesWorkToo()
    {
        TlsOptions tls;
        tls.pinnedCertificatePem = m_server->pem();
        auto client = clientWith(tls);
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->state(), ApiJob::State::Succeeded);
    }

    void differentPinnedCertificateIsRejected()
    {
        auto client = clientWith(pinnedTo(*m_other));
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->state(), ApiJob::State::Failed);
        QCOMPARE(ping->error()->kind(), Kind::Tls);
        QCOMPARE(ping->error()->certificateFingerprint(), TlsOptions::fingerprint(m_server->certificate()));
        QVERIFY(ping->error()->humanMessage().contains(ping->error()->certificateFingerprint()));
        QVERIFY(m_tls->requests().isEmpty()); // the key never left
    }

    void selfSignedWithoutPinIsRejected()
    {
        auto client = clientWith(TlsOptions{});
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->error()->kind(), Kind::Tls);
        QCOMPARE(ping->error()->certificateFingerprint(), TlsOptions::fingerprint(m_server->certificate()));
        QVERIFY(!ping->error()->technicalDetail().isEmpty());
        QVERIFY(!ping->error()->outcomeUnknown());
        QVERIFY(m_tls->requests().isEmpty());
    }

    void extraCaFileIsTrusted()
    {
        TlsOptions tls;
        tls.extraCaFile = m_server->certificatePath();
        auto client = clientWith(tls);
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->state(), ApiJob::State::Succeeded);
    }

    void trustedButNotThePinIsRejectedBeforeSending()
    {
        // The chain verifies through the extra CA; only the pin check can refuse it, and it
        // does so right after the handshake, before the request (and its key) is written.
        TlsOptions tls = pinnedTo(*m_other);
        tls.extraCaFile = m_server->certificatePath();
        auto client = clientWith(tls);
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->error()->kind(), Kind::Tls);
        QCOMPARE(ping->error()->certificateFingerprint(), TlsOptions::fingerprint(m_server->certificate()));
        QVERIFY(ping->error()->technicalDetail().contains(QStringLiteral("pinned")));
        QVERIFY(m_tls->requests().isEmpty());
    }

    void aSelfSignedPinIsTheOnlyAnchor()
    {
        // The system roots cannot help verify a self-signed pin (the server must show exactly
        // it), so they are not loaded for it; with an extra CA they stay, the extra added.
        const auto pinned = pinnedTo(*m_server).resolve();
        QVERIFY(pinned);
        QCOMPARE(pinned->configuration.caCertificates(), QList<QSslCertificate>{m_server->certificate()});

        TlsOptions both = pinnedTo(*m_server);
        both.extraCaFile = m_other->certificatePath();
        const auto withExtra = both.resolve();
        QVERIFY(withExtra);
        const QList<QSslCertificate> anchors = withExtra->configuration.caCertificates();
        QCOMPARE(anchors.size(), QSslConfiguration::systemCaCertificates().size() + 2);
        QVERIFY(anchors.contains(m_other->certificate()));
        QVERIFY(anchors.contains(m_server->certificate()));
    }

    void unreadablePinFileFailsEveryJob()
    {
        TlsOptions tls;
        tls.pinnedCertificateFile = QStringLiteral("/nonexistent/pin.pem");
        auto client = clientWith(tls);
        QVERIFY(client->tlsSetupError());
        QCOMPARE(client->tlsSetupError()->kind(), Kind::Tls);
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->error()->kind(), Kind::Tls);
        QCOMPARE(m_tls->handshakes(), 0);
    }

    void redirectToHttpIsRefused()
    {
        const quint16 port = m_tls->port();
        m_tls->setHandler([port](const LoopbackTlsServer::Request &) {
            return LoopbackTlsServer::Response{
                    302, {}, {{"Location", "http://127.0.0.1:" + QByteArray::number(port) + "/api/v3/ping"}}};
        });
        auto client = clientWith(pinnedTo(*m_server));
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->error()->kind(), Kind::InsecureUrl);
        QCOMPARE(m_tls->requests().size(), 1);
    }

    void sameOriginRedirectIsFollowed()
    {
        m_tls->setHandler([](const LoopbackTlsServer::Request &r) {
            if (r.target == "/api/v3/ping")
                return LoopbackTlsServer::Response{301, {}, {{"Location", "/api/v3/ping2"}}};
            return LoopbackTlsServer::Response{200, "{}", {}};
        });
        auto client = clientWith(pinnedTo(*m_server));
        auto ping = finish(client->ping());
        QVERIFY(ping);
        QCOMPARE(ping->state(), ApiJob::State::Succeeded);
        QCOMPARE(ping->attempts(), 1);
        // Under load Qt's HTTP channel sometimes re-sends the first GET on its own, so count
        // the redirect target rather than all requests.
        QVERIFY(m_tls->requests().size() >= 2);
        QCOMPARE(m_tls->requests().constLast().target, QByteArray("/api/v3/ping2"));
    }
};

QTEST_GUILESS_MAIN(TestTlsPinning)
#include "tst_tlspinning.moc"
