// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "ratelimiter.h"

#include "domain/clock.h"
#include "logging.h"
#include "store/directorystore.h"

namespace Frontline::Sandbox {

Dispatcher::Dispatcher(Router &router, DirectoryStore &directory, RateLimiter &limiter, const Clock &clock)
    : m_router(router)
    , m_directory(directory)
    , m_limiter(limiter)
    , m_clock(clock)
{ }

HttpResponse Dispatcher::dispatch(const HttpRequest &request)
{
    const Router::Match match = m_router.find(request.method, request.path);
    if (!match.route) {
        if (match.pathKnown)
            return HttpResponse::error(405,
                                       QStringLiteral("Method %1 is not allowed on %2")
                                               .arg(QString::fromLatin1(request.method), request.path));
        return HttpResponse::error(404, QStringLiteral("Unknown endpoint %1").arg(request.path));
    }

    QString agentId;
    if (match.route->keyKind != KeyKind::None) {
        const int version = match.route->keyKind == KeyKind::V3 ? 3 : 1;
        QString key;
        if (version == 3) {
            key = QString::fromUtf8(request.header("apikey"));
        } else {
            // v1 reads the key from the query string or the form body (contract section 7).
            key = request.queryValue(u"apikey");
            if (key.isEmpty() && request.isForm())
                key = HttpRequest::valueOf(request.formFields(), u"apikey");
        }
        const auto record = key.isEmpty() ? std::nullopt : m_directory.key(key);
        const bool expired = record && record->info.validTo.isValid() && record->info.validTo < m_clock.now();
        if (!record || record->version != version || expired)
            return HttpResponse::error(403, QStringLiteral("ApiKey not found"));
        if (const int wait = m_limiter.acquire(key)) {
            HttpResponse r =
                    HttpResponse::error(429,
                                        QStringLiteral("Rate limit exceeded: %1 requests per minute per API key")
                                                .arg(m_limiter.perMinute()));
            r.headers.append({"Retry-After", QByteArray::number(wait)});
            return r;
        }
        agentId = record->info.userId;
    }

    if (m_beforeEach)
        m_beforeEach();
    qCDebug(lcSandbox) << request.method << request.path;
    return match.route->handler(RequestContext{request, match.params, agentId});
}

} // namespace Frontline::Sandbox
