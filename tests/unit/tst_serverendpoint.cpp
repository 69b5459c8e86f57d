// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/serverendpoint.h"

#include <QTest>

using namespace Frontline;

class TestServerEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void normalisesWhatUsersType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("v3");
        QTest::addColumn<QString>("v1");

        const QString acmeV3 = QStringLiteral("https://acme.ladesk.com/api/v3");
        const QString acmeV1 = QStringLiteral("https://acme.ladesk.com/api");
        const char *acmeForms[] = {
                "acme.ladesk.com",
                "ACME.LADESK.COM",
                "  acme.ladesk.com  ",
                "acme.ladesk.com/",
                "https://acme.ladesk.com",
                "https://acme.ladesk.com/",
                "https://acme.ladesk.com//",
                "https://acme.ladesk.com/agent",
                "https://acme.ladesk.com/agent/",
                "https://acme.ladesk.com/agent/index.php",
                "https://acme.ladesk.com/agent/#Dashboard",
                "https://acme.ladesk.com/index.php",
                "https://acme.ladesk.com/api",
                "https://acme.ladesk.com/api/",
                "https://acme.ladesk.com/api/v3",
                "https://acme.ladesk.com/api/v3/",
                "https://acme.ladesk.com/api/index.php",
                "HTTPS://acme.ladesk.com/Agent/",
                "https://acme.ladesk.com/agent/?LoginKey=abc",
                "https://someone:secret@acme.ladesk.com/agent",
        };
        for (const char *form : acmeForms)
            QTest::newRow(form) << QString::fromUtf8(form) << acmeV3 << acmeV1;

        QTest::newRow("sub-folder install") << QStringLiteral("https://help.example.com/liveagent/agent/")
                                            << QStringLiteral("https://help.example.com/liveagent/api/v3")
                                            << QStringLiteral("https://help.example.com/liveagent/api");
        QTest::newRow("port kept") << QStringLiteral("https://127.0.0.1:8443")
                                   << QStringLiteral("https://127.0.0.1:8443/api/v3")
                                   << QStringLiteral("https://127.0.0.1:8443/api");
        QTest::newRow("localhost without scheme is https")
                << QStringLiteral("localhost:8443") << QStringLiteral("https://localhost:8443/api/v3")
                << QStringLiteral("https://localhost:8443/api");
        QTest::newRow("http on 127.0.0.1")
                << QStringLiteral("http://127.0.0.1:8080/") << QStringLiteral("http://127.0.0.1:8080/api/v3")
                << QStringLiteral("http://127.0.0.1:8080/api");
        QTest::newRow("http anywhere in 127/8")
                << QStringLiteral("http://127.4.5.6/agent") << QStringLiteral("http://127.4.5.6/api/v3")
                << QStringLiteral("http://127.4.5.6/api");
        QTest::newRow("http on ::1") << QStringLiteral("http://[::1]:9000/api/v3")
                                     << QStringLiteral("http://[::1]:9000/api/v3")
                                     << QStringLiteral("http://[::1]:9000/api");
        QTest::newRow("http on localhost")
                << QStringLiteral("http://LocalHost:9000") << QStringLiteral("http://localhost:9000/api/v3")
                << QStringLiteral("http://localhost:9000/api");
    }

    void normalisesWhatUsersType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, v3);
        QFETCH(QString, v1);
        const auto endpoint = ServerEndpoint::fromUserInput(typed);
        QVERIFY2(endpoint.hasValue(), qPrintable(endpoint ? QString() : endpoint.error().technicalDetail()));
        QCOMPARE(endpoint->v3Base().toString(), v3);
        QCOMPARE(endpoint->v1Base().toString(), v1);
        QVERIFY(endpoint->root().userInfo().isEmpty());
        QVERIFY(!endpoint->root().hasQuery());
        QVERIFY(!endpoint->root().hasFragment());
    }

    void refusesPlainHttpToOtherHosts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("public host") << QStringLiteral("http://acme.ladesk.com");
        QTest::newRow("private address") << QStringLiteral("http://10.0.0.1:8080");
        QTest::newRow("looks like loopback") << QStringLiteral("http://127.0.0.1.evil.example");
        QTest::newRow("localhost suffix") << QStringLiteral("http://localhost.example.com");
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTP://acme.ladesk.com/agent");
    }

    void refusesPlainHttpToOtherHosts()
    {
        QFETCH(QString, typed);
        const auto endpoint = ServerEndpoint::fromUserInput(typed);
        QVERIFY(!endpoint);
        QCOMPARE(endpoint.error().kind(), ApiError::Kind::InsecureUrl);
        QVERIFY(endpoint.error().humanMessage().contains(QStringLiteral("HTTPS")));
    }

    void refusesWhatIsNoServerAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("ftp") << QStringLiteral("ftp://acme.ladesk.com");
        QTest::newRow("no host") << QStringLiteral("https://");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    }

    void refusesWhatIsNoServerAddress()
    {
        QFETCH(QString, typed);
        const auto endpoint = ServerEndpoint::fromUserInput(typed);
        QVERIFY(!endpoint);
        QCOMPARE(endpoint.error().kind(), ApiError::Kind::InvalidUrl);
    }

    void loopbackHosts()
    {
        QVERIFY(ServerEndpoint::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(ServerEndpoint::isLoopbackHost(QStringLiteral("127.255.0.9")));
        QVERIFY(ServerEndpoint::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(ServerEndpoint::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(!ServerEndpoint::isLoopbackHost(QStringLiteral("128.0.0.1")));
        QVERIFY(!ServerEndpoint::isLoopbackHost(QStringLiteral("::2")));
        QVERIFY(!ServerEndpoint::isLoopbackHost(QStringLiteral("acme.ladesk.com")));
    }

    void agentPanelLogin()
    {
        const auto endpoint = ServerEndpoint::fromUserInput(QStringLiteral("acme.ladesk.com/agent"));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->agentPanelLoginUrl(QStringLiteral("k+y/1")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://acme.ladesk.com/agent/index.php?LoginKey=k%2By%2F1"));
        QVERIFY(endpoint->isEncrypted());
        QCOMPARE(endpoint->host(), QStringLiteral("acme.ladesk.com"));
    }
};

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
