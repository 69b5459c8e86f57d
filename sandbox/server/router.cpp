// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace Frontline::Sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, KeyKind keyKind, Handler handler)
{
    m_routes.append(Route{method, splitPath(pattern), keyKind, std::move(handler)});
}

Router::Match Router::find(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    Match match;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (isParameter(route.segments.at(i)))
                params.append(segments.at(i));
            else
                same = route.segments.at(i) == segments.at(i);
        }
        if (!same)
            continue;
        if (route.method != method) {
            match.pathKnown = true;
            continue;
        }
        match.route = &route;
        match.params = params;
        return match;
    }
    return match;
}

} // namespace Frontline::Sandbox
