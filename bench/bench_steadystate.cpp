// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5's steady-state figure: with nothing changing, Frontline sends <= 4 requests a minute
// (LiveAgent allows 180 per key; several agents' clients and integrations share that).
//
// Method: Lars's Workspace against the sandbox (demo seed, its clock frozen with --speed 0 so
// that nothing changes on the server: no simulator, no postponement ending), with the sync
// schedule run 60 times faster than in the product: the client's clock is a ScaledClock at
// speed 60 (the reference refresh every 30 min and the reconcile every 10 min are measured in
// it) and the poll intervals, which are real-time timers, are the product's divided by 60
// (15 s / 30 s / 60 s become 250 / 500 / 1000 ms). The request budget is scaled the same way
// (150 per minute of the scaled clock). After a warm-up in which the first sync, SLA levels
// and conversations of the open tickets are fetched, the requests leaving the client's
// QNetworkAccessManager are counted for one hour of scaled time (60 s), in the foreground
// (window active) and then in the background. A cycle's own duration (a few ms, ~0.5 s
// scaled) stretches each interval a little, so the count is at most ~2 % low.
// The floor is the part no schedule can drop: the incremental ticket pull itself.
//
//   build/release/bin/bench_steadystate [SCALED_MINUTES]
#include "benchutil.h"
#include "sandboxprocess.h"
#include "workspacesession.h"

#include "api/liveagentclient.h"
#include "api/requestbudget.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QMap>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

constexpr int kSpeed = 60;

QString endpointOf(const QUrl &url)
{
    static const QRegularExpression id(QStringLiteral("/(ag|t|c|pa|cm)-[^/]+|/[0-9a-z]{8}(?=/|$)"));
    QString path = url.path();
    path.replace(id, QStringLiteral("/{id}"));
    if (path == u"/api/v3/tickets")
        path += url.query().contains(QStringLiteral("date_changed")) ? QStringLiteral(" (changed since)")
                                                                     : QStringLiteral(" (open set)");
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int minutes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;
    SandboxProcess sandbox(
            {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    if (!sandbox.start()) {
        QTextStream(stderr) << sandbox.errorString() << '\n';
        return 2;
    }
    const ScaledClock clock(QDateTime::currentDateTimeUtc(), kSpeed);
    RequestBudget budget(150, std::chrono::minutes(1),
                         [&clock] { return std::chrono::milliseconds(clock.now().toMSecsSinceEpoch()); });
    WorkspaceSession session(sandbox, DemoAgent::lars(), QString(), &clock);
    if (!session.open()) {
        QTextStream(stderr) << session.errorString() << '\n';
        return 2;
    }
    Workspace &w = session.workspace();
    w.client().setRequestBudget(ApiVersion::V3, &budget);
    SyncEngine::Options o = w.sync().options();
    o.activePoll /= kSpeed;
    o.quietPoll /= kSpeed;
    o.backgroundPoll /= kSpeed;
    o.maxErrorBackoff /= kSpeed;
    w.sync().setOptions(o);

    QMap<QString, int> byEndpoint;
    bool counting = false;
    QObject::connect(&session.network(), &QNetworkAccessManager::finished, &app, [&](QNetworkReply *reply) {
        if (counting)
            ++byEndpoint[endpointOf(reply->url())];
    });

    // Warm-up: the first sync, then SLA levels and conversations of every open ticket in scope.
    w.start();
    if (!QTest::qWaitFor([&] { return w.sync().isInitialSyncDone(); }, 60000)) {
        QTextStream(stderr) << "no first sync: " << w.sync().errorText() << '\n';
        return 2;
    }
    const QString me = DemoAgent::lars().id;
    const bool warm = QTest::qWaitFor(
            [&] {
                const QStringList departments = w.sync().myDepartmentIds();
                return w.store().tickets().ticketsNeedingSla(me, departments, 1).isEmpty()
                        && w.store().tickets().ticketsNeedingConversation(me, departments, 1).isEmpty()
                        && w.store().outbox().count() == 0;
            },
            60000);
    if (!warm) {
        QTextStream(stderr) << "SLA levels and conversations were still being fetched after a minute\n";
        return 2;
    }
    QTest::qWait(3000); // quiet cycles after the last change

    auto measure = [&](const QString &label) {
        byEndpoint.clear();
        const QDateTime start = clock.now();
        counting = true;
        QTest::qWait(minutes * 60 * 1000 / kSpeed);
        counting = false;
        const double scaledMinutes = double(start.msecsTo(clock.now())) / 60000.0;
        int total = 0;
        for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
            total += it.value();
            Bench::note(QStringLiteral("  %1").arg(it.key()), it.value() / scaledMinutes,
                        QStringLiteral("requests/min"));
        }
        const int pulls = byEndpoint.value(QStringLiteral("/api/v3/tickets (changed since)"));
        return Bench::report(QStringLiteral("steady state, nothing changing, %1 (%2 requests in %3 min of scaled time)")
                                     .arg(label)
                                     .arg(total)
                                     .arg(scaledMinutes, 0, 'f', 1),
                             total / scaledMinutes, QStringLiteral("requests/min"), pulls / scaledMinutes, 4);
    };
    bool ok = measure(QStringLiteral("window in the foreground"));
    w.sync().setForeground(false);
    QTest::qWait(2000);
    ok &= measure(QStringLiteral("window in the background"));
    w.sync().stop();
    return ok ? 0 : 1;
}
