// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/accountsettings.h"
#include "account/profile.h"
#include "domain/agent.h"
#include "models/slacatalog.h"
#include "store/storeerror.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Frontline {

class ApiError;
class Clock;
class LiveAgentClient;
class OutboxPusher;
class PresenceController;
class Store;
class SyncEngine;
class TicketActions;

/// Everything core does for one signed-in account, built and wired in one place: the cache,
/// the LiveAgent client, the actions and their outbox pusher, the sync engine, presence and
/// the SLA catalog. The UI and headless tools create one and talk to its parts.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(const Profile &profile, const AccountSettings &account, const QString &apiKey, const QString &v1ApiKey,
              QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens the cache (rebuilding a damaged one) and builds the rest. On error nothing runs.
    StoreError open();
    /// Starts syncing and pushing the outbox.
    void start();
    /// Stops network activity and closes the presence log (quit).
    void shutdown();

    const AccountSettings &account() const { return m_account; }
    const Agent &me() const { return m_me; }
    Store &store() { return *m_store; }
    LiveAgentClient &client() { return *m_client; }
    TicketActions &actions() { return *m_actions; }
    OutboxPusher &pusher() { return *m_pusher; }
    SyncEngine &sync() { return *m_sync; }
    PresenceController &presence() { return *m_presence; }
    SlaCatalog &slaCatalog() { return m_catalog; }
    const Clock &clock() const { return m_clock; }

    /// After the agent entered a new v1 key (Settings).
    void setV1ApiKey(const QString &key);
    /// The keys, when they were not known at construction (read from the keychain while the
    /// window was being shown from the cache). Before start().
    void setApiKeys(const QString &apiKey, const QString &v1ApiKey);

Q_SIGNALS:
    /// The server no longer accepts the key: the agent must sign in again.
    void credentialsRejected(const Frontline::ApiError &error);

private:
    Profile m_profile;
    AccountSettings m_account;
    QString m_apiKey;
    QString m_v1ApiKey;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    Agent m_me;
    SlaCatalog m_catalog;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LiveAgentClient> m_client;
    std::unique_ptr<TicketActions> m_actions;
    std::unique_ptr<OutboxPusher> m_pusher;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<PresenceController> m_presence;
};

} // namespace Frontline
