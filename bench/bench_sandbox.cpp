// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox under the benchmark's load: seeding 100,000 generated tickets (budget 15 s) and
// serving `GET /tickets?_perPage=100` from them over keep-alive HTTPS (budget 300 requests/s),
// next to floors measured in the same run: raw SQLite inserts of as many rows, and `GET /ping`
// over the same connection.
//
//   build/release/bin/bench_sandbox [TICKETS] [REQUESTS]
#include "benchutil.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

/// The storage floor of seeding: a ticket-shaped row (30 columns) and two message rows per
/// ticket, inserted through SQLite's C API in one transaction, with no logic at all.
double rawInsertSeconds(int tickets)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("floor.sqlite")).toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "CREATE TABLE t(a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,u,v,w,x,y,z,aa,bb,cc,dd,ee);"
                 "CREATE TABLE m(a,b,c,d,e,f,g);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *ticket = nullptr;
    sqlite3_stmt *message = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1,
                       &ticket, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO m VALUES(?,?,?,?,?,?,?)", -1, &message, nullptr);
    const QByteArray text("Min faktura er forkert, jeg er blevet opkraevet to gange for ordre 4411.");
    const double seconds = Bench::seconds([&] {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int i = 0; i < tickets; ++i) {
            for (int c = 1; c <= 30; ++c)
                sqlite3_bind_text(ticket, c, text.constData(), 24, SQLITE_STATIC);
            sqlite3_step(ticket);
            sqlite3_reset(ticket);
            for (int g = 0; g < 2; ++g) {
                for (int c = 1; c <= 7; ++c)
                    sqlite3_bind_text(message, c, text.constData(), int(text.size()), SQLITE_STATIC);
                sqlite3_step(message);
                sqlite3_reset(message);
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    sqlite3_finalize(ticket);
    sqlite3_finalize(message);
    sqlite3_close(db);
    return seconds;
}

struct Run
{
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

Run measure(SandboxClient &client, const QString &path, const SandboxClient::Params &query, int requests)
{
    for (int i = 0; i < 20; ++i) // warm up: the connection, SQLite's cache
        client.get(path, query);
    std::vector<double> latencies;
    latencies.reserve(std::size_t(requests));
    Run run;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer one;
        one.start();
        const HttpReply reply = client.get(path, query);
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
        if (reply.status != 200 || reply.body.size() < 2)
            ++run.failures;
    }
    run.perSecond = requests / (double(total.nsecsElapsed()) / 1e9);
    run.p50Ms = Bench::percentile(latencies, 50);
    run.p99Ms = Bench::percentile(latencies, 99);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int requests = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    QTextStream out(stdout);

    // Seeding: the sandbox reports the time of its seeding transaction on stderr.
    SandboxProcess sandbox({QStringLiteral("--tickets"), QString::number(tickets), QStringLiteral("--rate-limit"),
                            QStringLiteral("0")});
    QElapsedTimer startup;
    startup.start();
    if (!sandbox.start(120000)) {
        out << "cannot start the sandbox: " << sandbox.errorString() << '\n';
        return 1;
    }
    const double startupSeconds = double(startup.elapsed()) / 1000.0;
    const QRegularExpressionMatch seeded = QRegularExpression(QStringLiteral("seeded (\\d+) tickets in (\\d+) ms"))
                                                   .match(QString::fromUtf8(sandbox.standardError()));
    if (!seeded.hasMatch()) {
        out << "the sandbox did not report its seeding time\n";
        return 1;
    }
    const double seedSeconds = seeded.captured(2).toDouble() / 1000.0;
    const double floorSeconds = rawInsertSeconds(tickets);
    out << "sandbox with " << seeded.captured(1) << " tickets, " << requests << " requests per figure\n";
    out.flush();
    bool ok = Bench::report(QStringLiteral("seeding %1 generated tickets").arg(tickets), seedSeconds,
                            QStringLiteral("s"), floorSeconds, 15.0);
    Bench::note(QStringLiteral("sandbox start to listening (incl. seeding, certificate)"), startupSeconds,
                QStringLiteral("s"));

    SandboxClient client(sandbox);
    const Run ping = measure(client, QStringLiteral("/ping"), {}, requests);
    const Run page = measure(client, QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("100")}},
                             requests);
    const Run sync = measure(
            client, QStringLiteral("/tickets"),
            {{QStringLiteral("_filters"),
              QStringLiteral(
                      R"([["agentid","IN","ag-lars"],["status","IN","N,C,A,W,T,P"],["date_changed","D>=","2000-01-01 00:00:00"]])")},
             {QStringLiteral("_sortField"), QStringLiteral("date_changed")},
             {QStringLiteral("_sortDir"), QStringLiteral("ASC")},
             {QStringLiteral("_perPage"), QStringLiteral("100")}},
            requests / 4);
    ok = Bench::report(QStringLiteral("GET /tickets?_perPage=100 over keep-alive HTTPS"), page.perSecond,
                       QStringLiteral("requests/s"), ping.perSecond, 300, false)
            && ok;
    Bench::note(QStringLiteral("  p50 latency"), page.p50Ms, QStringLiteral("ms"));
    Bench::note(QStringLiteral("  p99 latency"), page.p99Ms, QStringLiteral("ms"));
    Bench::note(QStringLiteral("floor GET /ping, same connection"), ping.perSecond, QStringLiteral("requests/s"));
    Bench::note(QStringLiteral("  p50 latency"), ping.p50Ms, QStringLiteral("ms"));
    Bench::note(QStringLiteral("  p99 latency"), ping.p99Ms, QStringLiteral("ms"));
    Bench::note(QStringLiteral("GET /tickets, the client's sync query (agent, status, date_changed sorted)"),
                sync.perSecond, QStringLiteral("requests/s"));
    Bench::note(QStringLiteral("  p99 latency"), sync.p99Ms, QStringLiteral("ms"));
    if (page.failures + ping.failures + sync.failures > 0) {
        out << "failed requests: " << (page.failures + ping.failures + sync.failures) << '\n';
        out.flush();
        ok = false;
    }
    sandbox.stop();
    return ok ? 0 : 1;
}
