// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesession.h"

#include "sandboxprocess.h"

#include "account/credentialstore.h"
#include "account/profile.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace Frontline::Test {

AccountSettings DemoAgent::account(const QUrl &server, const QString &certificateFile) const
{
    AccountSettings account;
    account.serverUrl = server.toString();
    account.agentId = id;
    account.agentEmail = email;
    account.agentName = name;
    account.pinnedCertFile = certificateFile;
    account.hasV1Key = !v1ApiKey.isEmpty();
    return account;
}

std::optional<AccountSettings> saveSignedInAccount(const SandboxProcess &sandbox, const DemoAgent &agent,
                                                   const QString &dir)
{
    const AccountSettings account = agent.account(sandbox.baseUrl(), QDir(dir).filePath(QStringLiteral("server.pem")));
    QDir().mkpath(dir);
    if (!QFile::copy(sandbox.certificateFile(), account.pinnedCertFile))
        return std::nullopt;
    QSettings settings(Profile::inDirectory(dir).settingsPath(), QSettings::IniFormat);
    account.save(settings);
    settings.sync();
    return account;
}

std::optional<QString> setKeysInKeychain(CredentialStore &keychain, const QString &accountKey, const DemoAgent &agent,
                                         bool present)
{
    // Shared with the callbacks: a keychain that answers after the wait must not write into
    // a returned frame.
    struct Answers
    {
        int count = 0;
        std::optional<QString> problem;
    };
    const auto answers = std::make_shared<Answers>();
    const QList<std::pair<CredentialStore::Secret, QString>> keys{{CredentialStore::Secret::ApiKey, agent.apiKey},
                                                                  {CredentialStore::Secret::V1ApiKey, agent.v1ApiKey}};
    for (const auto &[secret, key] : keys) {
        if (present) {
            keychain.write(accountKey, secret, key, [answers](std::optional<KeychainError> e) {
                if (e && !answers->problem)
                    answers->problem = e->humanMessage();
                ++answers->count;
            });
        } else {
            keychain.remove(accountKey, secret, [answers](std::optional<KeychainError>) { ++answers->count; });
        }
    }
    if (!QTest::qWaitFor([&] { return answers->count == 2; }, 20000))
        return QStringLiteral("no answer");
    return answers->problem;
}

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
    const AccountSettings account = agent.account(server, certificateFile);
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
