// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsetup.h"

#include "api/liveagentclient.h"
#include "logging.h"
#include "sync/pagedfetch.h"

using namespace Qt::StringLiterals;

namespace Frontline {

TlsOptions SignInRequest::tlsOptions() const
{
    TlsOptions tls;
    tls.extraCaFile = extraCaFile;
    tls.pinnedCertificateFile = pinnedCertFile;
    return tls;
}

QString SignInError::humanMessage() const
{
    switch (kind) {
    case Kind::Api:
        if (api && api->kind() == ApiError::Kind::RateLimited) {
            // Core's sentence promises a retry; signing in does not retry by itself (and the
            // login throttle's wait is counted in hours, not seconds).
            if (api->retryAfter() && api->retryAfter()->count() > 0) {
                const int minutes = int((api->retryAfter()->count() + 59) / 60);
                return tr("Too many failed sign-ins or requests to the server. Try again in %n minute(s).", nullptr,
                          minutes);
            }
            return tr("Too many failed sign-ins or requests to the server. Try again in a few minutes.");
        }
        return api ? api->humanMessage() : QString();
    case Kind::Keychain:
        return keychain ? keychain->humanMessage() : QString();
    case Kind::NoSuchAgent:
        return tr("The key works, but no agent of this account has that e-mail address.");
    case Kind::MissingField:
        //: %1 is the name of a field of the sign-in form, e.g. "API key"
        return tr("Please fill in: %1.").arg(field ? tr(field) : QString());
    }
    return {};
}

AccountSetup::AccountSetup(QNetworkAccessManager *network, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
{ }

AccountSetup::~AccountSetup() = default;

std::unique_ptr<LiveAgentClient> AccountSetup::makeClient(const SignInRequest &request, QString apiKey,
                                                          std::optional<ApiError> *error)
{
    auto endpoint = ServerEndpoint::fromUserInput(request.serverUrl);
    if (!endpoint) {
        *error = endpoint.error();
        return nullptr;
    }
    auto client = std::make_unique<LiveAgentClient>(m_network, *endpoint, request.tlsOptions(),
                                                    ApiCredentials{std::move(apiKey), request.v1ApiKey});
    if (client->tlsSetupError()) {
        *error = client->tlsSetupError();
        return nullptr;
    }
    return client;
}

void AccountSetup::abort()
{
    m_client.reset(); // its jobs are its children and go with it
}

void AccountSetup::testConnection(const SignInRequest &request)
{
    std::optional<ApiError> error;
    m_client =
            makeClient(request, request.method == SignInRequest::Method::ApiKey ? request.apiKey : QString(), &error);
    if (!m_client) {
        Q_EMIT connectionTested(SignInError{SignInError::Kind::Api, error, {}, {}});
        return;
    }
    auto *ping = m_client->ping();
    connect(ping, &ApiJob::finished, this, [this, request](ApiJob *j) {
        if (j->error()) {
            Q_EMIT connectionTested(SignInError{SignInError::Kind::Api, j->error(), {}, {}});
            return;
        }
        if (request.method != SignInRequest::Method::ApiKey || request.apiKey.isEmpty()) {
            Q_EMIT connectionTested(std::nullopt);
            return;
        }
        auto *probe = m_client->listAgents(ListQuery::pageOf(1, 1));
        connect(probe, &ApiJob::finished, this, [this](ApiJob *p) {
            if (p->error())
                Q_EMIT connectionTested(SignInError{SignInError::Kind::Api, p->error(), {}, {}});
            else
                Q_EMIT connectionTested(std::nullopt);
        });
    });
}

void AccountSetup::findAgent(const QString &email,
                             std::function<void(std::optional<Agent>, std::optional<ApiError>)> done)
{
    auto found = std::make_shared<std::optional<Agent>>();
    fetchPages<ListAgentsJob>(
            this, [this](int page) { return m_client->listAgents(ListQuery::pageOf(page, 100)); }, 100,
            [found, email](const ListAgentsJob &job) {
                for (const Agent &a : job.items()) {
                    if (a.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0) {
                        *found = a;
                        return false;
                    }
                }
                return true;
            },
            [found, done](std::optional<ApiError> error) { done(*found, error); });
}

void AccountSetup::signIn(const SignInRequest &request)
{
    m_request = request;
    const bool byKey = request.method == SignInRequest::Method::ApiKey;
    if (request.serverUrl.trimmed().isEmpty()) {
        fail(SignInError{SignInError::Kind::MissingField,
                         {},
                         {},
                         QT_TRANSLATE_NOOP("Frontline::SignInError", "Server address")});
        return;
    }
    if (byKey && request.apiKey.trimmed().isEmpty()) {
        fail(SignInError{
                SignInError::Kind::MissingField, {}, {}, QT_TRANSLATE_NOOP("Frontline::SignInError", "API key")});
        return;
    }
    if (request.email.trimmed().isEmpty()) {
        fail(SignInError{
                SignInError::Kind::MissingField, {}, {}, QT_TRANSLATE_NOOP("Frontline::SignInError", "E-mail")});
        return;
    }
    if (!byKey && request.password.isEmpty()) {
        fail(SignInError{
                SignInError::Kind::MissingField, {}, {}, QT_TRANSLATE_NOOP("Frontline::SignInError", "Password")});
        return;
    }
    std::optional<ApiError> error;
    m_client = makeClient(request, byKey ? request.apiKey.trimmed() : QString(), &error);
    if (!m_client) {
        fail(SignInError{SignInError::Kind::Api, error, {}, {}});
        return;
    }

    auto withAgent = [this](SignInResult result, const QString &agentId) {
        auto *job = m_client->getAgent(agentId);
        connect(job, &ApiJob::finished, this, [this, result](ApiJob *j) mutable {
            if (j->error()) {
                fail(SignInError{SignInError::Kind::Api, j->error(), {}, {}});
                return;
            }
            result.me = static_cast<GetAgentJob *>(j)->agent().value_or(Agent());
            finish(result);
        });
    };

    if (byKey) {
        findAgent(request.email, [this, request](std::optional<Agent> agent, std::optional<ApiError> error) {
            if (error) {
                fail(SignInError{SignInError::Kind::Api, error, {}, {}});
                return;
            }
            if (!agent) {
                fail(SignInError{SignInError::Kind::NoSuchAgent, {}, {}, {}});
                return;
            }
            SignInResult result;
            result.me = *agent;
            result.apiKey = request.apiKey.trimmed();
            result.v1ApiKey = request.v1ApiKey.trimmed();
            finish(result);
        });
        return;
    }

    ApiKeyLogin login;
    login.login = request.email.trimmed();
    login.password = request.password;
    login.twoFactorToken = request.twoFactorCode.trimmed();
    login.name = request.deviceName.isEmpty() ? u"Frontline"_s : request.deviceName;
    login.type = u"A"_s;
    auto *job = m_client->login(login);
    connect(job, &ApiJob::finished, this, [this, request, withAgent](ApiJob *j) {
        if (j->error()) {
            fail(SignInError{SignInError::Kind::Api, j->error(), {}, {}});
            return;
        }
        const ApiKey key = static_cast<LoginJob *>(j)->apiKey().value_or(ApiKey());
        m_client->setApiKey(key.key);
        SignInResult result;
        result.apiKey = key.key;
        result.v1ApiKey = request.v1ApiKey.trimmed();
        result.settings.apiKeyId = key.id;
        withAgent(result, key.userId);
    });
}

void AccountSetup::finish(SignInResult result)
{
    result.settings.serverUrl = m_request.serverUrl.trimmed();
    result.settings.agentId = result.me.id;
    result.settings.agentEmail = result.me.email;
    result.settings.agentName = result.me.name;
    result.settings.extraCaFile = m_request.extraCaFile;
    result.settings.pinnedCertFile = m_request.pinnedCertFile;
    result.settings.hasV1Key = !result.v1ApiKey.isEmpty();
    const QString account = result.settings.accountKey();
    // Keys go to the keychain before anything is said to be done; nothing else holds them.
    m_credentials.write(account, CredentialStore::Secret::ApiKey, result.apiKey,
                        [this, result, account](std::optional<KeychainError> e) {
                            if (e) {
                                fail(SignInError{SignInError::Kind::Keychain, {}, e, {}});
                                return;
                            }
                            auto done = [this, result](std::optional<KeychainError> e2) {
                                if (e2) {
                                    fail(SignInError{SignInError::Kind::Keychain, {}, e2, {}});
                                    return;
                                }
                                qCInfo(lcAccount) << "signed in as agent" << result.me.id;
                                Q_EMIT signedIn(result);
                            };
                            if (result.v1ApiKey.isEmpty())
                                m_credentials.remove(account, CredentialStore::Secret::V1ApiKey, done);
                            else
                                m_credentials.write(account, CredentialStore::Secret::V1ApiKey, result.v1ApiKey, done);
                        });
}

void AccountSetup::fail(SignInError error)
{
    if (error.api)
        qCInfo(lcAccount) << "sign-in failed:" << error.api->toLogString();
    Q_EMIT signInFailed(error);
}

void AccountSetup::signOut(const AccountSettings &settings, const QString &apiKey)
{
    const QString account = settings.accountKey();
    auto forget = [this, account]() {
        m_credentials.remove(account, CredentialStore::Secret::ApiKey, [this, account](std::optional<KeychainError>) {
            m_credentials.remove(account, CredentialStore::Secret::V1ApiKey,
                                 [this](std::optional<KeychainError>) { Q_EMIT signedOut(); });
        });
    };
    if (settings.apiKeyId.isEmpty() || apiKey.isEmpty()) {
        forget();
        return;
    }
    SignInRequest request;
    request.serverUrl = settings.serverUrl;
    request.extraCaFile = settings.extraCaFile;
    request.pinnedCertFile = settings.pinnedCertFile;
    std::optional<ApiError> error;
    m_client = makeClient(request, apiKey, &error);
    if (!m_client) {
        forget();
        return;
    }
    // The personal key this installation created is deleted on the server too.
    auto *job = m_client->deleteApiKey(settings.apiKeyId);
    connect(job, &ApiJob::finished, this, [forget](ApiJob *) { forget(); });
}

} // namespace Frontline
