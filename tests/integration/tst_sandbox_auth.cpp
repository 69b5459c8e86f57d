// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and logins: v3 header keys, v1 parameter keys and their mix-ups, POST /apikeys/_login
// with 2FA and the login limit, deleting a personal key.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QTest>

using namespace Frontline::Test;

namespace {

QJsonObject login(const QString &email, const QString &password, const QString &token = {})
{
    QJsonObject o{{QStringLiteral("login"), email},
                  {QStringLiteral("password"), password},
                  {QStringLiteral("name"), QStringLiteral("Frontline test")},
                  {QStringLiteral("installid"), QStringLiteral("install-1")}};
    if (!token.isEmpty())
        o.insert(QStringLiteral("two_factor_token"), token);
    return o;
}

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{SandboxProcess::smallSeed()
                             + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")}};

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void v3EndpointsNeedAV3KeyInTheHeader_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArray("not-a-key");
        QTest::newRow("v1 key") << QByteArray(SandboxProcess::demoV1Key);
    }

    void v3EndpointsNeedAV3KeyInTheHeader()
    {
        QFETCH(QByteArray, key);
        SandboxClient client(m_sandbox, key);
        for (const QString &path :
             {QStringLiteral("/tickets"), QStringLiteral("/agents/ag-lars"), QStringLiteral("/departments")}) {
            const HttpReply reply = client.get(path);
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.object(), QJsonObject({{QStringLiteral("message"), QStringLiteral("ApiKey not found")}}));
        }
        SandboxClient good(m_sandbox);
        QCOMPARE(good.get(QStringLiteral("/tickets")).status, 200);
    }

    void v1NeedsAV1KeyAsParameter()
    {
        SandboxClient client(m_sandbox, QByteArray());
        const SandboxClient::Params form{{QStringLiteral("message"), QStringLiteral("Hi")},
                                         {QStringLiteral("type"), QStringLiteral("N")}};
        const QString path = QStringLiteral("/api/conversations/t-0001/messages");
        // A v3 key, in the query or as the header, is not a v1 key.
        HttpReply reply = client.postForm(path, form,
                                          {{QStringLiteral("apikey"), QString::fromLatin1(SandboxProcess::demoV3Key)}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.message(), QStringLiteral("ApiKey not found"));
        client.setApiKey(SandboxProcess::demoV1Key);
        reply = client.postForm(path, form);
        QCOMPARE(reply.status, 403);
        // The v1 key in the query string, or in the form body, is.
        client.setApiKey({});
        reply = client.postForm(path, form,
                                {{QStringLiteral("apikey"), QString::fromLatin1(SandboxProcess::demoV1Key)}});
        QCOMPARE(reply.status, 200);
        reply = client.postForm(path,
                                form
                                        + SandboxClient::Params{{QStringLiteral("apikey"),
                                                                 QString::fromLatin1(SandboxProcess::demoV1Key)}});
        QCOMPARE(reply.status, 200);
    }

    void loginReturnsAPersonalKeyThatWorks()
    {
        SandboxClient anonymous(m_sandbox, QByteArray());
        const HttpReply reply = anonymous.post(QStringLiteral("/apikeys/_login"),
                                               login(QString::fromLatin1(SandboxProcess::demoLogin),
                                                     QString::fromLatin1(SandboxProcess::demoPassword)));
        QCOMPARE(reply.status, 201);
        const QJsonObject key = reply.object();
        QVERIFY(key.value(QStringLiteral("id")).isDouble());
        QCOMPARE(key.value(QStringLiteral("userid")).toString(), QString::fromLatin1(SandboxProcess::demoAgentId));
        QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("Frontline test"));
        QCOMPARE(key.value(QStringLiteral("installid")).toString(), QStringLiteral("install-1"));
        QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("A"));
        QVERIFY(key.value(QStringLiteral("privileges")).isArray());
        const QString personal = key.value(QStringLiteral("key")).toString();
        QVERIFY(personal.size() >= 16);

        // "Creates or returns": the same installation gets the same key back.
        const HttpReply again = anonymous.post(QStringLiteral("/apikeys/_login"),
                                               login(QStringLiteral("LARS.NIELSEN@demo.frontline.example"),
                                                     QString::fromLatin1(SandboxProcess::demoPassword)));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.object().value(QStringLiteral("key")).toString(), personal);

        SandboxClient client(m_sandbox, personal.toLatin1());
        QCOMPARE(client.get(QStringLiteral("/agents/ag-lars")).status, 200);

        // Logging out deletes it; another agent's key cannot be deleted.
        const QString id = QString::number(qint64(key.value(QStringLiteral("id")).toDouble()));
        SandboxClient sofia(m_sandbox, "sofia-v3-key");
        QCOMPARE(sofia.remove(QStringLiteral("/apikeys/") + id).status, 404);
        QCOMPARE(client.remove(QStringLiteral("/apikeys/") + id).status, 200);
        QCOMPARE(client.get(QStringLiteral("/agents/ag-lars")).status, 403);
    }

    void loginRefusesBadCredentials_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong password") << login(QStringLiteral("sofia.garcia@demo.frontline.example"),
                                                 QStringLiteral("x"))
                                        << 403;
        QTest::newRow("unknown login") << login(QStringLiteral("nobody@example.com"), QStringLiteral("x")) << 403;
        QTest::newRow("no password") << QJsonObject{{QStringLiteral("login"), QStringLiteral("a@b.c")}} << 400;
        QTest::newRow("bad type") << QJsonObject{{QStringLiteral("login"), QStringLiteral("a@b.c")},
                                                 {QStringLiteral("password"), QStringLiteral("x")},
                                                 {QStringLiteral("type"), QStringLiteral("Q")}}
                                  << 400;
        QTest::newRow("2FA required") << login(QStringLiteral("matej.novak@demo.frontline.example"),
                                               QStringLiteral("zdravo"))
                                      << 424;
        QTest::newRow("2FA wrong") << login(QStringLiteral("matej.novak@demo.frontline.example"),
                                            QStringLiteral("zdravo"), QStringLiteral("000000"))
                                   << 425;
        QTest::newRow("2FA right") << login(QStringLiteral("matej.novak@demo.frontline.example"),
                                            QStringLiteral("zdravo"), QStringLiteral("123456"))
                                   << 201;
    }

    void loginRefusesBadCredentials()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        SandboxClient anonymous(m_sandbox, QByteArray());
        const HttpReply reply = anonymous.post(QStringLiteral("/apikeys/_login"), body);
        QCOMPARE(reply.status, status);
        if (status != 201)
            QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    }

    void loginIsLimitedToTenFailuresAnHour()
    {
        SandboxClient anonymous(m_sandbox, QByteArray());
        const QString ingrid = QStringLiteral("ingrid.berg@demo.frontline.example");
        for (int i = 0; i < 10; ++i)
            QCOMPARE(anonymous.post(QStringLiteral("/apikeys/_login"), login(ingrid, QStringLiteral("wrong"))).status,
                     403);
        // Now even the right password is refused, with a time to wait.
        const HttpReply blocked =
                anonymous.post(QStringLiteral("/apikeys/_login"), login(ingrid, QStringLiteral("hei")));
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.header("retry-after").toInt() > 0);
        // Other logins are not affected.
        QCOMPARE(anonymous
                         .post(QStringLiteral("/apikeys/_login"),
                               login(QStringLiteral("sofia.garcia@demo.frontline.example"), QStringLiteral("hola")))
                         .status,
                 201);
    }

    void loginRejectsMalformedBodies()
    {
        SandboxClient anonymous(m_sandbox, QByteArray());
        const HttpReply notJson =
                anonymous.send("POST", QStringLiteral("/apikeys/_login"), {}, "{\"login\":", "application/json");
        QCOMPARE(notJson.status, 400);
        QVERIFY2(notJson.message().contains(QStringLiteral("JSON")), notJson.body.constData());
        const HttpReply wrongType = anonymous.post(QStringLiteral("/apikeys/_login"),
                                                   QJsonObject{{QStringLiteral("login"), QJsonArray{}},
                                                               {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(wrongType.status, 400);
        QVERIFY2(wrongType.message().contains(QStringLiteral("login")), wrongType.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
