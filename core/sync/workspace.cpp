// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "outboxpusher.h"
#include "syncengine.h"
#include "ticketactions.h"

#include "api/liveagentclient.h"
#include "logging.h"
#include "presence/presencecontroller.h"
#include "store/store.h"

namespace Frontline {

Workspace::Workspace(const Profile &profile, const AccountSettings &account, const QString &apiKey,
                     const QString &v1ApiKey, QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_account(account)
    , m_apiKey(apiKey)
    , m_v1ApiKey(v1ApiKey)
    , m_network(network)
    , m_clock(clock)
{
    m_me.id = account.agentId;
    m_me.email = account.agentEmail;
    m_me.name = account.agentName;
}

Workspace::~Workspace()
{
    // Jobs reference the client and the engine; stop them before members go.
    if (m_sync)
        m_sync->stop();
    m_presence.reset();
    m_sync.reset();
    m_pusher.reset();
    m_actions.reset();
    m_client.reset();
}

StoreError Workspace::open()
{
    m_store = std::make_unique<Store>(m_profile.cachePath(m_account.accountKey()));
    // The file's integrity check (0.2-0.4 s for a large cache) runs behind the first paint.
    if (StoreError e = m_store->openCheckingInBackground(); e.isError())
        return e;
    if (m_store->recoveredFromCorruption())
        qCWarning(lcSync) << "cache was rebuilt; salvaged" << m_store->salvagedOutboxRows() << "unsent actions";
    if (const auto cached = m_store->reference().agent(m_me.id))
        m_me = *cached;

    TlsOptions tls;
    tls.extraCaFile = m_account.extraCaFile;
    tls.pinnedCertificateFile = m_account.pinnedCertFile;
    auto endpoint = ServerEndpoint::fromUserInput(m_account.serverUrl);
    m_client = std::make_unique<LiveAgentClient>(m_network, endpoint ? *endpoint : ServerEndpoint(), tls,
                                                 ApiCredentials{m_apiKey, m_v1ApiKey});
    m_client->setClock(&m_clock);
    m_actions = std::make_unique<TicketActions>(*m_store, m_clock, m_me);
    m_pusher = std::make_unique<OutboxPusher>(*m_store, *m_client, *m_actions, m_clock, m_me);
    m_sync = std::make_unique<SyncEngine>(*m_store, *m_client, *m_actions, m_catalog, m_clock, m_me);
    m_presence = std::make_unique<PresenceController>(*m_store, m_clock);
    m_pusher->setHeld(true); // until start(): the keys may not be known yet

    connect(m_store.get(), &Store::rebuilt, this, [this] {
        qCWarning(lcSync) << "cache was damaged and rebuilt; salvaged" << m_store->salvagedOutboxRows()
                          << "unsent actions";
        m_sync->syncNow();
    });
    connect(m_client.get(), &LiveAgentClient::unauthorized, this, &Workspace::credentialsRejected);
    connect(m_pusher.get(), &OutboxPusher::reachability, m_sync.get(), &SyncEngine::reachability);
    connect(m_pusher.get(), &OutboxPusher::actionConfirmed, m_sync.get(), &SyncEngine::actionConfirmed);
    connect(m_sync.get(), &SyncEngine::onlineChanged, this, [this](bool online) {
        m_pusher->setOnline(online);
        m_presence->setConnected(online);
    });
    connect(m_sync.get(), &SyncEngine::initialSyncFinished, m_pusher.get(), &OutboxPusher::kick);
    connect(m_sync.get(), &SyncEngine::ownStatusObserved, m_presence.get(), &PresenceController::serverStatusObserved);
    connect(m_store.get(), &Store::outboxChanged, m_presence.get(), &PresenceController::outboxChanged);
    return {};
}

void Workspace::start()
{
    const OnlineStatus last = onlineStatusFromCode(m_me.onlineStatus);
    m_presence->signedIn(last == OnlineStatus::Paused ? PresenceState::Paused : PresenceState::Available);
    m_sync->start();
    m_pusher->setHeld(false);
}

void Workspace::shutdown()
{
    if (m_sync)
        m_sync->stop();
    if (m_presence)
        m_presence->shutdown();
}

void Workspace::setApiKeys(const QString &apiKey, const QString &v1ApiKey)
{
    m_apiKey = apiKey;
    m_v1ApiKey = v1ApiKey;
    m_client->setApiKey(apiKey);
    m_client->setV1ApiKey(v1ApiKey);
}

void Workspace::setV1ApiKey(const QString &key)
{
    m_v1ApiKey = key;
    m_client->setV1ApiKey(key);
    m_pusher->kick();
}

} // namespace Frontline
