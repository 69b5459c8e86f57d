// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryhandler.h"

#include "listparams.h"
#include "requestbody.h"

#include "api/wire/wire.h"
#include "logic/presence.h"
#include "logic/slaplanner.h"
#include "store/directorystore.h"

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

DirectoryHandler::DirectoryHandler(DirectoryStore &directory, Presence &presence, const SlaPlanner &sla)
    : m_directory(directory)
    , m_presence(presence)
    , m_sla(sla)
{ }

void DirectoryHandler::addCollection(Router &router, const QString &path, const QString &idField, const QString &what,
                                     Source source, bool oneAsList)
{
    router.add("GET", path, KeyKind::V3, [source](const RequestContext &c) {
        auto params = ListParams::parse(c.request);
        if (!params)
            return RequestBody::error(params.error());
        auto page = params->apply(source());
        if (!page)
            return RequestBody::error(page.error());
        return HttpResponse::json(*page);
    });
    router.add("GET", path + u"/{id}"_s, KeyKind::V3, [source, idField, what, oneAsList](const RequestContext &c) {
        for (const QJsonValue &v : source()) {
            if (v.toObject().value(idField).toString() == c.params.value(0))
                return oneAsList ? HttpResponse::json(QJsonArray{v}) : HttpResponse::json(v.toObject());
        }
        return RequestBody::notFound(what);
    });
}

QJsonArray DirectoryHandler::departments()
{
    const QList<AgentRecord> agents = m_directory.agents();
    QJsonArray out;
    for (Department d : m_directory.departments()) {
        const bool staffed = std::any_of(agents.cbegin(), agents.cend(),
                                         [&](const AgentRecord &a) { return m_presence.isAvailableIn(a, d.id); });
        d.onlineStatus = staffed ? u"N"_s : u"F"_s;
        out.append(Wire::encodeDepartment(d));
    }
    return out;
}

void DirectoryHandler::addRoutes(Router &router)
{
    addCollection(router, u"/api/v3/departments"_s, u"department_id"_s, u"Department"_s,
                  [this] { return departments(); });
    addCollection(router, u"/api/v3/slas"_s, u"id"_s, u"SLA level"_s, [this] {
        QJsonArray out;
        for (const SlaLevel &level : m_sla.levels())
            out.append(Wire::encodeSlaLevel(level));
        return out;
    });
    addCollection(router, u"/api/v3/canned_messages"_s, u"id"_s, u"Canned message"_s, [this] {
        QJsonArray out;
        for (const CannedMessage &c : m_directory.cannedMessages())
            out.append(Wire::encodeCannedMessage(c));
        return out;
    });
    addCollection(router, u"/api/v3/predefined_answers"_s, u"id"_s, u"Predefined answer"_s, [this] {
        QJsonArray out;
        for (const PredefinedAnswer &p : m_directory.predefinedAnswers())
            out.append(Wire::encodePredefinedAnswer(p));
        return out;
    });
    // `GET /tags/{id}` answers a list of one tag, as the contract documents (6.8).
    addCollection(
            router, u"/api/v3/tags"_s, u"id"_s, u"Tag"_s,
            [this] {
                QJsonArray out;
                for (const Tag &t : m_directory.tags())
                    out.append(Wire::encodeTag(t));
                return out;
            },
            true);
}

} // namespace Frontline::Sandbox
