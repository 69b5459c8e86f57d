// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesession.h"

#include "sandboxprocess.h"

#include "account/profile.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace Frontline::Test {

DemoAgent DemoAgent::lars()
{
    return {QString::fromLatin1(SandboxProcess::demoAgentId), QString::fromLatin1(SandboxProcess::demoLogin),
            QStringLiteral("Lars Nielsen"), QString::fromLatin1(SandboxProcess::demoV3Key),
            QString::fromLatin1(SandboxProcess::demoV1Key)};
}

DemoAgent DemoAgent::sofie()
{
    return {QStringLiteral("ag-sofie"), QStringLiteral("sofie.kristensen@demo.frontline.example"),
            QStringLiteral("Sofie Kristensen"), QStringLiteral("frontline-demo-v3-key-sofie"),
            QStringLiteral("frontline-demo-v1-key-sofie")};
}

WorkspaceSession::WorkspaceSession(const SandboxProcess &sandbox, const DemoAgent &agent, const QString &profileDir,
                                   const Clock *clock)
    : WorkspaceSession(sandbox.baseUrl(), sandbox.certificateFile(), agent, profileDir, clock)
{ }

WorkspaceSession::WorkspaceSession(const QUrl &server, const QString &certificateFile, const DemoAgent &agent,
                                   const QString &profileDir, const Clock *clock)
    : m_agent(agent)
    , m_profileDir(profileDir)
{
    if (m_profileDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_profileDir = m_tempDir->path();
    }
    QObject::connect(&m_network, &QNetworkAccessManager::finished, &m_network, [this] { ++m_requests; });
    AccountSettings account;
    account.serverUrl = server.toString();
    account.agentId = agent.id;
    account.agentEmail = agent.email;
    account.agentName = agent.name;
    account.pinnedCertFile = certificateFile;
    account.hasV1Key = !agent.v1ApiKey.isEmpty();
    m_workspace = std::make_unique<Workspace>(Profile::inDirectory(m_profileDir), account, agent.apiKey, agent.v1ApiKey,
                                              &m_network, clock ? *clock : m_systemClock);
}

WorkspaceSession::~WorkspaceSession()
{
    // Jobs hold replies of m_network: the workspace goes first.
    if (m_workspace)
        m_workspace->shutdown();
    m_workspace.reset();
}

QString WorkspaceSession::profileDir() const
{
    return m_profileDir;
}

QString WorkspaceSession::cachePath() const
{
    return Profile::inDirectory(m_profileDir).cachePath(m_workspace->account().accountKey());
}

bool WorkspaceSession::open()
{
    if (m_opened)
        return true;
    const StoreError e = m_workspace->open();
    if (e.isError()) {
        m_error = QStringLiteral("cannot open the cache: %1").arg(e.detail);
        return false;
    }
    m_opened = true;
    return true;
}

void WorkspaceSession::setFastSchedule(std::chrono::milliseconds poll, std::chrono::milliseconds retryBase)
{
    SyncEngine::Options o = m_workspace->sync().options();
    o.activePoll = poll;
    o.quietPoll = 2 * poll;
    o.backgroundPoll = 2 * poll;
    o.presenceEvery = 4 * poll; // as the product's 60 s to its 15 s
    m_workspace->sync().setOptions(o);
    m_workspace->pusher().setRetryBase(retryBase);
}

bool WorkspaceSession::startAndSync(int timeoutMs)
{
    if (!open())
        return false;
    setFastSchedule();
    QSignalSpy done(&m_workspace->sync(), &SyncEngine::initialSyncFinished);
    m_workspace->start();
    if (!done.wait(timeoutMs)) {
        m_error = QStringLiteral("no first sync within %1 ms: %2").arg(timeoutMs).arg(m_workspace->sync().errorText());
        return false;
    }
    return true;
}

bool WorkspaceSession::waitOutboxEmpty(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_workspace->store().outbox().count() == 0; }, timeoutMs);
}

} // namespace Frontline::Test
