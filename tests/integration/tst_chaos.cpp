// SPDX-License-Identifier: GPL-3.0-or-later
// Chaos: 500 random actions (reply, note, status, postpone, take, assign, transfer with and
// without a note) by two agents' Frontline cores, Lars and Sofie of the demo seed, against a
// sandbox that answers 20 % of requests with 500/502/503, cuts off 5 % of answers after
// handling them (the outcome is unknown to the client), delays every answer by 0-100 ms and
// allows 120 requests per key and minute (below the client's own budget of 150, so 429s
// come). Afterwards the server holds exactly what the actions say, every reply and note
// exactly once, both outboxes are empty, and each cache agrees with the server.
//
// Each agent changes only its own tickets (the outbox orders the actions of one ticket;
// two agents acting on one ticket at once have no defined outcome), but both write notes on
// the other's tickets and both sync the shared Billing department, so each one's pulls keep
// running into the other's changes. FRONTLINE_CHAOS_SEED=N repeats a run.
#include "expectedhelpdesk.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "workspacesession.h"

#include "api/wire/wiretime.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

constexpr int kActions = 500;
constexpr int kTicketsPerAgent = 10;
// 500 actions in about a minute: faster than a person, so the outboxes queue up behind the
// rate limit and the injected failures, which is the point.
constexpr int kMeanGapMs = 120;
constexpr int kDrainMs = 240000;

struct Actor
{
    WorkspaceSession *session = nullptr;
    QStringList pool; // tickets whose state only this agent changes
    QStringList departments;
    int actions = 0;
};

class Chaos
{
public:
    Chaos(quint32 seed, ExpectedHelpDesk &expected)
        : m_random(seed)
        , m_expected(expected)
    { }

    /// One random action by one of the agents: taken through TicketActions (the outbox and
    /// the optimistic change in one transaction) and applied to the expected state.
    void act(Actor &me, const Actor &other, int n)
    {
        TicketActions &actions = me.session->workspace().actions();
        Store &store = me.session->workspace().store();
        const QString meId = me.session->agent().id;
        const QString ticket = pick(me.pool);
        const QString body = QStringLiteral("[chaos %1 %2] %3")
                                     .arg(meId)
                                     .arg(n, 3, 10, QLatin1Char('0'))
                                     .arg(pick(m_words) + u' ' + pick(m_words) + u' ' + pick(m_words));
        const int roll = int(m_random.bounded(100));
        StoreError error;
        QString what;
        if (roll < 22) {
            what = QStringLiteral("reply");
            error = actions.reply(ticket, body, false);
            if (!error.isError())
                m_expected.reply(ticket, meId, body);
        } else if (roll < 40) {
            // Half of the notes go to the other agent's tickets that this one also mirrors.
            QString target = ticket;
            const QString theirs = pick(other.pool);
            if (m_random.bounded(2) == 0 && store.tickets().contains(theirs))
                target = theirs;
            what = QStringLiteral("note");
            error = actions.note(target, body);
            if (!error.isError())
                m_expected.note(target, meId, body);
        } else if (roll < 58) {
            static const QStringList statuses{QStringLiteral("R"), QStringLiteral("C"), QStringLiteral("A")};
            const QString status = pick(statuses);
            what = QStringLiteral("status ") + status;
            error = actions.setStatus(ticket, status);
            if (!error.isError())
                m_expected.setStatus(ticket, status);
        } else if (roll < 63) {
            what = QStringLiteral("postpone");
            const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600 + qint64(m_random.bounded(72 * 3600)));
            error = actions.postpone(ticket, until);
            if (!error.isError())
                m_expected.postpone(ticket);
        } else if (roll < 73) {
            what = QStringLiteral("take");
            error = actions.take(ticket);
            if (!error.isError())
                m_expected.assign(ticket, meId);
        } else if (roll < 85) {
            const QString colleague = pick(membersOf(store, m_expected.state(ticket)->departmentId, meId));
            what = QStringLiteral("assign ") + colleague;
            error = actions.assign(ticket, colleague);
            if (!error.isError())
                m_expected.assign(ticket, colleague);
        } else {
            const QString department = pick(me.departments);
            const QString agent = m_random.bounded(2) ? pick(membersOf(store, department, meId)) : QString();
            const QString note = m_random.bounded(2) ? body : QString();
            what = QStringLiteral("transfer to %1 '%2'").arg(department, agent);
            error = actions.transfer(ticket, department, agent, note);
            if (!error.isError()) {
                if (!note.isEmpty())
                    m_expected.note(ticket, meId, note);
                m_expected.transfer(ticket, department, agent);
            }
        }
        if (error.isError())
            m_failures << QStringLiteral("%1 %2 on %3: %4").arg(meId, what, ticket, error.detail);
        ++me.actions;
    }

    int gapMs() { return int(m_random.bounded(2 * kMeanGapMs)); }
    bool firstAgent() { return m_random.bounded(2) == 0; }
    const QStringList &failures() const { return m_failures; }

    QStringList sample(QStringList ids, int n)
    {
        QStringList out;
        while (!ids.isEmpty() && out.size() < n)
            out << ids.takeAt(qsizetype(m_random.bounded(quint32(ids.size()))));
        return out;
    }

private:
    QString pick(const QStringList &list)
    {
        return list.isEmpty() ? QString() : list.at(qsizetype(m_random.bounded(quint32(list.size()))));
    }

    static QStringList membersOf(const Store &store, const QString &departmentId, const QString &fallback)
    {
        for (const Department &d : store.reference().departments()) {
            if (d.id == departmentId && !d.agentIds.isEmpty())
                return d.agentIds;
        }
        return {fallback};
    }

    QRandomGenerator m_random;
    ExpectedHelpDesk &m_expected;
    QStringList m_failures;
    const QStringList m_words{QStringLiteral("faktura"),    QStringLiteral("refund"), QStringLiteral("pedido"),
                              QStringLiteral("termostat"),  QStringLiteral("račun"),  QStringLiteral("kamera"),
                              QStringLiteral("abonnement"), QStringLiteral("envío"),  QStringLiteral("app"),
                              QStringLiteral("løsning")};
};

/// Tickets this agent mirrors that are open in one of its departments.
QStringList openInDepartments(WorkspaceSession &s, const QStringList &departments)
{
    TicketQuery q;
    q.queue = TicketQuery::Queue::AllOpen;
    q.meId = s.agent().id;
    q.myDepartmentIds = departments;
    QStringList ids;
    for (const TicketRow &r : s.workspace().store().tickets().rows(q, 0, 1000)) {
        if (departments.contains(r.departmentId))
            ids << r.id;
    }
    ids.sort();
    return ids;
}

/// Requests of one session by kind of endpoint (and how many were refused with 429), for the log.
/// The connection ends with the tally (m_context): the session may outlive it and still finish
/// replies when it shuts down.
class RequestTally
{
public:
    explicit RequestTally(WorkspaceSession &s)
    {
        QObject::connect(&s.network(), &QNetworkAccessManager::finished, &m_context, [this](QNetworkReply *r) {
            QString path = r->url().path();
            static const QRegularExpression id(QStringLiteral("/(t|ag)-[^/]+"));
            path.replace(id, QStringLiteral("/{id}"));
            if (path == u"/api/v3/tickets")
                path += r->url().query().contains(QStringLiteral("date_changed")) ? QStringLiteral("?changed")
                                                                                  : QStringLiteral("?open");
            ++m_counts[QLatin1StringView(r->operation() == QNetworkAccessManager::GetOperation ? "GET " : "") + path];
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
                ++m_refused;
        });
    }
    QString text() const
    {
        QStringList parts;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        return parts.join(QStringLiteral(", ")) + QStringLiteral("; %1 refused with 429").arg(m_refused);
    }

private:
    QMap<QString, int> m_counts;
    int m_refused = 0;
    QObject m_context; // last: the connection goes first
};

QString outboxProblems(WorkspaceSession &s)
{
    QStringList out;
    for (const OutboxEntry &e : s.workspace().store().outbox().all()) {
        out << QStringLiteral("%1 #%2 %3 on %4: %5 after %6 attempts (%7: %8)")
                        .arg(s.agent().id)
                        .arg(e.id)
                        .arg(OutboxEntry::kindName(e.kind), e.ticketId, OutboxEntry::stateName(e.state))
                        .arg(e.attempts)
                        .arg(e.errorKind, e.errorMessage);
    }
    return out.mid(0, 20).join(u'\n');
}

/// Differences between an agent's cache and the expected state of its own tickets.
QStringList cacheDifferences(WorkspaceSession &s, const QStringList &pool, const ExpectedHelpDesk &expected)
{
    QStringList out;
    for (const QString &id : pool) {
        const auto row = s.workspace().store().tickets().row(id);
        const auto want = expected.state(id);
        if (!row || !want) {
            out << id + QStringLiteral(" missing");
            continue;
        }
        if (row->status != want->status || row->agentId != want->agentId || row->departmentId != want->departmentId)
            out << QStringLiteral("%1: cache of %2 has %3 '%4' %5")
                            .arg(id, s.agent().id, row->status, row->agentId, row->departmentId);
    }
    return out;
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private slots:
    void fiveHundredActionsThroughFaults()
    {
        quint32 seed = QRandomGenerator::global()->generate() % 100000;
        if (qEnvironmentVariableIsSet("FRONTLINE_CHAOS_SEED"))
            seed = quint32(qEnvironmentVariableIntValue("FRONTLINE_CHAOS_SEED"));
        qInfo("FRONTLINE_CHAOS_SEED=%u", seed);

        SandboxProcess sandbox({QStringLiteral("--fail-rate"), QStringLiteral("0.2"), QStringLiteral("--drop-rate"),
                                QStringLiteral("0.05"), QStringLiteral("--latency"), QStringLiteral("50:50"),
                                QStringLiteral("--rate-limit"), QStringLiteral("120"), QStringLiteral("--random-seed"),
                                QString::number(seed)});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

        WorkspaceSession lars(sandbox, DemoAgent::lars());
        WorkspaceSession sofie(sandbox, DemoAgent::sofie());
        for (WorkspaceSession *s : {&lars, &sofie}) {
            QVERIFY2(s->open(), qPrintable(s->errorString()));
            // The product's poll schedule (15 s while things change); the outbox retries from
            // 250 ms rather than 2 s so that the run stays short.
            s->workspace().pusher().setRetryBase(std::chrono::milliseconds(250));
        }
        QElapsedTimer clock;
        clock.start();
        QSignalSpy larsSynced(&lars.workspace().sync(), &SyncEngine::initialSyncFinished);
        QSignalSpy sofieSynced(&sofie.workspace().sync(), &SyncEngine::initialSyncFinished);
        lars.workspace().start();
        sofie.workspace().start();
        QVERIFY2(QTest::qWaitFor([&] { return larsSynced.count() == 1 && sofieSynced.count() == 1; }, 180000),
                 "no first sync through the faults within 3 minutes");
        qInfo("first syncs through the faults: %.1f s", double(clock.elapsed()) / 1000);

        // Each agent's own tickets: open in its departments, Billing (shared) split between them.
        Actor a{&lars, {}, lars.workspace().sync().myDepartmentIds()};
        Actor b{&sofie, {}, sofie.workspace().sync().myDepartmentIds()};
        QCOMPARE(a.departments.size(), 2);
        QCOMPARE(b.departments.size(), 3);
        const QStringList larsOpen = openInDepartments(lars, a.departments);
        const QStringList sofieOpen = openInDepartments(sofie, b.departments);
        QStringList larsCandidates;
        QStringList sofieCandidates;
        bool toLars = true;
        for (const QString &id : larsOpen) {
            if (!sofieOpen.contains(id))
                larsCandidates << id;
            else if ((toLars = !toLars))
                larsCandidates << id;
        }
        for (const QString &id : sofieOpen) {
            if (!larsCandidates.contains(id))
                sofieCandidates << id;
        }
        ExpectedHelpDesk expected(QStringLiteral("[chaos "));
        Chaos chaos(seed, expected);
        a.pool = chaos.sample(larsCandidates, kTicketsPerAgent);
        b.pool = chaos.sample(sofieCandidates, kTicketsPerAgent);
        QCOMPARE(a.pool.size(), kTicketsPerAgent);
        QCOMPARE(b.pool.size(), kTicketsPerAgent);

        // The starting point is the server's (a third agent's key reads it).
        SandboxClient magnus(sandbox, "frontline-demo-v3-key-magnus");
        for (const QString &id : a.pool + b.pool) {
            QString error;
            QVERIFY2(expected.load(magnus, id, &error), qPrintable(error));
        }

        // The actions, at random moments, while both cores sync and push.
        const int requestsBefore = lars.requestCount() + sofie.requestCount();
        RequestTally larsTally(lars);
        RequestTally sofieTally(sofie);
        clock.restart();
        int taken = 0;
        QTimer ticker;
        ticker.setSingleShot(true);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (chaos.firstAgent())
                chaos.act(a, b, taken);
            else
                chaos.act(b, a, taken);
            if (++taken < kActions)
                ticker.start(chaos.gapMs());
        });
        ticker.start(0);
        QVERIFY(QTest::qWaitFor([&] { return taken == kActions; }, 180000));
        const double actingSeconds = double(clock.elapsed()) / 1000;
        QVERIFY2(chaos.failures().isEmpty(), qPrintable(chaos.failures().join(u'\n')));

        // Everything leaves both outboxes: confirmed, nothing refused.
        QTimer progress;
        connect(&progress, &QTimer::timeout, this, [&] {
            qInfo("%.0f s: outboxes %d and %d, sync %s and %s", double(clock.elapsed()) / 1000,
                  lars.workspace().store().outbox().count(), sofie.workspace().store().outbox().count(),
                  QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(lars.workspace().sync().state())),
                  QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(sofie.workspace().sync().state())));
        });
        progress.start(10000);
        const bool drained = QTest::qWaitFor(
                [&] {
                    return lars.workspace().store().outbox().count() == 0
                            && sofie.workspace().store().outbox().count() == 0;
                },
                kDrainMs);
        progress.stop();
        QVERIFY2(drained, qPrintable(outboxProblems(lars) + u'\n' + outboxProblems(sofie)));
        const double drainSeconds = double(clock.elapsed()) / 1000;
        qInfo("%d actions (Lars %d, Sofie %d, %d texts) taken in %.1f s, all confirmed after %.1f s; %d requests",
              kActions, a.actions, b.actions, expected.textCount(), actingSeconds, drainSeconds,
              lars.requestCount() + sofie.requestCount() - requestsBefore);
        qInfo("Lars: %s", qPrintable(larsTally.text()));
        qInfo("Sofie: %s", qPrintable(sofieTally.text()));

        // The server holds exactly what the actions say.
        const QStringList differences = expected.differences(magnus);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

        // And each agent's cache follows the server for its own tickets.
        QTimer nudge; // "Sync now" every two seconds instead of waiting for the next poll
        connect(&nudge, &QTimer::timeout, this, [&] {
            lars.workspace().sync().syncNow();
            sofie.workspace().sync().syncNow();
        });
        nudge.start(2000);
        QStringList stale;
        const bool converged = QTest::qWaitFor(
                [&] {
                    stale = cacheDifferences(lars, a.pool, expected) + cacheDifferences(sofie, b.pool, expected);
                    return stale.isEmpty();
                },
                90000);
        QVERIFY2(converged, qPrintable(stale.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
