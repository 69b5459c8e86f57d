// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include "domain/expected.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace Frontline {
class ScaledClock;
}

namespace Frontline::Sandbox {

class AgentsHandler;
class ConversationStore;
class Database;
class DevicesHandler;
class DirectoryHandler;
class DirectoryStore;
class Dispatcher;
class FaultInjector;
class Presence;
class RateLimiter;
class Router;
class SandboxServer;
class SessionHandler;
class Simulator;
class SlaPlanner;
class TicketRouter;
class TicketService;
class TicketStore;
class TicketWriter;
class TicketsHandler;
class V1Handler;

/// The composition root of `frontline-sandbox`: opens (and on first use seeds) the database,
/// builds the help desk, the API and the HTTPS server from the options, and starts the timers
/// (end of postponements, simulator).
class SandboxApp : public QObject
{
    Q_OBJECT

public:
    explicit SandboxApp(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxApp() override;

    /// Everything up to listening; the port, or a sentence for stderr.
    Expected<quint16, QString> start();

private:
    Expected<bool, QString> openDatabase();
    Expected<bool, QString> seed();
    Expected<bool, QString> buildPlanner();
    void buildApi();
    Expected<quint16, QString> listen();

    SandboxOptions m_options;
    std::unique_ptr<ScaledClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TicketWriter> m_writer;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<TicketStore> m_tickets;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<SlaPlanner> m_sla;
    std::unique_ptr<Presence> m_presence;
    std::unique_ptr<TicketRouter> m_router;
    std::unique_ptr<TicketService> m_service;
    std::unique_ptr<SessionHandler> m_sessionHandler;
    std::unique_ptr<AgentsHandler> m_agentsHandler;
    std::unique_ptr<DevicesHandler> m_devicesHandler;
    std::unique_ptr<DirectoryHandler> m_directoryHandler;
    std::unique_ptr<TicketsHandler> m_ticketsHandler;
    std::unique_ptr<V1Handler> m_v1Handler;
    std::unique_ptr<Router> m_routes;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Simulator> m_simulator;
    QTimer m_postponeTimer;
};

} // namespace Frontline::Sandbox
