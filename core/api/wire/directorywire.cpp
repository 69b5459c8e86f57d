// SPDX-License-Identifier: GPL-3.0-or-later
// Agents, devices, departments, tags, canned messages and predefined answers on the wire.
#include "jsonreader.h"
#include "wire.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

Decoded<Agent> decodeAgent(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Agent a;
    a.id = r.string("id"_L1, true);
    a.name = r.string("name"_L1);
    a.email = r.string("email"_L1);
    a.role = r.string("role"_L1);
    a.avatarUrl = r.string("avatar_url"_L1);
    a.onlineStatus = r.string("online_status"_L1);
    a.status = r.string("status"_L1);
    a.gender = r.string("gender"_L1);
    a.twoFactorAuth = r.string("twofactor_auth"_L1);
    a.voiceStatus = r.string("voice_status"_L1);
    if (!r.ok())
        return r.error();
    return a;
}

QJsonObject encodeAgent(const Agent &a)
{
    return QJsonObject{
            {"id"_L1, a.id},
            {"name"_L1, a.name},
            {"email"_L1, a.email},
            {"role"_L1, a.role},
            {"avatar_url"_L1, a.avatarUrl},
            {"online_status"_L1, a.onlineStatus},
            {"status"_L1, a.status},
            {"gender"_L1, a.gender},
            {"twofactor_auth"_L1, a.twoFactorAuth},
            {"voice_status"_L1, a.voiceStatus},
    };
}

Decoded<AgentStatus> decodeAgentStatus(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    AgentStatus s;
    s.departmentId = r.string("departmentid"_L1);
    s.onlineStatus = r.string("online_status"_L1);
    s.presetStatus = r.string("preset_status"_L1);
    s.workAllocationAllowed = r.boolean("work_allocation_allowed"_L1);
    if (!r.ok())
        return r.error();
    return s;
}

QJsonObject encodeAgentStatus(const AgentStatus &s)
{
    return QJsonObject{
            {"departmentid"_L1, s.departmentId},
            {"online_status"_L1, s.onlineStatus},
            {"preset_status"_L1, s.presetStatus},
            {"work_allocation_allowed"_L1, s.workAllocationAllowed},
    };
}

Decoded<Device> decodeDevice(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Device d;
    d.id = r.integer("id"_L1);
    d.agentId = r.string("agent_id"_L1);
    d.phoneId = r.string("phone_id"_L1);
    d.type = r.string("type"_L1);
    d.serviceType = r.string("service_type"_L1);
    if (r.has("online_status"_L1))
        d.onlineStatus = r.string("online_status"_L1);
    d.presetStatus = r.string("preset_status"_L1);
    if (r.has("route_if_offline"_L1))
        d.routeIfOffline = r.string("route_if_offline"_L1);
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject encodeDevice(const Device &d)
{
    QJsonObject o{
            {"agent_id"_L1, d.agentId},           {"type"_L1, d.type},
            {"service_type"_L1, d.serviceType},   {"online_status"_L1, d.onlineStatus},
            {"preset_status"_L1, d.presetStatus}, {"route_if_offline"_L1, d.routeIfOffline},
    };
    if (d.id != 0)
        o.insert("id"_L1, double(d.id));
    if (!d.phoneId.isEmpty())
        o.insert("phone_id"_L1, d.phoneId);
    return o;
}

Decoded<DeviceDepartment> decodeDeviceDepartment(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    DeviceDepartment d;
    d.deviceId = r.integer("device_id"_L1);
    d.departmentId = r.string("department_id"_L1);
    d.userId = r.string("user_id"_L1);
    d.departmentName = r.string("department_name"_L1);
    d.onlineStatus = r.string("online_status"_L1);
    d.presetStatus = r.string("preset_status"_L1);
    d.workAllocationAllowed = r.boolean("work_allocation_allowed"_L1);
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject encodeDeviceDepartment(const DeviceDepartment &d)
{
    return QJsonObject{
            {"device_id"_L1, double(d.deviceId)},
            {"department_id"_L1, d.departmentId},
            {"user_id"_L1, d.userId},
            {"department_name"_L1, d.departmentName},
            {"online_status"_L1, d.onlineStatus},
            {"preset_status"_L1, d.presetStatus},
            {"work_allocation_allowed"_L1, d.workAllocationAllowed},
    };
}

Decoded<Department> decodeDepartment(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Department d;
    d.id = r.string("department_id"_L1, true);
    d.name = r.string("name"_L1);
    d.onlineStatus = r.string("online_status"_L1);
    d.agentCount = int(r.integer("agent_count"_L1));
    d.agentIds = r.stringList("agent_ids"_L1);
    d.mailAccountId = r.string("mailaccount_id"_L1);
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject encodeDepartment(const Department &d)
{
    return QJsonObject{
            {"department_id"_L1, d.id},
            {"name"_L1, d.name},
            {"online_status"_L1, d.onlineStatus},
            {"agent_count"_L1, d.agentCount},
            {"agent_ids"_L1, QJsonArray::fromStringList(d.agentIds)},
            {"mailaccount_id"_L1, d.mailAccountId},
    };
}

Decoded<Tag> decodeTag(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    Tag t;
    t.id = r.string("id"_L1, true);
    t.name = r.string("name"_L1);
    t.color = r.string("color"_L1);
    t.backgroundColor = r.string("background_color"_L1);
    t.isPublic = r.string("is_public"_L1);
    t.isArchived = r.string("is_archived"_L1);
    if (!r.ok())
        return r.error();
    return t;
}

QJsonObject encodeTag(const Tag &t)
{
    return QJsonObject{
            {"id"_L1, t.id},
            {"name"_L1, t.name},
            {"color"_L1, t.color},
            {"background_color"_L1, t.backgroundColor},
            {"is_public"_L1, t.isPublic},
            {"is_archived"_L1, t.isArchived},
    };
}

Decoded<CannedMessage> decodeCannedMessage(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    CannedMessage c;
    c.id = r.string("id"_L1, true);
    c.userId = r.string("userid"_L1);
    c.departmentId = r.string("departmentid"_L1);
    c.text = r.string("messagetext"_L1, true);
    c.keywords = r.string("keywords"_L1);
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject encodeCannedMessage(const CannedMessage &c)
{
    return QJsonObject{
            {"id"_L1, c.id},
            {"userid"_L1, c.userId},
            {"departmentid"_L1, c.departmentId},
            {"messagetext"_L1, c.text},
            {"keywords"_L1, c.keywords},
    };
}

Decoded<PredefinedAnswer> decodePredefinedAnswer(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    PredefinedAnswer p;
    p.id = r.string("id"_L1, true);
    p.userId = r.string("userid"_L1);
    p.departmentId = r.string("departmentid"_L1);
    p.name = r.string("name"_L1, true);
    p.subject = r.string("subject"_L1);
    p.body = r.string("body"_L1, true);
    if (r.has("format"_L1))
        p.format = r.string("format"_L1);
    if (!r.ok())
        return r.error();
    return p;
}

QJsonObject encodePredefinedAnswer(const PredefinedAnswer &p)
{
    return QJsonObject{
            {"id"_L1, p.id},         {"userid"_L1, p.userId},   {"departmentid"_L1, p.departmentId},
            {"name"_L1, p.name},     {"subject"_L1, p.subject}, {"body"_L1, p.body},
            {"format"_L1, p.format},
    };
}

} // namespace Frontline::Wire
