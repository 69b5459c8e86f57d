// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclientfixture.h"

namespace Frontline::Test {

namespace {

ServerEndpoint endpointOf(const QString &server)
{
    auto endpoint = ServerEndpoint::fromUserInput(server);
    return endpoint ? *endpoint : ServerEndpoint();
}

} // namespace

ApiClientFixture::ApiClientFixture(const QString &server)
    : budget(RequestBudget::kDefaultLimit, RequestBudget::kDefaultWindow, [this] { return now; })
    , v1Budget(RequestBudget::kDefaultLimit, RequestBudget::kDefaultWindow, [this] { return now; })
    , client(&network, endpointOf(server), TlsOptions{},
             ApiCredentials{QString::fromLatin1(Key), QString::fromLatin1(V1Key)})
{
    client.setRequestBudget(ApiVersion::V3, &budget);
    client.setRequestBudget(ApiVersion::V1, &v1Budget);
    client.setRetryPolicy(fastRetries());
}

RetryPolicy ApiClientFixture::fastRetries()
{
    RetryPolicy p;
    p.baseDelay = std::chrono::milliseconds(1);
    p.maxDelay = std::chrono::milliseconds(4);
    p.defaultRetryAfter = std::chrono::milliseconds(1000);
    return p;
}

void ApiClientFixture::advance(std::chrono::milliseconds by)
{
    now += by;
    budget.process();
    v1Budget.process();
}

} // namespace Frontline::Test
