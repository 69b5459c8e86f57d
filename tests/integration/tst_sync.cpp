// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine, outbox and actions against the real sandbox over pinned TLS.
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "workspacesession.h"

#include "presence/presencecontroller.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

constexpr int kWait = 30000;

QStringList serverIds(SandboxClient &client, const QString &filters)
{
    QStringList ids;
    for (int page = 1; page < 20; ++page) {
        const auto reply = client.get(QStringLiteral("/tickets"),
                                      {{QStringLiteral("_filters"), filters},
                                       {QStringLiteral("_perPage"), QStringLiteral("100")},
                                       {QStringLiteral("_page"), QString::number(page)}});
        const QJsonArray items = reply.array();
        for (const QJsonValue &v : items)
            ids << v[QStringLiteral("id")].toString();
        if (items.size() < 100)
            break;
    }
    ids.sort();
    return ids;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<QList<TicketEvent>>(); }

    void firstSyncMirrorsMyWork()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY2(s.startAndSync(), qPrintable(s.errorString()));
        Store &store = s.workspace().store();

        SandboxClient client(sandbox);
        const QStringList mineOnServer =
                serverIds(client, QStringLiteral(R"([["agentid","IN","ag-lars"],["status","IN","I,N,T,P,A,C,W"]])"));
        QVERIFY(!mineOnServer.isEmpty());
        TicketQuery q;
        q.meId = QStringLiteral("ag-lars");
        q.myDepartmentIds = s.workspace().sync().myDepartmentIds();
        QCOMPARE(q.myDepartmentIds.size(), 2); // First line and Billing
        QStringList mineCached;
        for (const TicketRow &r : store.tickets().rows(q, 0, 1000))
            mineCached << r.id;
        mineCached.sort();
        QCOMPARE(mineCached, mineOnServer);

        QCOMPARE(store.reference().slaLevels().size(), 2);
        QCOMPARE(store.reference().cannedMessages().size(), 40);
        QCOMPARE(store.reference().predefinedAnswers().size(), 20);
        QVERIFY(store.reference().departments().size() >= 4);
        QCOMPARE(s.workspace().slaCatalog().levels().size(), 2);
        // SLA levels and deadlines are known for my tickets after the first cycles.
        QVERIFY(QTest::qWaitFor(
                [&] { return store.tickets().ticketsNeedingSla(q.meId, q.myDepartmentIds, 100).isEmpty(); }, kWait));
        QVERIFY(!store.tickets().row(mineCached.first())->slaLevelId.isEmpty());
        QVERIFY(s.workspace().sync().state() == SyncEngine::State::Idle
                || s.workspace().sync().state() == SyncEngine::State::Syncing);
    }

    void pulledPagesAreStoredAFewAtATime()
    {
        // Each commit writes the touched pages of the tickets' indexes again: pages are stored
        // a few at a time (Options::storeBatch), and none of them is lost on the way.
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY2(s.open(), qPrintable(s.errorString()));
        SyncEngine::Options o = s.workspace().sync().options();
        o.perPage = 5;
        o.storeBatch = 15;
        s.workspace().sync().setOptions(o);
        QSignalSpy changed(&s.workspace().store(), &Store::ticketsChanged);
        QVERIFY2(s.startAndSync(), qPrintable(s.errorString()));

        qsizetype largest = 0;
        QSet<QString> stored;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QStringList ids = args.first().toStringList();
            largest = std::max(largest, ids.size());
            stored.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        }
        QVERIFY2(largest > o.perPage && largest < o.storeBatch + o.perPage, qPrintable(QString::number(largest)));
        SandboxClient client(sandbox);
        const QStringList mineOnServer =
                serverIds(client, QStringLiteral(R"([["agentid","IN","ag-lars"],["status","IN","I,N,T,P,A,C,W"]])"));
        QVERIFY2(mineOnServer.size() > o.storeBatch, qPrintable(QString::number(mineOnServer.size())));
        for (const QString &id : mineOnServer)
            QVERIFY2(stored.contains(id) && s.workspace().store().tickets().contains(id), qPrintable(id));
    }

    void actionsReachTheServerExactlyOnce()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY2(s.startAndSync(), qPrintable(s.errorString()));
        Store &store = s.workspace().store();
        TicketQuery q;
        q.queue = TicketQuery::Queue::Unassigned;
        q.meId = QStringLiteral("ag-lars");
        q.myDepartmentIds = s.workspace().sync().myDepartmentIds();
        const QList<TicketRow> queue = store.tickets().rows(q, 0, 10);
        QVERIFY(!queue.isEmpty());
        const QString id = queue.first().id;

        TicketActions &actions = s.workspace().actions();
        QVERIFY(!actions.take(id).isError());
        QCOMPARE(store.tickets().row(id)->agentId, QStringLiteral("ag-lars")); // optimistic, at once
        const QString body = QStringLiteral("Hej, tak for din henvendelse. Vi kigger på det nu. — Lars %1")
                                     .arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!actions.reply(id, body, false).isError());
        QVERIFY(!actions.note(id, QStringLiteral("Checked the payment provider log.")).isError());
        QCOMPARE(store.tickets().row(id)->status, QStringLiteral("A"));
        QVERIFY(s.waitOutboxEmpty());

        SandboxClient client(sandbox);
        const QJsonObject ticket = client.get(QStringLiteral("/tickets/") + id).object();
        QCOMPARE(ticket[QStringLiteral("agentid")].toString(), QStringLiteral("ag-lars"));
        QCOMPARE(ticket[QStringLiteral("status")].toString(), QStringLiteral("A"));
        int copies = 0;
        bool note = false;
        for (const QJsonValue &g : client.get(QStringLiteral("/tickets/%1/messages").arg(id)).array()) {
            for (const QJsonValue &m : g[QStringLiteral("messages")].toArray()) {
                if (m[QStringLiteral("message")].toString().contains(body))
                    ++copies;
                if (m[QStringLiteral("message")].toString().contains(QStringLiteral("payment provider log")))
                    note = true;
            }
        }
        QCOMPARE(copies, 1);
        QVERIFY(note);
        // The confirmed conversation replaces the local copy in the cache.
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const auto conv = store.tickets().conversation(id);
                    return std::none_of(conv.begin(), conv.end(),
                                        [](const MessageGroup &g) { return g.id.startsWith(u"local-"); })
                            && !conv.isEmpty();
                },
                kWait));

        // Transfer to Technical tier 2: unassigned there (seed 002), and it leaves "Mine".
        QVERIFY(!actions.transfer(id, QStringLiteral("tech-2"), QString(), QStringLiteral("Needs tier 2.")).isError());
        QVERIFY(s.waitOutboxEmpty());
        const QJsonObject moved = client.get(QStringLiteral("/tickets/") + id).object();
        QCOMPARE(moved[QStringLiteral("departmentid")].toString(), QStringLiteral("tech-2"));
        QCOMPARE(moved[QStringLiteral("agentid")].toString(), QString());
        q.queue = TicketQuery::Queue::Mine;
        QCOMPARE(store.tickets().rowOf(q, id), -1);
        const QJsonArray history = client.get(QStringLiteral("/tickets/%1/history").arg(id)).array();
        QVERIFY(history.size() >= 3);
    }

    void aReplyInDoubtIsFoundOnALongConversation()
    {
        // Contract 11.7: a reply whose first attempt may have reached the server is looked for
        // before it is sent again, also when the conversation has more message groups than one
        // page (the reply is among the newest).
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY2(s.startAndSync(), qPrintable(s.errorString()));
        Store &store = s.workspace().store();
        TicketQuery q;
        q.meId = DemoAgent::lars().id;
        const QString id = store.tickets().rows(q, 0, 1).value(0).id;
        QVERIFY(!id.isEmpty());
        SandboxClient client(sandbox);
        const QString conversation = QStringLiteral("/api/conversations/%1/messages").arg(id);
        const SandboxClient::Params v1Key{{QStringLiteral("apikey"), DemoAgent::lars().v1ApiKey}};
        for (int i = 0; i < 120; ++i) {
            const HttpReply r = client.postForm(conversation,
                                                {{QStringLiteral("message"), QStringLiteral("Note %1").arg(i)},
                                                 {QStringLiteral("type"), QStringLiteral("N")}},
                                                v1Key);
            QCOMPARE(r.status, 200);
        }

        // The reply goes to the server, but its answer is lost and Frontline stops (crash).
        s.workspace().pusher().setOnline(false);
        const QString body =
                QStringLiteral("Vi har sendt en ny faktura. — Lars %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!s.workspace().actions().reply(id, body, false).isError());
        const OutboxEntry entry = store.outbox().all().constLast();
        QCOMPARE(client.postForm(conversation,
                                 {{QStringLiteral("message"), body},
                                  {QStringLiteral("type"), QStringLiteral("M")},
                                  {QStringLiteral("useridentifier"), DemoAgent::lars().email}},
                                 v1Key)
                         .status,
                 200);
        QVERIFY(!store.outbox().markSending(entry.id, QDateTime::currentDateTimeUtc()).isError());
        QVERIFY(!store.outbox().markInterruptedAsUnknown().isError());
        QCOMPARE(store.outbox().entry(entry.id)->state, OutboxEntry::State::Unknown);

        s.workspace().pusher().setOnline(true);
        QVERIFY(s.waitOutboxEmpty());
        int copies = 0;
        const HttpReply messages = client.get(QStringLiteral("/tickets/%1/messages").arg(id),
                                              {{QStringLiteral("_perPage"), QStringLiteral("1000")}});
        QVERIFY(messages.array().size() > 120);
        for (const QJsonValue &g : messages.array()) {
            for (const QJsonValue &m : g[QStringLiteral("messages")].toArray())
                copies += m[QStringLiteral("message")].toString() == body ? 1 : 0;
        }
        QCOMPARE(copies, 1);
    }

    void changesOnTheServerArriveAndRaiseEvents()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY2(s.startAndSync(), qPrintable(s.errorString()));
        Store &store = s.workspace().store();
        QSignalSpy events(&s.workspace().sync(), &SyncEngine::ticketEvents);

        // A colleague (Sofie, admin) assigns an unassigned ticket to Lars.
        TicketQuery q;
        q.queue = TicketQuery::Queue::Unassigned;
        q.meId = QStringLiteral("ag-lars");
        q.myDepartmentIds = s.workspace().sync().myDepartmentIds();
        const QString id = store.tickets().rows(q, 0, 1).first().id;
        SandboxClient sofie(sandbox, "frontline-demo-v3-key-sofie");
        QCOMPARE(sofie.put(QStringLiteral("/tickets/") + id,
                           QJsonObject{{QStringLiteral("agentid"), QStringLiteral("ag-lars")}})
                         .status,
                 200);

        QVERIFY(QTest::qWaitFor(
                [&] {
                    for (const QList<QVariant> &args : events) {
                        for (const TicketEvent &e : args.first().value<QList<TicketEvent>>()) {
                            if (e.kind == TicketEvent::Kind::AssignedToMe && e.ticketId == id)
                                return true;
                        }
                    }
                    return false;
                },
                kWait));
        QCOMPARE(store.tickets().row(id)->agentId, QStringLiteral("ag-lars"));

        // A ticket of Lars's is transferred away by someone else: it leaves Mine at the next reconcile.
        SyncEngine::Options o = s.workspace().sync().options();
        o.reconcileEvery = std::chrono::milliseconds(0);
        s.workspace().sync().setOptions(o);
        QCOMPARE(sofie.put(QStringLiteral("/tickets/") + id,
                           QJsonObject{{QStringLiteral("departmentid"), QStringLiteral("tech-2")}})
                         .status,
                 200);
        q.queue = TicketQuery::Queue::Mine;
        QVERIFY(QTest::qWaitFor([&] { return store.tickets().rowOf(q, id) < 0; }, kWait));
    }

    void pauseAndResumeReachTheServer()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY2(s.startAndSync(), qPrintable(s.errorString()));
        SandboxClient client(sandbox);
        PresenceController &presence = s.workspace().presence();
        QVERIFY(!presence.pause(QStringLiteral("Lunch")).isError());
        QVERIFY(s.waitOutboxEmpty());
        QCOMPARE(client.get(QStringLiteral("/agents/ag-lars")).object()[QStringLiteral("online_status")].toString(),
                 QStringLiteral("P"));
        QVERIFY(!presence.resume().isError());
        QVERIFY(s.waitOutboxEmpty());
        QCOMPARE(client.get(QStringLiteral("/agents/ag-lars")).object()[QStringLiteral("online_status")].toString(),
                 QStringLiteral("N"));
        // A pause set elsewhere shows up at the next look at my own status (presenceEvery).
        SandboxClient sofie(sandbox, "frontline-demo-v3-key-sofie");
        QCOMPARE(sofie.post(QStringLiteral("/agents/ag-lars/_pause"), {}).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return presence.state() == PresenceState::Paused; }, kWait));
        QVERIFY(!presence.isPending());
    }

    // Seeds 000/001: while the agent is paused through Frontline, new tickets of the
    // department go to the colleague who is available; after Resume they reach the agent again.
    void whilePausedNewTicketsGoToTheAvailableColleague()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        WorkspaceSession s(sandbox, DemoAgent::lars());
        QVERIFY(s.startAndSync());
        SandboxClient client(sandbox);
        auto createTicket = [&](int n) {
            const Test::HttpReply reply = client.post(
                    QStringLiteral("/tickets"),
                    QJsonObject{{QStringLiteral("useridentifier"), QStringLiteral("routing%1@example.com").arg(n)},
                                {QStringLiteral("subject"), QStringLiteral("Routing question %1").arg(n)},
                                {QStringLiteral("departmentid"), QStringLiteral("first-line")},
                                {QStringLiteral("recipient"), QStringLiteral("support@demo.frontline.example")},
                                {QStringLiteral("message"), QStringLiteral("Hello")}});
            return std::pair{reply.object().value(QStringLiteral("id")).toString(),
                             reply.object().value(QStringLiteral("agentid")).toString()};
        };

        PresenceController &presence = s.workspace().presence();
        QVERIFY(!presence.pause(QStringLiteral("Lunch")).isError());
        QVERIFY(s.waitOutboxEmpty());
        QStringList owners;
        for (int i = 0; i < 20; ++i)
            owners << createTicket(i).second;
        QCOMPARE(owners.count(QStringLiteral("ag-sofia")), 20);

        QVERIFY(!presence.resume().isError());
        QVERIFY(s.waitOutboxEmpty());
        QString mine;
        for (int i = 20; i < 24 && mine.isEmpty(); ++i) {
            const auto [id, owner] = createTicket(i);
            if (owner == QStringLiteral("ag-lars"))
                mine = id;
        }
        QVERIFY2(!mine.isEmpty(), "after Resume no new ticket reached the agent");
        // And the client sees it as its own on the next poll.
        Store &store = s.workspace().store();
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const auto row = store.tickets().row(mine);
                    return row && row->agentId == QStringLiteral("ag-lars");
                },
                kWait));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
