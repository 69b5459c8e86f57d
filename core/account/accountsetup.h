// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "credentialstore.h"

#include "api/apierror.h"
#include "api/tlsoptions.h"
#include "domain/agent.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Frontline {

class LiveAgentClient;

/// What the login dialog collects.
struct SignInRequest
{
    enum class Method { ApiKey, Password };
    QString serverUrl;
    QString extraCaFile;
    QString pinnedCertFile;
    Method method = Method::ApiKey;
    QString apiKey; // Method::ApiKey: a v3 key of the account…
    QString email; // …and whose it is (v3 keys are account keys); Method::Password: the login
    QString password; // Method::Password
    QString twoFactorCode; // when the server asked for one
    QString v1ApiKey; // optional: replies and notes need it (contract 11.3)
    QString deviceName; // label of the personal key the password login creates

    TlsOptions tlsOptions() const;
};

/// Why signing in did not work: the server's answer, the keychain's, or ours.
struct SignInError
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::SignInError)

public:
    enum class Kind { Api, Keychain, NoSuchAgent, MissingField };
    Kind kind = Kind::Api;
    std::optional<ApiError> api;
    std::optional<KeychainError> keychain;
    /// MissingField: which one, in English (QT_TRANSLATE_NOOP): humanMessage() translates it
    /// when asked, so the sentence follows a language switch.
    const char *field = nullptr;

    QString humanMessage() const;
    bool needsTwoFactorCode() const { return api && api->kind() == ApiError::Kind::TwoFactorRequired; }
};

/// The signed-in account: settings to keep, and the keys (already in the keychain).
struct SignInResult
{
    AccountSettings settings;
    Agent me;
    QString apiKey;
    QString v1ApiKey;
};

/// First run and account changes: "Test connection" with one precise sentence per failure,
/// signing in with an API key (and the agent's e-mail) or with e-mail and password (and a
/// 2FA code when asked), storing the keys in the OS keychain only, and signing out.
class AccountSetup : public QObject
{
    Q_OBJECT

public:
    AccountSetup(QNetworkAccessManager *network, CredentialStore &credentials, QObject *parent = nullptr);
    ~AccountSetup() override;

    /// Checks the address, TLS and that it is a LiveAgent server (ping); with a key, also that
    /// the key is accepted.
    void testConnection(const SignInRequest &request);
    void signIn(const SignInRequest &request);
    /// Deletes a personal key the password login created, then forgets the keys.
    void signOut(const AccountSettings &settings, const QString &apiKey);
    void abort();

Q_SIGNALS:
    void connectionTested(const std::optional<Frontline::SignInError> &error);
    void signedIn(const Frontline::SignInResult &result);
    void signInFailed(const Frontline::SignInError &error);
    void signedOut();

private:
    std::unique_ptr<LiveAgentClient> makeClient(const SignInRequest &request, QString apiKey,
                                                std::optional<ApiError> *error);
    void findAgent(const QString &email, std::function<void(std::optional<Agent>, std::optional<ApiError>)> done);
    void finish(SignInResult result);
    void fail(SignInError error);

    QNetworkAccessManager *m_network;
    CredentialStore &m_credentials;
    std::unique_ptr<LiveAgentClient> m_client;
    SignInRequest m_request;
};

} // namespace Frontline
