// SPDX-License-Identifier: GPL-3.0-or-later
// Offline: actions taken while the server is down wait in the outbox (also across a restart
// of Frontline) and reach the server exactly once when it comes back. The sandbox comes back
// on the same database, port and certificate, as a help desk after an outage does.
#include "expectedhelpdesk.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "selfsignedcertificate.h"
#include "workspacesession.h"

#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void actionsWaitForTheServerAndArriveOnce()
    {
        QString error;
        const auto cert = SelfSignedCertificate::generate(QStringLiteral("offline"), &error);
        QVERIFY2(cert, qPrintable(error));
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("sandbox-key.pem"));
        {
            QFile key(keyFile);
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write(cert->key().toPem());
        }
        SandboxProcess sandbox({QStringLiteral("--data"), dir.filePath(QStringLiteral("helpdesk.sqlite")),
                                QStringLiteral("--cert"), cert->certificatePath(), QStringLiteral("--key"), keyFile,
                                QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.certificate(), cert->certificate());
        const QString profile = dir.filePath(QStringLiteral("profile"));
        auto lars = std::make_unique<WorkspaceSession>(sandbox, DemoAgent::lars(), profile);
        QVERIFY2(lars->startAndSync(), qPrintable(lars->errorString()));

        // Three tickets: one from the Unassigned queue, two of Lars's own.
        Store *store = &lars->workspace().store();
        TicketQuery q;
        q.meId = DemoAgent::lars().id;
        q.myDepartmentIds = lars->workspace().sync().myDepartmentIds();
        q.queue = TicketQuery::Queue::Unassigned;
        const QList<TicketRow> queue = store->tickets().rows(q, 0, 1);
        q.queue = TicketQuery::Queue::Mine;
        const QList<TicketRow> mine = store->tickets().rows(q, 0, 2);
        QCOMPARE(queue.size(), 1);
        QCOMPARE(mine.size(), 2);
        const QString unassigned = queue.first().id;
        const QString first = mine.at(0).id;
        const QString second = mine.at(1).id;
        SandboxClient client(sandbox);
        ExpectedHelpDesk expected(QStringLiteral("[offline "));
        for (const QString &id : {unassigned, first, second})
            QVERIFY2(expected.load(client, id, &error), qPrintable(error));

        // The server goes away.
        sandbox.stop();
        const QString me = DemoAgent::lars().id;
        TicketActions *actions = &lars->workspace().actions();
        const QString reply = QStringLiteral("[offline 1] Hej, vi har fundet fejlen og retter den i dag.");
        const QString note = QStringLiteral("[offline 2] Customer called, see the payment log.");
        const QString handOver = QStringLiteral("[offline 3] Needs tier 2: firmware question.");
        QVERIFY(!actions->take(unassigned).isError());
        QVERIFY(!actions->reply(unassigned, reply, false).isError());
        QVERIFY(!actions->note(first, note).isError());
        QVERIFY(!actions->setStatus(first, QStringLiteral("R")).isError());
        QVERIFY(!actions->transfer(second, QStringLiteral("tech-2"), QString(), handOver).isError());
        expected.assign(unassigned, me);
        expected.reply(unassigned, me, reply);
        expected.note(first, me, note);
        expected.setStatus(first, QStringLiteral("R"));
        expected.note(second, me, handOver);
        expected.transfer(second, QStringLiteral("tech-2"), QString());
        constexpr int kEntries = 6;

        // Nothing is lost meanwhile: the actions wait (retried, never refused), the engine says
        // offline, the lists already show the actions.
        QVERIFY(QTest::qWaitFor([&] { return lars->workspace().sync().state() == SyncEngine::State::Offline; }, 10000));
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const QList<OutboxEntry> all = store->outbox().all();
                    return std::any_of(all.cbegin(), all.cend(), [](const OutboxEntry &e) { return e.attempts > 0; })
                            && std::none_of(all.cbegin(), all.cend(), [](const OutboxEntry &e) {
                                   return e.state == OutboxEntry::State::Sending;
                               });
                },
                10000));
        const QList<OutboxEntry> waiting = store->outbox().all();
        QCOMPARE(waiting.size(), kEntries);
        for (const OutboxEntry &e : waiting) {
            QVERIFY2(e.state == OutboxEntry::State::Pending, qPrintable(OutboxEntry::stateName(e.state)));
            if (e.attempts > 0)
                QCOMPARE(e.errorKind, QStringLiteral("network"));
        }
        QCOMPARE(store->tickets().row(unassigned)->agentId, me);
        QCOMPARE(store->tickets().row(first)->status, QStringLiteral("R"));
        QCOMPARE(store->tickets().row(second)->departmentId, QStringLiteral("tech-2"));

        // Frontline is closed and started again while the server is still down.
        lars.reset();
        lars = std::make_unique<WorkspaceSession>(sandbox, DemoAgent::lars(), profile);
        QVERIFY2(lars->open(), qPrintable(lars->errorString()));
        store = &lars->workspace().store();
        QCOMPARE(store->outbox().count(), kEntries);
        lars->setFastSchedule();
        lars->workspace().start();
        QTest::qWait(1000);
        QCOMPARE(store->outbox().count(), kEntries);

        // The help desk comes back at the same address with the same certificate.
        QVERIFY2(sandbox.restartOnSamePort(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.certificate(), cert->certificate());
        QVERIFY(lars->waitOutboxEmpty(60000));
        const QStringList differences = expected.differences(client);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QVERIFY(QTest::qWaitFor([&] { return lars->workspace().sync().state() == SyncEngine::State::Idle; }, 30000));
        QCOMPARE(store->tickets().row(second)->departmentId, QStringLiteral("tech-2"));
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
