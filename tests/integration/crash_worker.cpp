// SPDX-License-Identifier: GPL-3.0-or-later
// The program tst_crash kills: Lars's Frontline core (a Workspace on --profile) that syncs
// with the sandbox, pushes its outbox and, unless --drain, takes a random action on the
// given tickets every 20-80 ms. It reports on stdout, one line each, written before it
// goes on (so what the parent read is what happened):
//   OPENED <recovered 0|1> <salvaged outbox rows>
//   QUEUED <entry json>   every outbox entry found at start (actions of earlier runs)
//   READY
//   ACK <entry json>      an action committed to the outbox (acknowledged to the agent)
//   DRAINED               --drain: the outbox is empty
#include "workspacesession.h"

#include "api/wire/wiretime.h"
#include "store/store.h"
#include "sync/ticketactions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray entryJson(const OutboxEntry &e)
{
    const QJsonObject o{{QStringLiteral("id"), e.id},
                        {QStringLiteral("kind"), OutboxEntry::kindName(e.kind)},
                        {QStringLiteral("ticket"), e.ticketId},
                        {QStringLiteral("payload"), e.payload},
                        {QStringLiteral("state"), OutboxEntry::stateName(e.state)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class Worker
{
public:
    Worker(WorkspaceSession &session, QStringList tickets, quint32 seed)
        : m_session(session)
        , m_tickets(std::move(tickets))
        , m_random(seed)
    { }

    /// Acts once the tickets are in the cache (after the first sync).
    void tick()
    {
        Store &store = m_session.workspace().store();
        if (std::all_of(m_tickets.cbegin(), m_tickets.cend(),
                        [&](const QString &id) { return store.tickets().contains(id); })) {
            act();
        }
        QTimer::singleShot(20 + int(m_random.bounded(60)), [this] { tick(); });
    }

    void reportNewEntries()
    {
        for (const OutboxEntry &e : m_session.workspace().store().outbox().all()) {
            if (e.id > m_lastReported) {
                say("ACK " + entryJson(e));
                m_lastReported = e.id;
            }
        }
    }

    void setLastReported(qint64 id) { m_lastReported = id; }

private:
    void act()
    {
        TicketActions &actions = m_session.workspace().actions();
        const QString ticket = m_tickets.at(qsizetype(m_random.bounded(quint32(m_tickets.size()))));
        const QString body = QStringLiteral("[crash %1-%2] %3")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(++m_count)
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        static const QStringList departments{QStringLiteral("first-line"), QStringLiteral("billing")};
        static const QStringList colleagues{QStringLiteral("ag-lucia"), QStringLiteral("ag-ingrid"),
                                            QStringLiteral("ag-lars")}; // in both of Lars's departments
        static const QStringList statuses{QStringLiteral("R"), QStringLiteral("C"), QStringLiteral("A")};
        const int roll = int(m_random.bounded(100));
        StoreError e;
        if (roll < 30)
            e = actions.reply(ticket, body, false);
        else if (roll < 55)
            e = actions.note(ticket, body);
        else if (roll < 70)
            e = actions.setStatus(ticket, statuses.at(qsizetype(m_random.bounded(3))));
        else if (roll < 78)
            e = actions.take(ticket);
        else if (roll < 86)
            e = actions.assign(ticket, colleagues.at(qsizetype(m_random.bounded(3))));
        else if (roll < 95)
            e = actions.transfer(ticket, departments.at(qsizetype(m_random.bounded(2))),
                                 m_random.bounded(2) ? colleagues.at(qsizetype(m_random.bounded(3))) : QString(),
                                 m_random.bounded(2) ? body : QString());
        else
            e = actions.postpone(ticket, QDateTime::currentDateTimeUtc().addDays(1 + m_random.bounded(3)));
        if (e.isError())
            say("ERROR " + e.detail.toUtf8());
        reportNewEntries();
    }

    WorkspaceSession &m_session;
    QStringList m_tickets;
    QRandomGenerator m_random;
    qint64 m_lastReported = 0;
    int m_count = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Sandbox address."),
                                    QStringLiteral("URL"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Certificate to pin."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption tickets(QStringLiteral("tickets"),
                                     QStringLiteral("Ticket ids to act on, comma-separated."), QStringLiteral("IDS"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"));
    const QCommandLineOption drain(QStringLiteral("drain"),
                                   QStringLiteral("Take no actions; exit when the outbox is "
                                                  "empty."));
    parser.addOptions({profile, server, cert, tickets, seed, drain});
    parser.process(app);

    WorkspaceSession session(QUrl(parser.value(server)), parser.value(cert), DemoAgent::lars(), parser.value(profile));
    if (!session.open()) {
        say("ERROR " + session.errorString().toUtf8());
        return 2;
    }
    Store &store = session.workspace().store();
    say(QByteArray("OPENED ") + (store.recoveredFromCorruption() ? "1 " : "0 ")
        + QByteArray::number(store.salvagedOutboxRows()));
    Worker worker(session, parser.value(tickets).split(u',', Qt::SkipEmptyParts), parser.value(seed).toUInt());
    for (const OutboxEntry &e : store.outbox().all()) {
        say("QUEUED " + entryJson(e));
        worker.setLastReported(e.id);
    }
    say("READY");

    session.setFastSchedule(std::chrono::milliseconds(300), std::chrono::milliseconds(50));
    session.workspace().start();
    QTimer drained;
    if (parser.isSet(drain)) {
        QObject::connect(&drained, &QTimer::timeout, &app, [&] {
            if (store.outbox().count() == 0) {
                say("DRAINED");
                app.quit();
            }
        });
        drained.start(50);
    } else {
        worker.tick();
    }
    return app.exec();
}
