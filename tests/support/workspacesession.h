// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "sync/workspace.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

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

} // namespace Frontline::Test
