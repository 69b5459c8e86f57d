// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "requestbudget.h"
#include "retrypolicy.h"
#include "serverendpoint.h"
#include "tlsoptions.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

namespace Frontline {

class Clock;

/// Which LiveAgent API a request speaks: v3 (JSON, `apikey` header) or the legacy v1 that
/// replies need (form fields, v1 key as `apikey` query parameter, `{"response":…}` envelope).
enum class ApiVersion {
    V3,
    V1,
};

/// The keys a client authenticates with. The v1 key is optional (replies need it).
struct ApiCredentials
{
    QString apiKey;
    QString v1ApiKey;
};

/// What every job of one LiveAgentClient shares: the network access manager, the endpoint,
/// the resolved TLS configuration, the keys, the request budgets, the retry policy and the
/// per-request timeout. Owned by the client; jobs only read it (and take budget slots).
class ApiConnection
{
public:
    ApiConnection(QNetworkAccessManager *network, ServerEndpoint endpoint, const TlsOptions &tls,
                  ApiCredentials credentials, const Clock *clock);

    QNetworkAccessManager *network() const { return m_network; }
    const ServerEndpoint &endpoint() const { return m_endpoint; }
    QUrl base(ApiVersion api) const;

    /// Set when the TLS options could not be loaded: every job then fails with it.
    const std::optional<ApiError> &tlsSetupError() const;
    const ResolvedTls &tls() const;

    const QString &key(ApiVersion api) const;
    void setKey(ApiVersion api, const QString &key);

    RequestBudget *budget(ApiVersion api) const;
    void setBudget(ApiVersion api, RequestBudget *budget);

    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    std::chrono::milliseconds requestTimeout() const { return m_timeout; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Wall-clock "now", for HTTP-date Retry-After values without a Date header.
    QDateTime now() const;
    void setClock(const Clock *clock) { m_clock = clock; }

private:
    QPointer<QNetworkAccessManager> m_network; // not owned; jobs fail cleanly if it goes away
    ServerEndpoint m_endpoint;
    void resolveTls() const;

    TlsOptions m_tlsOptions;
    // Not even default-constructed before use: a QSslConfiguration loads the TLS backend.
    mutable std::optional<ResolvedTls> m_tls;
    mutable std::optional<ApiError> m_tlsError;
    ApiCredentials m_credentials;
    QPointer<RequestBudget> m_v3Budget;
    QPointer<RequestBudget> m_v1Budget;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_timeout{30'000};
    const Clock *m_clock;
};

} // namespace Frontline
