// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Frontline::Sandbox {

/// Which key a route needs: none, a v3 key in the `apikey` header, or a v1 key as the
/// `apikey` query or form parameter (contract section 2.1 and 7).
enum class KeyKind { None, V3, V1 };

/// What a handler gets: the request, the `{parameters}` of its path in order and, for
/// routes that need a key, the agent the key belongs to.
struct RequestContext
{
    const HttpRequest &request;
    QStringList params;
    QString agentId;
};

using Handler = std::function<HttpResponse(const RequestContext &)>;

/// Method + path pattern (`/api/v3/tickets/{id}/sla`) to handler. Patterns are tried in
/// the order they were added, so literal paths go before parameterised ones.
class Router
{
public:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        KeyKind keyKind = KeyKind::V3;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        bool pathKnown = false; // some route has this path, with another method (405)
    };

    void add(const QByteArray &method, const QString &pattern, KeyKind keyKind, Handler handler);
    Match find(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace Frontline::Sandbox
