// SPDX-License-Identifier: GPL-3.0-or-later
// Crashes: crash_worker (Lars's Frontline core on one profile, syncing, pushing its outbox and
// taking an action every 20-80 ms) is killed with SIGKILL at a random moment, 20 times, then
// run once more until its outbox is empty. After every kill the cache passes PRAGMA
// integrity_check and opens without being rebuilt; at the end every action the worker
// acknowledged (committed to the outbox) is on the server, replies and notes exactly once,
// and the tickets are in the state the actions say. Answers are delayed 0-30 ms so that
// kills also land while requests are on the wire.
#include "expectedhelpdesk.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "account/accountsettings.h"
#include "account/profile.h"
#include "api/wire/filter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

constexpr int kRounds = 20;
constexpr int kTickets = 6;

/// What one run of the worker printed.
struct Run
{
    QList<QJsonObject> entries; // QUEUED and ACK, in order
    int queuedUnknown = 0; // entries found interrupted on the wire (state unknown at start)
    bool opened = false;
    bool recovered = false;
    bool drained = false;
    QStringList errors;
};

void parse(const QByteArray &output, Run *run)
{
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("OPENED ")) {
            run->opened = true;
            run->recovered = line.split(' ').value(1) != "0";
        } else if (line.startsWith("QUEUED ") || line.startsWith("ACK ")) {
            const QJsonObject entry = QJsonDocument::fromJson(line.mid(line.indexOf(' ') + 1)).object();
            run->entries << entry;
            if (line.startsWith("QUEUED ") && entry[QStringLiteral("state")].toString() == u"unknown")
                ++run->queuedUnknown;
        } else if (line == "DRAINED") {
            run->drained = true;
        } else if (line.startsWith("ERROR ")) {
            run->errors << QString::fromUtf8(line);
        }
    }
}

QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("integrity-%1").arg(QRandomGenerator::global()->generate());
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                result = q.lastError().text();
            while (q.next())
                result += q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QStringList workerArguments(const SandboxProcess &sandbox, const QString &profile, const QStringList &tickets,
                                quint32 seed) const
    {
        return {QStringLiteral("--profile"), profile,
                QStringLiteral("--server"),  sandbox.baseUrl().toString(),
                QStringLiteral("--cert"),    sandbox.certificateFile(),
                QStringLiteral("--tickets"), tickets.join(u','),
                QStringLiteral("--seed"),    QString::number(seed)};
    }

private slots:
    void killedAtRandomMomentsLosesNothing()
    {
        const quint32 seed = qEnvironmentVariableIsSet("FRONTLINE_CRASH_SEED")
                ? quint32(qEnvironmentVariableIntValue("FRONTLINE_CRASH_SEED"))
                : QRandomGenerator::global()->generate() % 100000;
        qInfo("FRONTLINE_CRASH_SEED=%u", seed);
        QRandomGenerator random(seed);

        // Many short runs each sync from scratch: no request budget to wait for.
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--latency"),
                                QStringLiteral("15:15"), QStringLiteral("--random-seed"), QString::number(seed)});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);

        // Lars's open tickets in his departments; the worker acts on a few of them.
        const Filter open =
                Filter().in(QStringLiteral("departmentid"), {QStringLiteral("first-line"), QStringLiteral("billing")})
                        .in(QStringLiteral("status"), {QStringLiteral("N"), QStringLiteral("A"), QStringLiteral("C")});
        const HttpReply list = client.get(QStringLiteral("/tickets"),
                                          {{QStringLiteral("_filters"), QString::fromUtf8(open.toJson())},
                                           {QStringLiteral("_perPage"), QStringLiteral("100")}});
        QCOMPARE(list.status, 200);
        QStringList candidates;
        for (const QJsonValue &t : list.array())
            candidates << t[QStringLiteral("id")].toString();
        QStringList tickets;
        while (tickets.size() < kTickets && !candidates.isEmpty())
            tickets << candidates.takeAt(qsizetype(random.bounded(quint32(candidates.size()))));
        QCOMPARE(tickets.size(), kTickets);
        ExpectedHelpDesk expected(QStringLiteral("[crash "));
        for (const QString &id : std::as_const(tickets)) {
            QString error;
            QVERIFY2(expected.load(client, id, &error), qPrintable(error));
        }

        QTemporaryDir profile;
        AccountSettings account;
        account.serverUrl = sandbox.baseUrl().toString();
        account.agentId = QString::fromLatin1(SandboxProcess::demoAgentId);
        const QString cache = Profile::inDirectory(profile.path()).cachePath(account.accountKey());
        const QString worker = QCoreApplication::applicationDirPath() + QStringLiteral("/crash_worker");

        std::map<qint64, QJsonObject> acknowledged; // by outbox id: the order they were taken in
        int interruptedOnTheWire = 0;
        for (int round = 1; round <= kRounds + 1; ++round) {
            const bool last = round > kRounds;
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList arguments = workerArguments(sandbox, profile.path(), tickets, seed + quint32(round));
            if (last)
                arguments << QStringLiteral("--drain");
            process.start(worker, arguments);
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            QByteArray output;
            if (last) {
                QVERIFY2(QTest::qWaitFor(
                                 [&] {
                                     output += process.readAllStandardOutput();
                                     return output.contains("DRAINED\n");
                                 },
                                 120000),
                         "the outbox was not emptied within 2 minutes");
                // The worker quits right after DRAINED: qWaitFor's event processing may already
                // have seen it finish, and waitForFinished() is false for a finished process.
                QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(10000));
                QCOMPARE(process.exitCode(), 0);
            } else {
                // Anywhere: opening the cache, the first sync, between actions, mid-request.
                QTest::qWait(50 + int(random.bounded(2000)));
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(10000));
                QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            }
            output += process.readAllStandardOutput();

            Run run;
            parse(output, &run);
            QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
            if (run.opened)
                QVERIFY2(!run.recovered, "the cache was found damaged after a kill and rebuilt");
            interruptedOnTheWire += run.queuedUnknown;
            for (const QJsonObject &e : std::as_const(run.entries))
                acknowledged.emplace(e[QStringLiteral("id")].toInteger(), e);
            if (QFile::exists(cache))
                QCOMPARE(integrityCheck(cache), QStringLiteral("ok"));
        }

        for (const auto &[id, e] : acknowledged) {
            expected.apply(OutboxEntry::kindFromName(e[QStringLiteral("kind")].toString()),
                           e[QStringLiteral("ticket")].toString(), e[QStringLiteral("payload")].toObject(),
                           QString::fromLatin1(SandboxProcess::demoAgentId));
        }
        qInfo("%d rounds: %d actions acknowledged (%d replies and notes), %d found interrupted on the wire", kRounds,
              int(acknowledged.size()), expected.textCount(), interruptedOnTheWire);
        // The runs did real work: actions in most rounds, and kills while requests were out.
        QVERIFY2(acknowledged.size() >= 100, qPrintable(QString::number(acknowledged.size())));
        QVERIFY(interruptedOnTheWire >= 1);
        const QStringList differences = expected.differences(client);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
