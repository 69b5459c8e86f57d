// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include "domain/agent.h"
#include "domain/cannedresponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Frontline::Sandbox {

class Database;

/// Typed reads and writes of the small tables: departments, agents, keys, devices, SLA
/// levels, tags, contacts, canned messages and predefined answers.
class DirectoryStore
{
public:
    explicit DirectoryStore(Database &db);

    void insertDepartment(const Department &d, int position);
    QList<Department> departments(); // agentIds and agentCount filled in
    std::optional<Department> department(const QString &id);
    QString lastRoutedAgent(const QString &departmentId);
    void setLastRoutedAgent(const QString &departmentId, const QString &agentId);

    void insertAgent(const AgentRecord &a, int position);
    QList<AgentRecord> agents();
    std::optional<AgentRecord> agent(const QString &id);
    std::optional<AgentRecord> agentByEmail(const QString &email);
    void setPaused(const QString &agentId, bool paused);

    qint64 insertKey(const ApiKeyRecord &k);
    std::optional<ApiKeyRecord> key(const QString &key);
    std::optional<ApiKeyRecord> personalKey(const QString &agentId, const QString &installId, const QString &type,
                                            const QString &name);
    std::optional<ApiKeyRecord> keyById(qint64 id);
    void deleteKey(qint64 id);

    qint64 insertDevice(const Device &d);
    void updateDevice(const Device &d);
    void deleteDevice(qint64 id);
    QList<Device> devices();
    QList<Device> devicesOf(const QString &agentId);
    std::optional<Device> device(qint64 id);

    void upsertDeviceDepartment(const DeviceDepartment &d);
    QList<DeviceDepartment> deviceDepartments(qint64 deviceId); // department names filled in
    std::optional<DeviceDepartment> deviceDepartment(qint64 deviceId, const QString &departmentId);

    void insertSlaLevel(const QString &id, int position, const QJsonObject &json);
    QList<QJsonObject> slaLevels();

    void insertTag(const Tag &t, int position);
    QList<Tag> tags();

    void insertContact(const Contact &c);
    std::optional<Contact> contact(const QString &id);
    std::optional<Contact> contactByEmail(const QString &email);

    void insertCannedMessage(const CannedMessage &c, int position);
    QList<CannedMessage> cannedMessages();
    void insertPredefinedAnswer(const PredefinedAnswer &p, int position);
    QList<PredefinedAnswer> predefinedAnswers();

private:
    QList<AgentRecord> readAgents(const QString &where, const QVariantList &args);

    Database &m_db;
};

} // namespace Frontline::Sandbox
