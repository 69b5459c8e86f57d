// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencecache.h"

#include "database.h"
#include "sqltransaction.h"
#include "sqlvalues.h"
#include "storenotifier.h"

#include "api/wire/wire.h"
#include "logging.h"

#include <QJsonDocument>

#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

/// Replaces every row of `table` with `items`, binding each through `bind`.
template<typename T>
StoreError replaceAll(Database &db, const QString &table, const QString &insertSql, const QList<T> &items,
                      const std::function<void(QSqlQuery &, const T &)> &bind)
{
    SqlTransaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (StoreError e = db.exec(u"DELETE FROM "_s + table); e.isError())
        return e;
    QSqlQuery &q = db.prepared(insertSql);
    for (const T &item : items) {
        bind(q, item);
        if (StoreError e = db.exec(q); e.isError())
            return e;
    }
    return tx.commit();
}

void bindAgent(QSqlQuery &q, const Agent &a)
{
    q.bindValue(0, a.id);
    q.bindValue(1, SqlValues::text(a.name));
    q.bindValue(2, SqlValues::text(a.email));
    q.bindValue(3, a.role);
    q.bindValue(4, a.avatarUrl);
    q.bindValue(5, a.onlineStatus);
    q.bindValue(6, a.status);
    q.bindValue(7, a.gender);
    q.bindValue(8, a.twoFactorAuth);
    q.bindValue(9, a.voiceStatus);
}

const QString kInsertAgent = u"INSERT OR REPLACE INTO agents (id, name, email, role, avatar_url, online_status, status,"
                             " gender, twofactor_auth, voice_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kSelectAgent = u"SELECT id, name, email, role, avatar_url, online_status, status, gender,"
                             " twofactor_auth, voice_status FROM agents"_s;

Agent readAgent(const QSqlQuery &q)
{
    return Agent{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                 q.value(8).toString(), q.value(9).toString()};
}

const QString kSelectDepartment =
        u"SELECT id, name, online_status, agent_count, agent_ids, mailaccount_id FROM departments"_s;

Department readDepartment(const QSqlQuery &q)
{
    return Department{q.value(0).toString(), q.value(1).toString(),         q.value(2).toString(),
                      q.value(3).toInt(),    SqlValues::idList(q.value(4)), q.value(5).toString()};
}

template<typename T>
QList<T> readAll(Database &db, const QString &sql, const std::function<T(const QSqlQuery &)> &read)
{
    QList<T> out;
    QSqlQuery &q = db.prepared(sql);
    if (q.exec()) {
        while (q.next())
            out.append(read(q));
    }
    q.finish();
    return out;
}

} // namespace

ReferenceCache::ReferenceCache(Database &db, StoreNotifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
{ }

StoreError ReferenceCache::replaceAgents(const QList<Agent> &agents)
{
    StoreError e = replaceAll<Agent>(m_db, u"agents"_s, kInsertAgent, agents, bindAgent);
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

StoreError ReferenceCache::upsertAgent(const Agent &agent)
{
    QSqlQuery &q = m_db.prepared(kInsertAgent);
    bindAgent(q, agent);
    StoreError e = m_db.exec(q);
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

QList<Agent> ReferenceCache::agents() const
{
    return readAll<Agent>(m_db, kSelectAgent + u" ORDER BY name"_s, readAgent);
}

std::optional<Agent> ReferenceCache::agent(const QString &id) const
{
    QSqlQuery &q = m_db.prepared(kSelectAgent + u" WHERE id = ?"_s);
    q.bindValue(0, id);
    std::optional<Agent> out;
    if (q.exec() && q.next())
        out = readAgent(q);
    q.finish();
    return out;
}

StoreError ReferenceCache::replaceDepartments(const QList<Department> &departments)
{
    StoreError e = replaceAll<Department>(
            m_db, u"departments"_s,
            u"INSERT OR REPLACE INTO departments (id, name, online_status, agent_count, agent_ids, mailaccount_id)"
            " VALUES (?, ?, ?, ?, ?, ?)"_s,
            departments, [](QSqlQuery &q, const Department &d) {
                q.bindValue(0, d.id);
                q.bindValue(1, SqlValues::text(d.name));
                q.bindValue(2, d.onlineStatus);
                q.bindValue(3, d.agentCount);
                q.bindValue(4, SqlValues::text(SqlValues::idList(d.agentIds)));
                q.bindValue(5, d.mailAccountId);
            });
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

QList<Department> ReferenceCache::departments() const
{
    return readAll<Department>(m_db, kSelectDepartment + u" ORDER BY name"_s, readDepartment);
}

std::optional<Department> ReferenceCache::department(const QString &id) const
{
    QSqlQuery &q = m_db.prepared(kSelectDepartment + u" WHERE id = ?"_s);
    q.bindValue(0, id);
    std::optional<Department> out;
    if (q.exec() && q.next())
        out = readDepartment(q);
    q.finish();
    return out;
}

StoreError ReferenceCache::replaceSlaLevels(const QList<SlaLevel> &levels)
{
    // Kept in the wire form: one codec for the server's JSON and the cache.
    StoreError e = replaceAll<SlaLevel>(
            m_db, u"sla_levels"_s, u"INSERT OR REPLACE INTO sla_levels (id, name, json) VALUES (?, ?, ?)"_s, levels,
            [](QSqlQuery &q, const SlaLevel &l) {
                q.bindValue(0, l.id);
                q.bindValue(1, SqlValues::text(l.name));
                q.bindValue(2,
                            QString::fromUtf8(QJsonDocument(Wire::encodeSlaLevel(l)).toJson(QJsonDocument::Compact)));
            });
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

QList<SlaLevel> ReferenceCache::slaLevels() const
{
    QList<SlaLevel> out;
    QSqlQuery &q = m_db.prepared(u"SELECT json FROM sla_levels ORDER BY name"_s);
    if (q.exec()) {
        while (q.next()) {
            auto level = Wire::decodeSlaLevel(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            if (level)
                out.append(*level);
            else
                qCWarning(lcStore) << "cached SLA level unreadable:" << level.error().toString();
        }
    }
    q.finish();
    return out;
}

StoreError ReferenceCache::replaceTags(const QList<Tag> &tags)
{
    StoreError e = replaceAll<Tag>(m_db, u"tags"_s,
                                   u"INSERT OR REPLACE INTO tags (id, name, color, background_color, is_public,"
                                   " is_archived) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                   tags, [](QSqlQuery &q, const Tag &t) {
                                       q.bindValue(0, t.id);
                                       q.bindValue(1, SqlValues::text(t.name));
                                       q.bindValue(2, t.color);
                                       q.bindValue(3, t.backgroundColor);
                                       q.bindValue(4, t.isPublic);
                                       q.bindValue(5, t.isArchived);
                                   });
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

QList<Tag> ReferenceCache::tags() const
{
    return readAll<Tag>(m_db,
                        u"SELECT id, name, color, background_color, is_public, is_archived FROM tags ORDER BY name"_s,
                        [](const QSqlQuery &q) {
                            return Tag{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
                        });
}

StoreError ReferenceCache::replaceCannedMessages(const QList<CannedMessage> &messages)
{
    StoreError e = replaceAll<CannedMessage>(
            m_db, u"canned_messages"_s,
            u"INSERT OR REPLACE INTO canned_messages (id, user_id, department_id, text, keywords)"
            " VALUES (?, ?, ?, ?, ?)"_s,
            messages, [](QSqlQuery &q, const CannedMessage &c) {
                q.bindValue(0, c.id);
                q.bindValue(1, c.userId);
                q.bindValue(2, c.departmentId);
                q.bindValue(3, SqlValues::text(c.text));
                q.bindValue(4, c.keywords);
            });
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

QList<CannedMessage> ReferenceCache::cannedMessages() const
{
    return readAll<CannedMessage>(
            m_db, u"SELECT id, user_id, department_id, text, keywords FROM canned_messages ORDER BY rowid"_s,
            [](const QSqlQuery &q) {
                return CannedMessage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString()};
            });
}

StoreError ReferenceCache::replacePredefinedAnswers(const QList<PredefinedAnswer> &answers)
{
    StoreError e = replaceAll<PredefinedAnswer>(
            m_db, u"predefined_answers"_s,
            u"INSERT OR REPLACE INTO predefined_answers (id, user_id, department_id, name, subject, body, format)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            answers, [](QSqlQuery &q, const PredefinedAnswer &p) {
                q.bindValue(0, p.id);
                q.bindValue(1, p.userId);
                q.bindValue(2, p.departmentId);
                q.bindValue(3, SqlValues::text(p.name));
                q.bindValue(4, p.subject);
                q.bindValue(5, SqlValues::text(p.body));
                q.bindValue(6, p.format);
            });
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyReferenceChanged(); });
    return e;
}

QList<PredefinedAnswer> ReferenceCache::predefinedAnswers() const
{
    return readAll<PredefinedAnswer>(
            m_db,
            u"SELECT id, user_id, department_id, name, subject, body, format FROM predefined_answers ORDER BY rowid"_s,
            [](const QSqlQuery &q) {
                return PredefinedAnswer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                        q.value(6).toString()};
            });
}

} // namespace Frontline
