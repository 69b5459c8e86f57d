// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/accountsettings.h"
#include "domain/clock.h"
#include "sync/workspace.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace Frontline {
class CredentialStore;
}

namespace Frontline::Test {

class SandboxProcess;

/// An agent of the sandbox's demo seed (docs/demo-seed.md) and the keys Frontline signs in with.
struct DemoAgent
{
    QString id;
    QString email;
    QString name;
    QString apiKey;
    QString v1ApiKey;

    /// The account a sign-in leaves for this agent on `server`, pinning `certificateFile`.
    AccountSettings account(const QUrl &server, const QString &certificateFile) const;

    static DemoAgent lars();
    static DemoAgent sofie();
};

/// One agent's Frontline core, as the app builds it: a Workspace (real SQLite cache in a
/// profile folder, LiveAgentClient over pinned TLS, sync engine, outbox pusher) against a
/// running sandbox, with its own QNetworkAccessManager whose requests are counted.
///
///     WorkspaceSession lars(sandbox, DemoAgent::lars());
///     QVERIFY(lars.startAndSync());
///     lars.workspace().actions().reply(id, text, false);
///     QVERIFY(lars.waitOutboxEmpty());
class WorkspaceSession
{
public:
    /// `profileDir` empty: a temporary folder removed with the session; `clock` null: the
    /// system clock (else it must outlive the session).
    WorkspaceSession(const SandboxProcess &sandbox, const DemoAgent &agent, const QString &profileDir = QString(),
                     const Clock *clock = nullptr);
    /// A sandbox started elsewhere: its address and the certificate to pin.
    WorkspaceSession(const QUrl &server, const QString &certificateFile, const DemoAgent &agent,
                     const QString &profileDir = QString(), const Clock *clock = nullptr);
    ~WorkspaceSession();
    WorkspaceSession(const WorkspaceSession &) = delete;
    WorkspaceSession &operator=(const WorkspaceSession &) = delete;

    /// Opens the cache (Workspace::open()); false with the store's words in errorString().
    bool open();
    /// Polls every `poll` (tests need not wait for the product's 15-60 s) and retries the
    /// outbox from `retryBase`; call after open().
    void setFastSchedule(std::chrono::milliseconds poll = std::chrono::milliseconds(200),
                         std::chrono::milliseconds retryBase = std::chrono::milliseconds(100));
    /// open() if needed, the fast schedule, start(), and wait for the first full sync.
    bool startAndSync(int timeoutMs = 30000);
    /// Waits until every action has left the outbox (confirmed by the server).
    bool waitOutboxEmpty(int timeoutMs = 30000);

    Workspace &workspace() { return *m_workspace; }
    QString profileDir() const;
    QString cachePath() const;
    QString errorString() const { return m_error; }
    const DemoAgent &agent() const { return m_agent; }
    /// Requests that got an answer or failed, through this session's network manager.
    int requestCount() const { return m_requests; }
    QNetworkAccessManager &network() { return m_network; }

private:
    DemoAgent m_agent;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_profileDir;
    QNetworkAccessManager m_network;
    SystemClock m_systemClock;
    std::unique_ptr<Workspace> m_workspace;
    QString m_error;
    bool m_opened = false;
    int m_requests = 0;
};

/// What a finished sign-in to `sandbox` as `agent` leaves in the profile folder `dir`: the
/// account's settings, with a copy of the sandbox's certificate pinned. Nothing when the
/// certificate cannot be copied.
std::optional<AccountSettings> saveSignedInAccount(const SandboxProcess &sandbox, const DemoAgent &agent,
                                                   const QString &dir);

/// Writes `agent`'s two keys for `accountKey` to the keychain, or with `present` false removes
/// them (a key already absent is no error), and waits up to 20 s for both answers. Returns the
/// keychain's words when that failed.
std::optional<QString> setKeysInKeychain(CredentialStore &keychain, const QString &accountKey, const DemoAgent &agent,
                                         bool present = true);

} // namespace Frontline::Test
