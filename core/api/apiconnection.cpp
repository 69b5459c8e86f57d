// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiconnection.h"

#include "domain/clock.h"

namespace Frontline {

ApiConnection::ApiConnection(QNetworkAccessManager *network, ServerEndpoint endpoint, const TlsOptions &tls,
                             ApiCredentials credentials, const Clock *clock)
    : m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_tlsOptions(tls)
    , m_credentials(std::move(credentials))
    , m_clock(clock)
{ }

void ApiConnection::resolveTls() const
{
    // On first use, not at construction: loading the TLS backend and the certificates costs
    // ~15 ms that a start-up showing the cache should not wait for.
    if (m_tls)
        return;
    auto resolved = m_tlsOptions.resolve();
    if (resolved) {
        m_tls = std::move(*resolved);
    } else {
        m_tls.emplace();
        m_tlsError = resolved.error();
    }
}

const std::optional<ApiError> &ApiConnection::tlsSetupError() const
{
    resolveTls();
    return m_tlsError;
}

const ResolvedTls &ApiConnection::tls() const
{
    resolveTls();
    return *m_tls;
}

QUrl ApiConnection::base(ApiVersion api) const
{
    return api == ApiVersion::V1 ? m_endpoint.v1Base() : m_endpoint.v3Base();
}

const QString &ApiConnection::key(ApiVersion api) const
{
    return api == ApiVersion::V1 ? m_credentials.v1ApiKey : m_credentials.apiKey;
}

void ApiConnection::setKey(ApiVersion api, const QString &key)
{
    (api == ApiVersion::V1 ? m_credentials.v1ApiKey : m_credentials.apiKey) = key;
}

RequestBudget *ApiConnection::budget(ApiVersion api) const
{
    return api == ApiVersion::V1 ? m_v1Budget.data() : m_v3Budget.data();
}

void ApiConnection::setBudget(ApiVersion api, RequestBudget *budget)
{
    (api == ApiVersion::V1 ? m_v1Budget : m_v3Budget) = budget;
}

QDateTime ApiConnection::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

} // namespace Frontline
