// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapp.h"

#include "handlers/agentshandler.h"
#include "handlers/deviceshandler.h"
#include "handlers/directoryhandler.h"
#include "handlers/sessionhandler.h"
#include "handlers/ticketshandler.h"
#include "handlers/v1handler.h"
#include "logic/presence.h"
#include "logic/simulator.h"
#include "logic/slaplanner.h"
#include "logic/ticketrouter.h"
#include "logic/ticketservice.h"
#include "seed/seedimporter.h"
#include "seed/seedloader.h"
#include "seed/ticketgenerator.h"
#include "server/certificate.h"
#include "server/dispatcher.h"
#include "server/faultinjector.h"
#include "server/ratelimiter.h"
#include "server/router.h"
#include "server/sandboxserver.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/directorystore.h"
#include "store/ticketstore.h"
#include "store/ticketwriter.h"

#include "api/wire/wire.h"
#include "domain/clock.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

QJsonObject phrasesToJson(const QMap<QString, SeedPhrases> &phrases)
{
    QJsonObject out;
    for (auto it = phrases.cbegin(); it != phrases.cend(); ++it) {
        out.insert(it.key(),
                   QJsonObject{{u"subjects"_s, QJsonArray::fromStringList(it->subjects)},
                               {u"bodies"_s, QJsonArray::fromStringList(it->bodies)},
                               {u"replies"_s, QJsonArray::fromStringList(it->replies)},
                               {u"names"_s, QJsonArray::fromStringList(it->names)}});
    }
    return out;
}

QMap<QString, SeedPhrases> phrasesFromJson(const QByteArray &json)
{
    QMap<QString, SeedPhrases> out;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto list = [](const QJsonValue &v) {
        QStringList l;
        for (const QJsonValue &item : v.toArray())
            l.append(item.toString());
        return l;
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        out.insert(it.key(),
                   SeedPhrases{list(p.value(u"subjects"_s)), list(p.value(u"bodies"_s)), list(p.value(u"replies"_s)),
                               list(p.value(u"names"_s))});
    }
    return out;
}

} // namespace

SandboxApp::SandboxApp(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SandboxApp::~SandboxApp()
{
    // The server and the simulator use the stores: they go first.
    m_simulator.reset();
    m_server.reset();
}

Expected<quint16, QString> SandboxApp::start()
{
    const QDateTime start = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
    m_clock = std::make_unique<ScaledClock>(start, m_options.speed);
    if (auto opened = openDatabase(); !opened)
        return opened.error();
    if (m_db->meta(u"seeded"_s) != u"1") {
        if (auto seeded = seed(); !seeded)
            return seeded.error();
    } else if (!m_options.seedFile.isEmpty() || m_options.generatedTickets > 0) {
        qCWarning(lcSandbox) << "the database already holds a help desk: --seed and --tickets are ignored";
    }
    if (auto planner = buildPlanner(); !planner)
        return planner.error();
    buildApi();
    return listen();
}

Expected<bool, QString> SandboxApp::openDatabase()
{
    QString file = m_options.dataFile;
    if (file.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid())
            return tr("Cannot create a temporary folder for the database.");
        file = m_tempDir->filePath(u"sandbox.sqlite"_s);
    }
    auto db = Database::open(file);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_writer = std::make_unique<TicketWriter>(*m_db);
    if (!m_writer->isValid())
        return tr("Cannot prepare the database %1.").arg(file);
    m_directory = std::make_unique<DirectoryStore>(*m_db);
    m_tickets = std::make_unique<TicketStore>(*m_db, *m_writer);
    m_conversations = std::make_unique<ConversationStore>(*m_db, *m_writer);
    return true;
}

Expected<bool, QString> SandboxApp::seed()
{
    const QString source = m_options.seedFile.isEmpty() ? u":/sandbox/seed/demo.json"_s : m_options.seedFile;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the seed %1: %2").arg(source, file.errorString());
    const QDateTime now = m_clock->now();
    auto seed = SeedLoader::load(file.readAll(), now);
    if (!seed)
        return tr("The seed %1 is invalid at %2").arg(source, seed.error().toString());
    if (m_options.generatedTickets > 0 && seed->phrases.isEmpty())
        return tr("The seed %1 has no phrases to generate tickets from.").arg(source);
    auto planner = SlaPlanner::create(seed->slaLevels, seed->defaultSlaLevel, seed->vipSlaLevel);
    if (!planner)
        return tr("The seed %1 is invalid: %2").arg(source, planner.error());

    QElapsedTimer timer;
    timer.start();
    // A new database is written once, in one transaction: a rollback journal (nothing to
    // journal for pages that did not exist) is cheaper than WAL's double write. WAL again after.
    m_db->execute(u"PRAGMA journal_mode=DELETE"_s);
    Database::Transaction transaction(*m_db);
    SeedImporter importer(*m_db, *m_directory, *m_tickets, *m_conversations, *planner);
    TicketGenerator generator(*m_db, *m_tickets, *m_conversations, *planner);
    if (!importer.import(*seed, now)
        || !generator.generate(*seed, m_options.generatedTickets, m_options.randomSeed, now))
        return tr("The seed %1 could not be stored.").arg(source);
    m_db->setMeta(u"phrases"_s,
                  QString::fromUtf8(QJsonDocument(phrasesToJson(seed->phrases)).toJson(QJsonDocument::Compact)));
    m_db->setMeta(u"seeded"_s, u"1"_s);
    if (!m_db->createIndexes() || !transaction.commit() || !m_db->execute(u"PRAGMA journal_mode=WAL"_s))
        return tr("The seed %1 could not be stored.").arg(source);
    // Parsed by bench_sandbox; keep the wording.
    QTextStream(stderr) << "seeded " << (seed->tickets.size() + m_options.generatedTickets) << " tickets in "
                        << timer.elapsed() << " ms\n";
    return true;
}

Expected<bool, QString> SandboxApp::buildPlanner()
{
    QList<SlaLevel> levels;
    for (const QJsonObject &json : m_directory->slaLevels()) {
        auto level = Wire::decodeSlaLevel(json);
        if (!level)
            return tr("The stored SLA level is invalid: %1").arg(level.error().toString());
        levels.append(*level);
    }
    auto planner = SlaPlanner::create(levels, m_db->meta(u"default_sla_level"_s), m_db->meta(u"vip_sla_level"_s));
    if (!planner)
        return planner.error();
    m_sla = std::make_unique<SlaPlanner>(std::move(planner).value());
    return true;
}

void SandboxApp::buildApi()
{
    m_presence = std::make_unique<Presence>(*m_directory);
    m_router = std::make_unique<TicketRouter>(*m_directory, *m_presence);
    m_service = std::make_unique<TicketService>(*m_db, *m_directory, *m_tickets, *m_conversations, *m_router, *m_sla,
                                                *m_clock);
    m_routes = std::make_unique<Router>();
    m_sessionHandler = std::make_unique<SessionHandler>(*m_directory, *m_clock);
    m_agentsHandler = std::make_unique<AgentsHandler>(*m_directory, *m_presence);
    m_devicesHandler = std::make_unique<DevicesHandler>(*m_directory, *m_presence);
    m_directoryHandler = std::make_unique<DirectoryHandler>(*m_directory, *m_presence, *m_sla);
    m_ticketsHandler = std::make_unique<TicketsHandler>(*m_service, *m_tickets, *m_conversations, *m_sla, *m_clock);
    m_v1Handler = std::make_unique<V1Handler>(*m_service, *m_directory);
    m_sessionHandler->addRoutes(*m_routes);
    m_agentsHandler->addRoutes(*m_routes);
    m_devicesHandler->addRoutes(*m_routes);
    m_directoryHandler->addRoutes(*m_routes);
    m_ticketsHandler->addRoutes(*m_routes);
    m_v1Handler->addRoutes(*m_routes);

    m_limiter = std::make_unique<RateLimiter>(m_options.rateLimitPerMinute);
    m_dispatcher = std::make_unique<Dispatcher>(*m_routes, *m_directory, *m_limiter, *m_clock);
    m_dispatcher->setBeforeEach([this] { m_service->wakePostponed(); });
    m_faults = std::make_unique<FaultInjector>(FaultInjector::Settings{m_options.latencyMs, m_options.latencyJitterMs,
                                                                       m_options.failRate, m_options.dropRate,
                                                                       m_options.truncateRate, m_options.randomSeed});
    m_server = std::make_unique<SandboxServer>(
            [this](const HttpRequest &request) { return m_dispatcher->dispatch(request); }, *m_faults);

    PhraseBook phrases(phrasesFromJson(m_db->meta(u"phrases"_s).toUtf8()), m_options.randomSeed);
    m_simulator = std::make_unique<Simulator>(*m_service, *m_tickets, *m_directory, std::move(phrases),
                                              m_options.simulatePerHour, *m_clock);
    connect(&m_postponeTimer, &QTimer::timeout, this, [this] { m_service->wakePostponed(); });
    m_postponeTimer.start(1000);
    m_simulator->start();
}

Expected<quint16, QString> SandboxApp::listen()
{
    auto identity = m_options.certFile.isEmpty() ? Certificate::generateSelfSigned()
                                                 : Certificate::load(m_options.certFile, m_options.keyFile);
    if (!identity)
        return identity.error();
    if (!m_options.certOut.isEmpty()) {
        if (auto written = identity->writeCertificate(m_options.certOut); !written)
            return written.error();
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity->certificate());
    tls.setPrivateKey(identity->key());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_server->sslSetup(tls);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, m_options.port);
    if (port == 0)
        return tr("Cannot listen on 127.0.0.1:%1.").arg(m_options.port);
    return port;
}

} // namespace Frontline::Sandbox
