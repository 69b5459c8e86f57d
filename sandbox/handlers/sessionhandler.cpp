// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionhandler.h"

#include "listparams.h"
#include "requestbody.h"

#include "api/wire/wire.h"
#include "domain/clock.h"
#include "store/directorystore.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

QList<ApiPrivilege> agentPrivileges()
{
    auto p = [](const char *object, std::initializer_list<const char *> names) {
        ApiPrivilege privilege{QString::fromLatin1(object), {}};
        for (const char *n : names)
            privilege.privileges.append(QString::fromLatin1(n));
        return privilege;
    };
    return {p("agent", {"own", "read"}),
            p("agent_status", {"own", "read"}),
            p("device", {"own"}),
            p("ticket", {"read", "read_all", "operate", "change_state", "close", "answer", "create"}),
            p("sla", {"read"}),
            p("tag", {"read"}),
            p("canned_message", {"read"}),
            p("predefined_answer", {"read"}),
            p("api", {"read_own", "write_own"})};
}

QString randomKey()
{
    QString key;
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return key;
}

} // namespace

SessionHandler::SessionHandler(DirectoryStore &directory, const Clock &clock)
    : m_directory(directory)
    , m_clock(clock)
{ }

void SessionHandler::addRoutes(Router &router)
{
    router.add("GET", u"/api/v3/ping"_s, KeyKind::None, [](const RequestContext &) { return HttpResponse::ok(); });
    router.add("POST", u"/api/v3/apikeys/_login"_s, KeyKind::None,
               [this](const RequestContext &c) { return login(c); });
    router.add("DELETE", u"/api/v3/apikeys/{id}"_s, KeyKind::V3,
               [this](const RequestContext &c) { return deleteKey(c); });
    router.add("GET", u"/api/v3/time_zones"_s, KeyKind::None, [this](const RequestContext &c) { return timeZones(c); });
}

HttpResponse SessionHandler::login(const RequestContext &c)
{
    auto body = RequestBody::object(c.request);
    if (!body)
        return RequestBody::error(body.error());
    auto credentials = Wire::decodeApiKeyLogin(*body);
    if (!credentials)
        return HttpResponse::error(400, credentials.error().toString());
    const ApiKeyLogin &l = *credentials;
    if (l.login.trimmed().isEmpty() || l.password.isEmpty())
        return HttpResponse::error(400, u"login and password are required"_s);
    if (!l.type.isEmpty() && !QStringList{u"A"_s, u"C"_s, u"P"_s, u"T"_s, u"W"_s}.contains(l.type))
        return HttpResponse::error(400, u"type: '%1' is not A, C, P, T or W"_s.arg(l.type));

    if (const int wait = m_throttle.blockedFor(l.login)) {
        HttpResponse r = HttpResponse::error(429, u"Too many failed login attempts; try again later"_s);
        r.headers.append({"Retry-After", QByteArray::number(wait)});
        return r;
    }
    const auto agent = m_directory.agentByEmail(l.login);
    if (!agent || agent->password != l.password || agent->agent.status != u"A") {
        m_throttle.failed(l.login);
        return HttpResponse::error(403, u"Invalid login or password"_s);
    }
    if (!agent->twoFactorCode.isEmpty()) {
        if (l.twoFactorToken.isEmpty())
            return HttpResponse::error(424, u"Two-factor authentication required."_s);
        if (l.twoFactorToken.trimmed() != agent->twoFactorCode) {
            m_throttle.failed(l.login);
            return HttpResponse::error(425, u"Invalid two-factor verification code."_s);
        }
    }
    m_throttle.succeeded(l.login);

    // "Creates or returns": the same installation asking again gets the same key.
    const QString type = l.type.isEmpty() ? u"A"_s : l.type;
    auto key = m_directory.personalKey(agent->agent.id, l.installId, type, l.name);
    if (!key || (key->info.validTo.isValid() && key->info.validTo < m_clock.now())) {
        ApiKeyRecord fresh;
        fresh.version = 3;
        fresh.info.key = randomKey();
        fresh.info.userId = agent->agent.id;
        fresh.info.name = l.name;
        fresh.info.type = type;
        fresh.info.installId = l.installId;
        fresh.info.whitelist = l.whitelist.isEmpty() ? u"*"_s : l.whitelist;
        fresh.info.validTo = l.validTo;
        if (m_directory.insertKey(fresh) <= 0)
            return HttpResponse::error(500, u"the key could not be stored"_s);
        key = m_directory.key(fresh.info.key);
    }
    ApiKey info = key->info;
    info.role = agent->agent.role;
    info.privileges = agentPrivileges();
    return HttpResponse::json(Wire::encodeApiKey(info), 201);
}

HttpResponse SessionHandler::deleteKey(const RequestContext &c)
{
    auto id = RequestBody::integerId(c.params.value(0), u"id"_s);
    if (!id)
        return RequestBody::error(id.error());
    const auto key = m_directory.keyById(*id);
    // Only the key's own agent may delete it; someone else's key looks like no key at all.
    if (!key || key->info.userId != c.agentId || key->version != 3)
        return RequestBody::notFound(u"ApiKey"_s);
    m_directory.deleteKey(*id);
    return HttpResponse::ok();
}

HttpResponse SessionHandler::timeZones(const RequestContext &c)
{
    auto params = ListParams::parse(c.request);
    if (!params)
        return RequestBody::error(params.error());
    static const QJsonArray zones = [] {
        QJsonArray out;
        const QDateTime reference(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            if (!id.contains('/') || id.startsWith("Etc/"))
                continue;
            const QTimeZone zone(id);
            const int offset = zone.offsetFromUtc(reference);
            const QString sign = offset < 0 ? u"-"_s : u"+"_s;
            const QString name = u"(UTC%1%2:%3) %4"_s.arg(sign)
                                         .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                         .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'))
                                         .arg(QString::fromLatin1(id));
            out.append(Wire::encodeTimeZone(TimeZoneInfo{QString::fromLatin1(id), name}));
        }
        return out;
    }();
    // Every zone by default: clients fetch this once and want the whole list.
    ListParams all = *params;
    if (!c.request.hasQuery(u"_perPage") && !c.request.hasQuery(u"_from"))
        all.limit = int(zones.size());
    auto page = all.apply(zones);
    if (!page)
        return RequestBody::error(page.error());
    return HttpResponse::json(*page);
}

} // namespace Frontline::Sandbox
