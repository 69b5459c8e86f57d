// SPDX-License-Identifier: GPL-3.0-or-later
// No API key, password or message body in any log line, with every debug category on
// (QT_LOGGING_RULES is set for this test in CMake).
#include "apiclientfixture.h"
#include "logging.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QStringList g_captured;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_captured.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ")
                      + message);
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

} // namespace

class TestApiLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(capture);
        // Not hollow: the rules from the environment really switched debug output on.
        QVERIFY(qEnvironmentVariable("QT_LOGGING_RULES").contains(QStringLiteral("debug=true")));
        QVERIFY(lcApi().isDebugEnabled());
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void secretsNeverReachTheLog()
    {
        g_captured.clear();
        ApiClientFixture f;
        f.client.setRequestTimeout(std::chrono::milliseconds(20));
        const QString password = QStringLiteral("hunter2-pass");
        const QString body = QStringLiteral("The customer's private words");

        // Successes, retries, failures, timeouts, transport errors, v1 with the key in the URL.
        f.network.enqueue(CannedReply::json(200, "[]"));
        f.finish(f.client.listTickets());
        f.network.enqueue(CannedReply::json(503, {}));
        f.network.enqueue(CannedReply::json(200, "[]"));
        f.finish(f.client.listTags());
        f.network.enqueue(CannedReply::hanging());
        f.network.enqueue(CannedReply::json(401, R"({"message":"Invalid api key"})"));
        f.finish(f.client.getAgent(QStringLiteral("a1")));
        f.network.enqueue(CannedReply::json(403, {}));
        f.finish(f.client.login(
                ApiKeyLogin{QStringLiteral("ann@acme"), password, QStringLiteral("654321"), {}, {}, {}, {}, {}}));
        f.network.enqueue(CannedReply::json(200, R"({"response":{"status":"OK","id":"m1"}})"));
        f.finish(f.client.addConversationMessage(QStringLiteral("t1"), V1MessagePost{body, {}, {}, false}));
        f.network.enqueue(CannedReply::json(500, {}));
        f.finish(f.client.addConversationMessage(QStringLiteral("t1"), V1MessagePost{body, {}, {}, false}));
        f.network.enqueue(CannedReply::networkError(QNetworkReply::ConnectionRefusedError));
        f.network.enqueue(CannedReply::dropped());
        f.finish(f.client.addConversationMessage(QStringLiteral("t1"), V1MessagePost{body, {}, {}, false}));
        QCOMPARE(f.network.requestCount(), 10);

        const QString all = g_captured.join(u'\n');
        // Not hollow: the api category did log the calls, redacted.
        QVERIFY2(all.contains(QStringLiteral("frontline.api")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("/api/conversations/t1/messages")));
        QVERIFY(all.contains(QStringLiteral("apikey=REDACTED")));
        for (const QString &secret :
             {QString::fromLatin1(ApiClientFixture::Key), QString::fromLatin1(ApiClientFixture::V1Key), password, body,
              QStringLiteral("654321")}) {
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret));
            // Nor percent-encoded.
            QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        }
    }

    void redactKeepsTheRestOfTheUrl()
    {
        const QUrl url(QStringLiteral("https://u:p@acme.ladesk.com/api/x?a=1&apikey=SECRET&password=pw&b=%2B"));
        const QString redacted = ApiJob::redact(url).toString(QUrl::FullyEncoded);
        QCOMPARE(redacted, QStringLiteral("https://acme.ladesk.com/api/x?a=1&apikey=REDACTED&password=REDACTED&b=%2B"));
    }
};

QTEST_GUILESS_MAIN(TestApiLogging)
#include "tst_apilogging.moc"
