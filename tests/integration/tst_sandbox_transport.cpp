// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as an HTTPS server: pinned TLS, keep-alive, never plain HTTP, a delayed answer
// to a client that went away, persistence across restarts, its own certificate files.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline::Test;

namespace {

/// Reads one complete HTTP/1.1 response (with Content-Length) from `socket`.
QByteArray readResponse(QSslSocket &socket)
{
    QByteArray data;
    while (true) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype at = data.toLower().indexOf("content-length:");
            const qsizetype lineEnd = data.indexOf("\r\n", at);
            const qsizetype length = data.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
            if (data.size() >= headEnd + 4 + length)
                return data;
        }
        if (!socket.waitForReadyRead(10000))
            return data;
        data += socket.readAll();
    }
}

} // namespace

class TestSandboxTransport : public QObject
{
    Q_OBJECT

private slots:
    void announcesItsPortAndServesPingWithoutAKey()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.port() > 0);
        SandboxClient client(sandbox, QByteArray());
        const HttpReply ping = client.get(QStringLiteral("/ping"));
        QCOMPARE(ping.status, 200);
        QCOMPARE(ping.body, QByteArray("{}"));
        QVERIFY(ping.header("content-type").startsWith("application/json"));
    }

    void servesACertificateForTheLoopbackAddressAndName()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto names = sandbox.certificate().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));

        // Without the pinned certificate the client refuses the server: verification is on.
        QSslSocket socket;
        QSslConfiguration untrusting = QSslConfiguration::defaultConfiguration();
        untrusting.setCaCertificates({});
        socket.setSslConfiguration(untrusting);
        QSignalSpy errors(&socket, &QSslSocket::sslErrors);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sandbox.port());
        QVERIFY(!socket.waitForEncrypted(10000));
        QVERIFY(!errors.isEmpty());

        // By name, with the pinned certificate, it is accepted.
        QSslSocket named;
        named.setSslConfiguration(sandbox.sslConfiguration());
        named.connectToHostEncrypted(QStringLiteral("localhost"), sandbox.port());
        QVERIFY2(named.waitForEncrypted(10000), qPrintable(named.errorString()));
    }

    void neverServesPlainHttp()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTcpSocket plain;
        plain.connectToHost(QStringLiteral("127.0.0.1"), sandbox.port());
        QVERIFY(plain.waitForConnected(10000));
        plain.write("GET /api/v3/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        while (plain.waitForReadyRead(3000))
            answer += plain.readAll();
        QVERIFY2(!answer.contains("HTTP/1.1 200"), answer.constData());
        QVERIFY(!answer.contains("{}"));
    }

    void keepsTheConnectionAliveAcrossRequests()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QSslSocket socket;
        socket.setSslConfiguration(sandbox.sslConfiguration());
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sandbox.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        for (int i = 0; i < 3; ++i) {
            socket.write(
                    "GET /api/v3/agents/ag-lars HTTP/1.1\r\nHost: 127.0.0.1\r\napikey: frontline-demo-v3-key\r\n\r\n");
            const QByteArray response = readResponse(socket);
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
            QVERIFY(response.contains("\"id\":\"ag-lars\""));
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }

        // Two requests written back to back are answered in order on the same connection.
        socket.write("GET /api/v3/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                     "GET /api/v3/agents/nobody HTTP/1.1\r\nHost: 127.0.0.1\r\napikey: frontline-demo-v3-key\r\n\r\n");
        QByteArray both = readResponse(socket);
        while (both.count("HTTP/1.1 ") < 2 && socket.waitForReadyRead(10000))
            both += socket.readAll();
        QVERIFY(both.indexOf("HTTP/1.1 200") < both.indexOf("HTTP/1.1 404"));
    }

    void queryStringsReadPlusAsSpaceLikeLiveAgent()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        // A client that writes spaces as '+' (form style) is understood.
        QUrl url = client.url(QStringLiteral("/tickets"));
        url.setQuery(
                QStringLiteral("_filters=%5B%5B%22date_created%22%2C%22D%3E%22%2C%222000-01-01+00%3A00%3A00%22%5D%5D"),
                QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setSslConfiguration(sandbox.sslConfiguration());
        request.setRawHeader("apikey", SandboxProcess::demoV3Key);
        QNetworkReply *reply = client.network().get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void survivesAClientThatLeavesBeforeADelayedAnswer()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--latency"), QStringLiteral("400")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        for (int i = 0; i < 3; ++i) {
            QSslSocket socket;
            socket.setSslConfiguration(sandbox.sslConfiguration());
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sandbox.port());
            QVERIFY(socket.waitForEncrypted(10000));
            socket.write("GET /api/v3/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.abort(); // gone before the answer leaves the server
        }
        QTest::qWait(600); // let the delayed answers fire at closed sockets
        QVERIFY(sandbox.isRunning());
        SandboxClient client(sandbox);
        QCOMPARE(client.get(QStringLiteral("/ping")).status, 200);
    }

    void keepsItsDataAcrossRestartsWithData()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("helpdesk.sqlite"));
        SandboxProcess sandbox(SandboxProcess::smallSeed() + QStringList{QStringLiteral("--data"), data});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QString id;
        {
            SandboxClient client(sandbox);
            const HttpReply created = client.post(
                    QStringLiteral("/tickets"),
                    QJsonObject{{QStringLiteral("useridentifier"), QStringLiteral("persist@example.com")},
                                {QStringLiteral("subject"), QStringLiteral("Still here after a restart?")},
                                {QStringLiteral("departmentid"), QStringLiteral("billing")},
                                {QStringLiteral("recipient"), QStringLiteral("support@demo.frontline.example")},
                                {QStringLiteral("message"), QStringLiteral("Hello")}});
            QCOMPARE(created.status, 200);
            id = created.object().value(QStringLiteral("id")).toString();
            QCOMPARE(client.put(QStringLiteral("/tickets/t-0003"),
                                QJsonObject{{QStringLiteral("subject"), QStringLiteral("Renamed")}})
                             .status,
                     200);
        }
        QVERIFY(sandbox.restart());
        SandboxClient client(sandbox);
        const HttpReply again = client.get(QStringLiteral("/tickets/") + id);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Still here after a restart?"));
        QCOMPARE(client.get(QStringLiteral("/tickets/t-0003")).object().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Renamed"));
        // Not seeded twice.
        const HttpReply all =
                client.get(QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("100")}});
        QCOMPARE(all.array().size(), 7);

        // Even after a hard kill, what was answered is there.
        QCOMPARE(client.put(QStringLiteral("/tickets/t-0003"),
                            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Killed")}})
                         .status,
                 200);
        sandbox.kill();
        QVERIFY(sandbox.start());
        SandboxClient after(sandbox);
        QCOMPARE(after.get(QStringLiteral("/tickets/t-0003")).object().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Killed"));
    }

    void servesTheCertificateItIsGiven()
    {
        // A certificate and key of our own making (RSA, made by the openssl tool).
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--cert"), certFile, QStringLiteral("--key"), keyFile});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.certificate(), QSslCertificate::fromPath(certFile).value(0));
        SandboxClient client(sandbox);
        QCOMPARE(client.get(QStringLiteral("/ping")).status, 200);
    }

    void refusesBadCommandLines()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")},
                                        QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")},
                                        QStringList{QStringLiteral("--cert"), QStringLiteral("/nonexistent")},
                                        QStringList{QStringLiteral("--seed"), QStringLiteral("/nonexistent.json")}}) {
            SandboxProcess sandbox(SandboxProcess::smallSeed() + args);
            QVERIFY(!sandbox.start(20000));
            QVERIFY2(!sandbox.standardError().trimmed().isEmpty(), qPrintable(args.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransport)
#include "tst_sandbox_transport.moc"
