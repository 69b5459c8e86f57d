// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection: latency, 5xx, dropped connections, 429 with Retry-After and truncated
// bodies, each deterministic for a --random-seed.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline::Test;

namespace {

QJsonObject newTicket(int n)
{
    return QJsonObject{{QStringLiteral("useridentifier"), QStringLiteral("fault%1@example.com").arg(n)},
                       {QStringLiteral("subject"), QStringLiteral("Fault %1").arg(n)},
                       {QStringLiteral("departmentid"), QStringLiteral("billing")},
                       {QStringLiteral("recipient"), QStringLiteral("support@demo.frontline.example")},
                       {QStringLiteral("message"), QStringLiteral("Hello")}};
}

QList<int> statuses(SandboxProcess &sandbox, int count)
{
    SandboxClient client(sandbox);
    QList<int> out;
    for (int i = 0; i < count; ++i)
        out.append(client.get(QStringLiteral("/agents/ag-lars")).status);
    return out;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void delaysAnswers()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--latency"), QStringLiteral("300:50")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(client.get(QStringLiteral("/ping")).status, 200);
            QVERIFY2(timer.elapsed() >= 240, qPrintable(QString::number(timer.elapsed())));
        }
    }

    void failsWithServerErrorsThatHaveABody()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--fail-rate"), QStringLiteral("1")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        QSet<int> seen;
        for (int i = 0; i < 30; ++i) {
            const HttpReply reply = client.get(QStringLiteral("/tickets"));
            QVERIFY2(reply.status == 500 || reply.status == 502 || reply.status == 503,
                     qPrintable(QString::number(reply.status)));
            QVERIFY(!reply.message().isEmpty());
            seen.insert(reply.status);
        }
        QCOMPARE(seen.size(), 3);
    }

    void failuresAreDeterministicAndHaveNoEffect()
    {
        const QStringList args =
                SandboxProcess::smallSeed() + QStringList{QStringLiteral("--fail-rate"),   QStringLiteral("0.5"),
                                                          QStringLiteral("--random-seed"), QStringLiteral("7"),
                                                          QStringLiteral("--rate-limit"),  QStringLiteral("0")};
        SandboxProcess first(args);
        QVERIFY(first.start());
        const QList<int> a = statuses(first, 40);
        SandboxProcess second(args);
        QVERIFY(second.start());
        QCOMPARE(statuses(second, 40), a);
        QVERIFY(a.contains(200));
        QVERIFY(std::any_of(a.cbegin(), a.cend(), [](int s) { return s >= 500; }));
        SandboxProcess otherSeed(SandboxProcess::smallSeed()
                                 + QStringList{QStringLiteral("--fail-rate"), QStringLiteral("0.5"),
                                               QStringLiteral("--random-seed"), QStringLiteral("8")});
        QVERIFY(otherSeed.start());
        QVERIFY(statuses(otherSeed, 40) != a);

        // A 5xx happens before the help desk sees the request: the ticket was not created.
        SandboxClient client(first);
        int created = 0;
        for (int i = 0; i < 10; ++i)
            created += client.post(QStringLiteral("/tickets"), newTicket(i)).status == 200 ? 1 : 0;
        HttpReply list;
        for (int attempt = 0; attempt < 50 && list.status != 200; ++attempt)
            list = client.get(QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("100")}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 6 + created);
    }

    void dropsConnectionsAfterTheWorkIsDone()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("drop.sqlite"));
        SandboxProcess dropping(
                SandboxProcess::smallSeed()
                + QStringList{QStringLiteral("--drop-rate"), QStringLiteral("1"), QStringLiteral("--data"), data});
        QVERIFY2(dropping.start(), qPrintable(dropping.errorString()));
        {
            SandboxClient client(dropping);
            const HttpReply get = client.get(QStringLiteral("/agents/ag-lars"));
            QVERIFY2(get.networkFailed(), qPrintable(get.errorString));
            const HttpReply post = client.post(QStringLiteral("/tickets"), newTicket(1));
            QVERIFY2(post.networkFailed(), qPrintable(post.errorString));
            QVERIFY(dropping.isRunning());
        }
        dropping.stop();

        // The outcome was unknown to the client, yet the ticket exists (contract 11.7).
        SandboxProcess calm(SandboxProcess::smallSeed() + QStringList{QStringLiteral("--data"), data});
        QVERIFY(calm.start());
        SandboxClient client(calm);
        const HttpReply list =
                client.get(QStringLiteral("/tickets"),
                           {{QStringLiteral("_filters"), QStringLiteral(R"({"search":"fault1@example.com"})")}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 1); // exactly once: nobody retried the POST behind our back
    }

    void limitsRequestsPerKeyWithRetryAfter()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("5")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/tickets")).status, 200);
        const HttpReply limited = client.get(QStringLiteral("/tickets"));
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("retry-after").constData());
        QVERIFY(!limited.message().isEmpty());
        // The budget is per key: another agent's key, and /ping without a key, still work.
        SandboxClient sofia(sandbox, "sofia-v3-key");
        QCOMPARE(sofia.get(QStringLiteral("/tickets")).status, 200);
        SandboxClient anonymous(sandbox, QByteArray());
        QCOMPARE(anonymous.get(QStringLiteral("/ping")).status, 200);
    }

    void theDefaultBudgetIsLiveAgents180()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        int ok = 0;
        HttpReply reply;
        while ((reply = client.get(QStringLiteral("/agents/ag-lars"))).status == 200 && ok < 200)
            ++ok;
        QCOMPARE(ok, 180);
        QCOMPARE(reply.status, 429);
    }

    void truncatesBodies()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--truncate-rate"), QStringLiteral("1")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        const HttpReply reply = client.get(QStringLiteral("/tickets"));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QVERIFY2(!reply.isJson(), reply.body.constData());
        QVERIFY(reply.body.startsWith("[{"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
