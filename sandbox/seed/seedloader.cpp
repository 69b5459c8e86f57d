// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedloader.h"

#include "api/wire/jsonreader.h"
#include "api/wire/wire.h"
#include "api/wire/wiretime.h"
#include "sla/businesscalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

const QStringList ticketStatuses{u"I"_s, u"N"_s, u"T"_s, u"P"_s, u"R"_s, u"X"_s,
                                 u"B"_s, u"A"_s, u"C"_s, u"W"_s, u"L"_s};
const QStringList onlineStatuses{u"N"_s, u"P"_s, u"F"_s};

QString itemPath(const QString &list, qsizetype i)
{
    return list + QStringLiteral("[%1]").arg(i);
}

/// Walks one top-level array, handing each object to `read` with its path.
template<typename F>
std::optional<DecodeError> eachObject(const QJsonObject &root, QLatin1StringView key, F read)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        return DecodeError{QString(key), QStringLiteral("expected an array")};
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = itemPath(QString(key), i);
        if (!array.at(i).isObject())
            return DecodeError{path, QStringLiteral("expected an object")};
        if (auto error = read(array.at(i).toObject(), path))
            return error;
    }
    return std::nullopt;
}

/// Remembers ids of one kind and refuses duplicates.
struct IdSet
{
    QSet<QString> ids;
    std::optional<DecodeError> add(const QString &id, const QString &path)
    {
        if (id.isEmpty())
            return DecodeError{path + QStringLiteral(".id"), QStringLiteral("required field is missing")};
        if (ids.contains(id))
            return DecodeError{path + QStringLiteral(".id"), QStringLiteral("duplicate id '%1'").arg(id)};
        ids.insert(id);
        return std::nullopt;
    }
};

class Loader
{
public:
    Loader(const QJsonObject &root, const QDateTime &now)
        : m_root(root)
        , m_now(now)
    { }

    std::optional<DecodeError> run(Seed &seed);

private:
    std::optional<DecodeError> readAgent(const QJsonObject &o, const QString &path, Seed &seed);
    std::optional<DecodeError> readTicket(const QJsonObject &o, const QString &path, Seed &seed);
    std::optional<DecodeError> readPhrases(Seed &seed);
    std::optional<DecodeError> time(JsonReader &r, QLatin1StringView key, bool required, QDateTime &out);

    QJsonObject m_root;
    QDateTime m_now;
    IdSet m_departments, m_agents, m_levels, m_tags, m_contacts, m_tickets, m_canned, m_answers;
    QSet<QString> m_emails, m_keys;
};

std::optional<DecodeError> Loader::time(JsonReader &r, QLatin1StringView key, bool required, QDateTime &out)
{
    const QString text = r.string(key, required);
    if (!r.ok())
        return r.error();
    if (text.isEmpty())
        return std::nullopt;
    const auto parsed = SeedLoader::parseTime(text, m_now);
    if (!parsed)
        return DecodeError{r.fieldPath(key),
                           QStringLiteral("'%1' is neither a relative time like -2h30m nor a date").arg(text)};
    out = *parsed;
    return std::nullopt;
}

std::optional<DecodeError> Loader::readAgent(const QJsonObject &o, const QString &path, Seed &seed)
{
    JsonReader r(o, path);
    SeedAgent a;
    Agent &agent = a.record.agent;
    agent.id = r.string("id"_L1, true);
    agent.name = r.string("name"_L1, true);
    agent.email = r.string("email"_L1, true);
    agent.role = r.string("role"_L1);
    if (agent.role.isEmpty())
        agent.role = u"agent"_s;
    agent.gender = r.string("gender"_L1);
    agent.avatarUrl = r.string("avatar_url"_L1);
    agent.status = u"A"_s;
    a.record.password = r.string("password"_L1, true);
    a.record.twoFactorCode = r.string("two_factor_code"_L1);
    a.record.country = r.string("country"_L1);
    a.record.language = r.string("language"_L1);
    a.record.departmentIds = r.stringList("departments"_L1);
    a.apiKey = r.string("apikey"_L1);
    a.v1ApiKey = r.string("v1_apikey"_L1);
    if (r.has("online_status"_L1))
        a.onlineStatus = r.string("online_status"_L1);
    if (!r.ok())
        return r.error();
    if (auto e = m_agents.add(agent.id, path))
        return e;
    if (m_emails.contains(agent.email.toLower()))
        return DecodeError{r.fieldPath("email"_L1), QStringLiteral("duplicate e-mail '%1'").arg(agent.email)};
    m_emails.insert(agent.email.toLower());
    for (const QString &key : {a.apiKey, a.v1ApiKey}) {
        if (key.isEmpty())
            continue;
        if (m_keys.contains(key))
            return DecodeError{path, QStringLiteral("an API key is used twice")};
        m_keys.insert(key);
    }
    if (!onlineStatuses.contains(a.onlineStatus))
        return DecodeError{r.fieldPath("online_status"_L1),
                           QStringLiteral("'%1' is not N, P or F").arg(a.onlineStatus)};
    for (qsizetype i = 0; i < a.record.departmentIds.size(); ++i) {
        if (!m_departments.ids.contains(a.record.departmentIds.at(i)))
            return DecodeError{itemPath(r.fieldPath("departments"_L1), i),
                               QStringLiteral("unknown department '%1'").arg(a.record.departmentIds.at(i))};
    }
    seed.agents.append(a);
    return std::nullopt;
}

std::optional<DecodeError> Loader::readTicket(const QJsonObject &o, const QString &path, Seed &seed)
{
    JsonReader r(o, path);
    SeedTicket t;
    t.id = r.string("id"_L1);
    t.code = r.string("code"_L1);
    t.subject = r.string("subject"_L1, true);
    t.contactId = r.string("contact"_L1, true);
    t.departmentId = r.string("departmentid"_L1, true);
    t.agentId = r.string("agentid"_L1);
    if (r.has("status"_L1))
        t.status = r.string("status"_L1);
    if (r.has("channel_type"_L1))
        t.channelType = r.string("channel_type"_L1);
    t.tagIds = r.stringList("tags"_L1);
    t.slaLevelId = r.string("sla_level"_L1);
    if (!r.ok())
        return r.error();
    if (auto e = time(r, "created"_L1, true, t.created))
        return e;
    if (auto e = time(r, "postponed_until"_L1, false, t.postponedUntil))
        return e;
    if (!t.id.isEmpty()) {
        if (auto e = m_tickets.add(t.id, path))
            return e;
    }
    if (!m_contacts.ids.contains(t.contactId))
        return DecodeError{r.fieldPath("contact"_L1), QStringLiteral("unknown contact '%1'").arg(t.contactId)};
    if (!m_departments.ids.contains(t.departmentId))
        return DecodeError{r.fieldPath("departmentid"_L1),
                           QStringLiteral("unknown department '%1'").arg(t.departmentId)};
    if (!t.agentId.isEmpty() && !m_agents.ids.contains(t.agentId))
        return DecodeError{r.fieldPath("agentid"_L1), QStringLiteral("unknown agent '%1'").arg(t.agentId)};
    if (!ticketStatuses.contains(t.status))
        return DecodeError{r.fieldPath("status"_L1), QStringLiteral("'%1' is not a ticket status").arg(t.status)};
    if ((t.status == u"W") != t.postponedUntil.isValid())
        return DecodeError{r.fieldPath("postponed_until"_L1),
                           QStringLiteral("status W needs postponed_until, and only W has it")};
    for (qsizetype i = 0; i < t.tagIds.size(); ++i) {
        if (!m_tags.ids.contains(t.tagIds.at(i)))
            return DecodeError{itemPath(r.fieldPath("tags"_L1), i),
                               QStringLiteral("unknown tag '%1'").arg(t.tagIds.at(i))};
    }
    if (!t.slaLevelId.isEmpty() && !m_levels.ids.contains(t.slaLevelId))
        return DecodeError{r.fieldPath("sla_level"_L1), QStringLiteral("unknown SLA level '%1'").arg(t.slaLevelId)};

    const QJsonArray messages = r.array("messages"_L1);
    if (!r.ok())
        return r.error();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString mPath = itemPath(r.fieldPath("messages"_L1), i);
        if (!messages.at(i).isObject())
            return DecodeError{mPath, QStringLiteral("expected an object")};
        JsonReader mr(messages.at(i).toObject(), mPath);
        SeedMessage m;
        const QString from = mr.string("from"_L1, true);
        m.text = mr.string("text"_L1, true);
        if (mr.has("format"_L1))
            m.format = mr.string("format"_L1);
        if (!mr.ok())
            return mr.error();
        if (auto e = time(mr, "at"_L1, true, m.at))
            return e;
        if (from == u"customer") {
            m.from = SeedMessage::From::Customer;
        } else if (from.startsWith(u"agent:") || from.startsWith(u"note:")) {
            m.from = from.startsWith(u"agent:") ? SeedMessage::From::Agent : SeedMessage::From::Note;
            m.agentId = from.section(u':', 1);
            if (!m_agents.ids.contains(m.agentId))
                return DecodeError{mr.fieldPath("from"_L1), QStringLiteral("unknown agent '%1'").arg(m.agentId)};
        } else {
            return DecodeError{mr.fieldPath("from"_L1),
                               QStringLiteral("'%1' is not customer, agent:ID or note:ID").arg(from)};
        }
        if (m.at < t.created)
            return DecodeError{mr.fieldPath("at"_L1), QStringLiteral("a message cannot be older than its ticket")};
        t.messages.append(m);
    }
    seed.tickets.append(t);
    return std::nullopt;
}

std::optional<DecodeError> Loader::readPhrases(Seed &seed)
{
    const QJsonValue v = m_root.value("phrases"_L1);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        return DecodeError{u"phrases"_s, QStringLiteral("expected an object of languages")};
    const QJsonObject languages = v.toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString path = QStringLiteral("phrases.") + it.key();
        if (!it.value().isObject())
            return DecodeError{path, QStringLiteral("expected an object")};
        JsonReader r(it.value().toObject(), path);
        SeedPhrases p{r.stringList("subjects"_L1), r.stringList("bodies"_L1), r.stringList("replies"_L1),
                      r.stringList("names"_L1)};
        if (!r.ok())
            return r.error();
        if (p.subjects.isEmpty() || p.bodies.isEmpty() || p.names.isEmpty())
            return DecodeError{path, QStringLiteral("needs subjects, bodies and names")};
        seed.phrases.insert(it.key(), p);
    }
    return std::nullopt;
}

std::optional<DecodeError> Loader::run(Seed &seed)
{
    if (auto e = eachObject(m_root, "departments"_L1, [&](const QJsonObject &o, const QString &path) {
            JsonReader r(o, path);
            Department d;
            d.id = r.string("id"_L1, true);
            d.name = r.string("name"_L1, true);
            d.mailAccountId = r.string("mailaccount_id"_L1);
            if (!r.ok())
                return std::optional(r.error());
            seed.departments.append(d);
            return m_departments.add(d.id, path);
        }))
        return e;
    if (seed.departments.isEmpty())
        return DecodeError{u"departments"_s, QStringLiteral("a seed needs at least one department")};
    if (auto e = eachObject(m_root, "sla_levels"_L1, [&](const QJsonObject &o, const QString &path) {
            auto level = Wire::decodeSlaLevel(o, path);
            if (!level)
                return std::optional(level.error());
            auto calendar = BusinessCalendar::fromLevel(*level);
            if (!calendar)
                return std::optional(DecodeError{path + QStringLiteral(".business_hours"), calendar.error()});
            seed.slaLevels.append(*level);
            return m_levels.add(level->id, path);
        }))
        return e;
    if (auto e = eachObject(m_root, "tags"_L1, [&](const QJsonObject &o, const QString &path) {
            auto tag = Wire::decodeTag(o, path);
            if (!tag)
                return std::optional(tag.error());
            if (tag->isPublic.isEmpty())
                tag->isPublic = u"Y"_s;
            if (tag->isArchived.isEmpty())
                tag->isArchived = u"N"_s;
            seed.tags.append(*tag);
            return m_tags.add(tag->id, path);
        }))
        return e;
    if (auto e = eachObject(m_root, "agents"_L1,
                            [&](const QJsonObject &o, const QString &path) { return readAgent(o, path, seed); }))
        return e;
    if (seed.agents.isEmpty())
        return DecodeError{u"agents"_s, QStringLiteral("a seed needs at least one agent")};
    if (auto e = eachObject(m_root, "contacts"_L1, [&](const QJsonObject &o, const QString &path) {
            JsonReader r(o, path);
            Contact c{r.string("id"_L1, true), r.string("name"_L1, true), r.string("email"_L1, true),
                      r.string("language"_L1)};
            if (!r.ok())
                return std::optional(r.error());
            seed.contacts.append(c);
            return m_contacts.add(c.id, path);
        }))
        return e;
    if (auto e = eachObject(m_root, "canned_messages"_L1, [&](const QJsonObject &o, const QString &path) {
            auto canned = Wire::decodeCannedMessage(o, path);
            if (!canned)
                return std::optional(canned.error());
            seed.cannedMessages.append(*canned);
            return m_canned.add(canned->id, path);
        }))
        return e;
    if (auto e = eachObject(m_root, "predefined_answers"_L1, [&](const QJsonObject &o, const QString &path) {
            auto answer = Wire::decodePredefinedAnswer(o, path);
            if (!answer)
                return std::optional(answer.error());
            seed.predefinedAnswers.append(*answer);
            return m_answers.add(answer->id, path);
        }))
        return e;
    if (auto e = eachObject(m_root, "tickets"_L1,
                            [&](const QJsonObject &o, const QString &path) { return readTicket(o, path, seed); }))
        return e;
    if (auto e = readPhrases(seed))
        return e;

    JsonReader r(m_root, QString());
    seed.demoAgent = r.string("demo_agent"_L1);
    seed.defaultSlaLevel = r.string("default_sla_level"_L1);
    seed.vipSlaLevel = r.string("vip_sla_level"_L1);
    if (!r.ok())
        return r.error();
    if (seed.demoAgent.isEmpty())
        seed.demoAgent = seed.agents.constFirst().record.agent.id;
    if (!m_agents.ids.contains(seed.demoAgent))
        return DecodeError{u"demo_agent"_s, QStringLiteral("unknown agent '%1'").arg(seed.demoAgent)};
    for (const auto &[key, value] :
         {std::pair(u"default_sla_level"_s, seed.defaultSlaLevel), std::pair(u"vip_sla_level"_s, seed.vipSlaLevel)}) {
        if (!value.isEmpty() && !m_levels.ids.contains(value))
            return DecodeError{key, QStringLiteral("unknown SLA level '%1'").arg(value)};
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> SeedLoader::parseTime(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral(R"(^([+-])((?:\d+[dhms])+)$)"));
    static const QRegularExpression part(QStringLiteral(R"((\d+)([dhms]))"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = relative.match(trimmed);
    if (m.hasMatch()) {
        qint64 seconds = 0;
        auto parts = part.globalMatch(m.captured(2));
        while (parts.hasNext()) {
            const QRegularExpressionMatch p = parts.next();
            const qint64 n = p.captured(1).toLongLong();
            const QChar unit = p.captured(2).at(0);
            seconds += n * (unit == u'd' ? 86400 : unit == u'h' ? 3600 : unit == u'm' ? 60 : 1);
        }
        return now.addSecs(m.captured(1) == u"-" ? -seconds : seconds);
    }
    const auto absolute = WireTime::parseInstant(trimmed);
    if (!absolute || !absolute->isValid())
        return std::nullopt;
    return *absolute;
}

Expected<Seed, DecodeError> SeedLoader::load(const QByteArray &json, const QDateTime &now)
{
    auto root = Wire::parseObject(json);
    if (!root)
        return root.error();
    Seed seed;
    Loader loader(*root, now.toUTC());
    if (auto error = loader.run(seed))
        return *error;
    return seed;
}

} // namespace Frontline::Sandbox
