// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorystore.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Frontline::Sandbox {

namespace {

DeviceDepartment readDeviceDepartment(const QSqlQuery &q)
{
    DeviceDepartment d;
    d.deviceId = q.value(0).toLongLong();
    d.departmentId = q.value(1).toString();
    d.onlineStatus = q.value(2).toString();
    d.presetStatus = q.value(3).toString();
    d.workAllocationAllowed = q.value(4).toBool();
    d.userId = q.value(5).toString();
    d.departmentName = q.value(6).toString();
    return d;
}

Device readDevice(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.agentId = q.value(1).toString();
    d.phoneId = q.value(2).toString();
    d.type = q.value(3).toString();
    d.serviceType = q.value(4).toString();
    d.onlineStatus = q.value(5).toString();
    d.presetStatus = q.value(6).toString();
    d.routeIfOffline = q.value(7).toString();
    return d;
}

const QString deviceColumns = QStringLiteral("SELECT id, agent_id, phone_id, type, service_type, online_status, "
                                             "preset_status, route_if_offline FROM devices");
const QString deviceDepartmentColumns = QStringLiteral(
        "SELECT dd.device_id, dd.department_id, dd.online_status, dd.preset_status, dd.work_allocation_allowed,"
        " d.agent_id, dep.name FROM device_departments dd JOIN devices d ON d.id = dd.device_id"
        " LEFT JOIN departments dep ON dep.id = dd.department_id");
const QString keyColumns = QStringLiteral(
        "SELECT k.id, k.key, k.agent_id, k.version, k.name, k.type, k.installid, k.whitelist, k.valid_to, a.role"
        " FROM api_keys k JOIN agents a ON a.id = k.agent_id");

ApiKeyRecord readKey(const QSqlQuery &q)
{
    ApiKeyRecord k;
    k.info.id = q.value(0).toString();
    k.info.key = q.value(1).toString();
    k.info.userId = q.value(2).toString();
    k.version = q.value(3).toInt();
    k.info.name = q.value(4).toString();
    k.info.type = q.value(5).toString();
    k.info.installId = q.value(6).toString();
    k.info.whitelist = q.value(7).toString();
    k.info.validTo = Database::fromDb(q.value(8));
    k.info.role = q.value(9).toString();
    return k;
}

} // namespace

DirectoryStore::DirectoryStore(Database &db)
    : m_db(db)
{ }

void DirectoryStore::insertDepartment(const Department &d, int position)
{
    m_db.run(QStringLiteral("INSERT INTO departments(id, position, name, mailaccount_id) VALUES(?, ?, ?, ?)"),
             {d.id, position, d.name, d.mailAccountId});
}

QList<Department> DirectoryStore::departments()
{
    QHash<QString, QStringList> members;
    QSqlQuery &m = m_db.run(QStringLiteral("SELECT ad.department_id, ad.agent_id FROM agent_departments ad"
                                           " JOIN agents a ON a.id = ad.agent_id ORDER BY a.position"));
    while (m.next())
        members[m.value(0).toString()].append(m.value(1).toString());
    m.finish();

    QList<Department> out;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT id, name, mailaccount_id FROM departments ORDER BY position"));
    while (q.next()) {
        Department d;
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.mailAccountId = q.value(2).toString();
        d.agentIds = members.value(d.id);
        d.agentCount = int(d.agentIds.size());
        out.append(d);
    }
    q.finish();
    return out;
}

std::optional<Department> DirectoryStore::department(const QString &id)
{
    for (const Department &d : departments()) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

QString DirectoryStore::lastRoutedAgent(const QString &departmentId)
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT last_routed_agent FROM departments WHERE id = ?"), {departmentId});
    const QString out = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return out;
}

void DirectoryStore::setLastRoutedAgent(const QString &departmentId, const QString &agentId)
{
    m_db.run(QStringLiteral("UPDATE departments SET last_routed_agent = ? WHERE id = ?"), {agentId, departmentId});
}

void DirectoryStore::insertAgent(const AgentRecord &a, int position)
{
    m_db.run(QStringLiteral("INSERT INTO agents(id, position, name, email, password, two_factor_code, role, gender,"
                            " country, language, avatar_url, status, paused) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
             {a.agent.id, position, a.agent.name, a.agent.email, a.password, a.twoFactorCode, a.agent.role,
              a.agent.gender, a.country, a.language, a.agent.avatarUrl,
              a.agent.status.isEmpty() ? QStringLiteral("A") : a.agent.status, a.paused ? 1 : 0});
    for (const QString &department : a.departmentIds)
        m_db.run(QStringLiteral("INSERT INTO agent_departments(agent_id, department_id) VALUES(?, ?)"),
                 {a.agent.id, department});
}

QList<AgentRecord> DirectoryStore::readAgents(const QString &where, const QVariantList &args)
{
    QList<AgentRecord> out;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT id, name, email, password, two_factor_code, role, gender, country,"
                                           " language, avatar_url, status, paused FROM agents ")
                                    + where + QStringLiteral(" ORDER BY position"),
                            args);
    while (q.next()) {
        AgentRecord a;
        a.agent.id = q.value(0).toString();
        a.agent.name = q.value(1).toString();
        a.agent.email = q.value(2).toString();
        a.password = q.value(3).toString();
        a.twoFactorCode = q.value(4).toString();
        a.agent.role = q.value(5).toString();
        a.agent.gender = q.value(6).toString();
        a.country = q.value(7).toString();
        a.language = q.value(8).toString();
        a.agent.avatarUrl = q.value(9).toString();
        a.agent.status = q.value(10).toString();
        a.paused = q.value(11).toBool();
        a.agent.twoFactorAuth = a.twoFactorCode.isEmpty() ? QStringLiteral("N") : QStringLiteral("Y");
        a.agent.voiceStatus = QStringLiteral("N");
        out.append(a);
    }
    q.finish();
    for (AgentRecord &a : out) {
        QSqlQuery &d = m_db.run(QStringLiteral("SELECT ad.department_id FROM agent_departments ad JOIN departments dep"
                                               " ON dep.id = ad.department_id WHERE ad.agent_id = ?"
                                               " ORDER BY dep.position"),
                                {a.agent.id});
        while (d.next())
            a.departmentIds.append(d.value(0).toString());
        d.finish();
    }
    return out;
}

QList<AgentRecord> DirectoryStore::agents()
{
    return readAgents(QString(), {});
}

std::optional<AgentRecord> DirectoryStore::agent(const QString &id)
{
    const QList<AgentRecord> found = readAgents(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<AgentRecord> DirectoryStore::agentByEmail(const QString &email)
{
    const QList<AgentRecord> found = readAgents(QStringLiteral("WHERE lower(email) = lower(?)"), {email.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

void DirectoryStore::setPaused(const QString &agentId, bool paused)
{
    m_db.run(QStringLiteral("UPDATE agents SET paused = ? WHERE id = ?"), {paused ? 1 : 0, agentId});
}

qint64 DirectoryStore::insertKey(const ApiKeyRecord &k)
{
    QSqlQuery &q = m_db.run(QStringLiteral("INSERT INTO api_keys(key, agent_id, version, name, type, installid,"
                                           " whitelist, valid_to) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                            {k.info.key, k.info.userId, k.version, k.info.name,
                             k.info.type.isEmpty() ? QStringLiteral("A") : k.info.type, k.info.installId,
                             k.info.whitelist.isEmpty() ? QStringLiteral("*") : k.info.whitelist,
                             Database::toDb(k.info.validTo)});
    return q.lastInsertId().toLongLong();
}

std::optional<ApiKeyRecord> DirectoryStore::key(const QString &key)
{
    QSqlQuery &q = m_db.run(keyColumns + QStringLiteral(" WHERE k.key = ?"), {key});
    std::optional<ApiKeyRecord> out;
    if (q.next())
        out = readKey(q);
    q.finish();
    return out;
}

std::optional<ApiKeyRecord> DirectoryStore::personalKey(const QString &agentId, const QString &installId,
                                                        const QString &type, const QString &name)
{
    QSqlQuery &q = m_db.run(keyColumns
                                    + QStringLiteral(" WHERE k.agent_id = ? AND k.version = 3 AND k.installid = ?"
                                                     " AND k.type = ? AND k.name = ? ORDER BY k.id LIMIT 1"),
                            {agentId, installId, type, name});
    std::optional<ApiKeyRecord> out;
    if (q.next())
        out = readKey(q);
    q.finish();
    return out;
}

std::optional<ApiKeyRecord> DirectoryStore::keyById(qint64 id)
{
    QSqlQuery &q = m_db.run(keyColumns + QStringLiteral(" WHERE k.id = ?"), {id});
    std::optional<ApiKeyRecord> out;
    if (q.next())
        out = readKey(q);
    q.finish();
    return out;
}

void DirectoryStore::deleteKey(qint64 id)
{
    m_db.run(QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {id});
}

qint64 DirectoryStore::insertDevice(const Device &d)
{
    QSqlQuery &q =
            m_db.run(QStringLiteral("INSERT INTO devices(agent_id, phone_id, type, service_type, online_status,"
                                    " preset_status, route_if_offline) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                     {d.agentId, d.phoneId, d.type, d.serviceType, d.onlineStatus, d.presetStatus, d.routeIfOffline});
    return q.lastInsertId().toLongLong();
}

void DirectoryStore::updateDevice(const Device &d)
{
    m_db.run(QStringLiteral("UPDATE devices SET agent_id = ?, phone_id = ?, type = ?, service_type = ?,"
                            " online_status = ?, preset_status = ?, route_if_offline = ? WHERE id = ?"),
             {d.agentId, d.phoneId, d.type, d.serviceType, d.onlineStatus, d.presetStatus, d.routeIfOffline, d.id});
}

void DirectoryStore::deleteDevice(qint64 id)
{
    m_db.run(QStringLiteral("DELETE FROM device_departments WHERE device_id = ?"), {id});
    m_db.run(QStringLiteral("DELETE FROM devices WHERE id = ?"), {id});
}

QList<Device> DirectoryStore::devices()
{
    QList<Device> out;
    QSqlQuery &q = m_db.run(deviceColumns + QStringLiteral(" ORDER BY id"));
    while (q.next())
        out.append(readDevice(q));
    q.finish();
    return out;
}

QList<Device> DirectoryStore::devicesOf(const QString &agentId)
{
    QList<Device> out;
    QSqlQuery &q = m_db.run(deviceColumns + QStringLiteral(" WHERE agent_id = ? ORDER BY id"), {agentId});
    while (q.next())
        out.append(readDevice(q));
    q.finish();
    return out;
}

std::optional<Device> DirectoryStore::device(qint64 id)
{
    QSqlQuery &q = m_db.run(deviceColumns + QStringLiteral(" WHERE id = ?"), {id});
    std::optional<Device> out;
    if (q.next())
        out = readDevice(q);
    q.finish();
    return out;
}

void DirectoryStore::upsertDeviceDepartment(const DeviceDepartment &d)
{
    m_db.run(QStringLiteral("INSERT INTO device_departments(device_id, department_id, online_status, preset_status,"
                            " work_allocation_allowed) VALUES(?, ?, ?, ?, ?) ON CONFLICT(device_id, department_id)"
                            " DO UPDATE SET online_status = excluded.online_status,"
                            " preset_status = excluded.preset_status,"
                            " work_allocation_allowed = excluded.work_allocation_allowed"),
             {d.deviceId, d.departmentId, d.onlineStatus, d.presetStatus, d.workAllocationAllowed ? 1 : 0});
}

QList<DeviceDepartment> DirectoryStore::deviceDepartments(qint64 deviceId)
{
    QList<DeviceDepartment> out;
    QSqlQuery &q = m_db.run(deviceDepartmentColumns + QStringLiteral(" WHERE dd.device_id = ? ORDER BY dep.position"),
                            {deviceId});
    while (q.next())
        out.append(readDeviceDepartment(q));
    q.finish();
    return out;
}

std::optional<DeviceDepartment> DirectoryStore::deviceDepartment(qint64 deviceId, const QString &departmentId)
{
    QSqlQuery &q =
            m_db.run(deviceDepartmentColumns + QStringLiteral(" WHERE dd.device_id = ? AND dd.department_id = ?"),
                     {deviceId, departmentId});
    std::optional<DeviceDepartment> out;
    if (q.next())
        out = readDeviceDepartment(q);
    q.finish();
    return out;
}

void DirectoryStore::insertSlaLevel(const QString &id, int position, const QJsonObject &json)
{
    m_db.run(QStringLiteral("INSERT INTO sla_levels(id, position, json) VALUES(?, ?, ?)"),
             {id, position, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
}

QList<QJsonObject> DirectoryStore::slaLevels()
{
    QList<QJsonObject> out;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT json FROM sla_levels ORDER BY position"));
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    q.finish();
    return out;
}

void DirectoryStore::insertTag(const Tag &t, int position)
{
    m_db.run(QStringLiteral("INSERT INTO tags(id, position, name, color, background_color, is_public, is_archived)"
                            " VALUES(?, ?, ?, ?, ?, ?, ?)"),
             {t.id, position, t.name, t.color, t.backgroundColor, t.isPublic, t.isArchived});
}

QList<Tag> DirectoryStore::tags()
{
    QList<Tag> out;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT id, name, color, background_color, is_public, is_archived FROM tags"
                                           " ORDER BY position"));
    while (q.next()) {
        out.append(Tag{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString()});
    }
    q.finish();
    return out;
}

void DirectoryStore::insertContact(const Contact &c)
{
    m_db.run(QStringLiteral("INSERT INTO contacts(id, name, email, language) VALUES(?, ?, ?, ?)"),
             {c.id, c.name, c.email, c.language});
}

std::optional<Contact> DirectoryStore::contact(const QString &id)
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT id, name, email, language FROM contacts WHERE id = ?"), {id});
    std::optional<Contact> out;
    if (q.next())
        out = Contact{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    return out;
}

std::optional<Contact> DirectoryStore::contactByEmail(const QString &email)
{
    QSqlQuery &q = m_db.run(
            QStringLiteral("SELECT id, name, email, language FROM contacts WHERE lower(email) = lower(?) LIMIT 1"),
            {email.trimmed()});
    std::optional<Contact> out;
    if (q.next())
        out = Contact{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    return out;
}

void DirectoryStore::insertCannedMessage(const CannedMessage &c, int position)
{
    m_db.run(QStringLiteral("INSERT INTO canned_messages(id, position, userid, departmentid, messagetext, keywords)"
                            " VALUES(?, ?, ?, ?, ?, ?)"),
             {c.id, position, c.userId, c.departmentId, c.text, c.keywords});
}

QList<CannedMessage> DirectoryStore::cannedMessages()
{
    QList<CannedMessage> out;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT id, userid, departmentid, messagetext, keywords FROM canned_messages"
                                           " ORDER BY position"));
    while (q.next()) {
        out.append(CannedMessage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString()});
    }
    q.finish();
    return out;
}

void DirectoryStore::insertPredefinedAnswer(const PredefinedAnswer &p, int position)
{
    m_db.run(QStringLiteral("INSERT INTO predefined_answers(id, position, userid, departmentid, name, subject, body,"
                            " format) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
             {p.id, position, p.userId, p.departmentId, p.name, p.subject, p.body, p.format});
}

QList<PredefinedAnswer> DirectoryStore::predefinedAnswers()
{
    QList<PredefinedAnswer> out;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT id, userid, departmentid, name, subject, body, format"
                                           " FROM predefined_answers ORDER BY position"));
    while (q.next()) {
        out.append(PredefinedAnswer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                    q.value(6).toString()});
    }
    q.finish();
    return out;
}

} // namespace Frontline::Sandbox
