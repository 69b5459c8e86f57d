// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceshandler.h"

#include "listparams.h"
#include "requestbody.h"

#include "api/wire/wire.h"
#include "logic/presence.h"
#include "store/directorystore.h"

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

std::optional<ApiError> checkLetter(const QString &field, const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return std::nullopt;
    return ApiError{400, u"%1: '%2' is not one of %3"_s.arg(field, value, allowed.join(u", "_s))};
}

} // namespace

DevicesHandler::DevicesHandler(DirectoryStore &directory, Presence &presence)
    : m_directory(directory)
    , m_presence(presence)
{ }

void DevicesHandler::addRoutes(Router &router)
{
    router.add("GET", u"/api/v3/devices"_s, KeyKind::V3, [this](const RequestContext &c) { return list(c); });
    router.add("POST", u"/api/v3/devices"_s, KeyKind::V3, [this](const RequestContext &c) { return create(c); });
    router.add("GET", u"/api/v3/devices/{id}"_s, KeyKind::V3, [this](const RequestContext &c) { return one(c); });
    router.add("PUT", u"/api/v3/devices/{id}"_s, KeyKind::V3, [this](const RequestContext &c) { return update(c); });
    router.add("DELETE", u"/api/v3/devices/{id}"_s, KeyKind::V3, [this](const RequestContext &c) { return remove(c); });
    router.add("GET", u"/api/v3/devices/{id}/departments"_s, KeyKind::V3,
               [this](const RequestContext &c) { return departments(c); });
    router.add("GET", u"/api/v3/devices/{id}/departments/{department}"_s, KeyKind::V3,
               [this](const RequestContext &c) { return department(c); });
    router.add("PUT", u"/api/v3/devices/{id}/departments/{department}"_s, KeyKind::V3,
               [this](const RequestContext &c) { return updateDepartment(c); });
}

Result<Device> DevicesHandler::existing(const QString &idText)
{
    auto id = RequestBody::integerId(idText, u"deviceId"_s);
    if (!id)
        return id.error();
    auto device = m_directory.device(*id);
    if (!device)
        return ApiError{404, u"Device not found"_s};
    return *device;
}

Result<Device> DevicesHandler::readDevice(const RequestContext &c)
{
    auto body = RequestBody::object(c.request);
    if (!body)
        return body.error();
    auto device = Wire::decodeDevice(*body);
    if (!device)
        return ApiError{400, device.error().toString()};
    // Required by the Device model: agent_id, type, service_type, preset_status.
    for (const auto &[field, value] :
         {std::pair(u"agent_id"_s, device->agentId), std::pair(u"type"_s, device->type),
          std::pair(u"service_type"_s, device->serviceType), std::pair(u"preset_status"_s, device->presetStatus)}) {
        if (value.isEmpty())
            return ApiError{400, field + u": required field is missing"_s};
    }
    if (auto e = checkLetter(u"type"_s, device->type, {u"W"_s, u"A"_s, u"E"_s}))
        return *e;
    if (auto e = checkLetter(u"service_type"_s, device->serviceType, {u"M"_s, u"T"_s, u"P"_s}))
        return *e;
    if (auto e = checkLetter(u"preset_status"_s, device->presetStatus, {u"N"_s, u"F"_s}))
        return *e;
    if (auto e = checkLetter(u"online_status"_s, device->onlineStatus, {u"N"_s, u"F"_s}))
        return *e;
    if (auto e = checkLetter(u"route_if_offline"_s, device->routeIfOffline, {u"Y"_s, u"N"_s}))
        return *e;
    if (!m_directory.agent(device->agentId))
        return ApiError{400, u"agent_id: unknown agent '%1'"_s.arg(device->agentId)};
    return *device;
}

HttpResponse DevicesHandler::list(const RequestContext &c)
{
    auto params = ListParams::parse(c.request);
    if (!params)
        return RequestBody::error(params.error());
    QJsonArray all;
    for (const Device &d : m_directory.devices())
        all.append(Wire::encodeDevice(d));
    auto page = params->apply(all);
    if (!page)
        return RequestBody::error(page.error());
    return HttpResponse::json(*page);
}

HttpResponse DevicesHandler::create(const RequestContext &c)
{
    auto device = readDevice(c);
    if (!device)
        return RequestBody::error(device.error());
    device->onlineStatus = device->presetStatus;
    device->id = m_directory.insertDevice(*device);
    if (device->id <= 0)
        return HttpResponse::error(500, u"the device could not be stored"_s);
    const auto agent = m_directory.agent(device->agentId);
    for (const QString &departmentId : agent->departmentIds) {
        DeviceDepartment dd;
        dd.deviceId = device->id;
        dd.departmentId = departmentId;
        dd.onlineStatus = u"N"_s;
        dd.presetStatus = u"N"_s;
        dd.workAllocationAllowed = true;
        m_directory.upsertDeviceDepartment(dd);
    }
    if (device->presetStatus == u"N")
        m_presence.resume(device->agentId);
    return HttpResponse::json(Wire::encodeDevice(*device));
}

HttpResponse DevicesHandler::one(const RequestContext &c)
{
    auto device = existing(c.params.value(0));
    if (!device)
        return RequestBody::error(device.error());
    return HttpResponse::json(Wire::encodeDevice(*device));
}

HttpResponse DevicesHandler::update(const RequestContext &c)
{
    auto current = existing(c.params.value(0));
    if (!current)
        return RequestBody::error(current.error());
    auto device = readDevice(c);
    if (!device)
        return RequestBody::error(device.error());
    if (device->agentId != current->agentId)
        return HttpResponse::error(400, u"agent_id: a device cannot move to another agent"_s);
    device->id = current->id;
    // The preset is the agent's choice; the device is online exactly when it is N.
    device->onlineStatus = device->presetStatus;
    m_directory.updateDevice(*device);
    if (device->presetStatus == u"N")
        m_presence.resume(device->agentId);
    return HttpResponse::json(Wire::encodeDevice(*device));
}

HttpResponse DevicesHandler::remove(const RequestContext &c)
{
    auto device = existing(c.params.value(0));
    if (!device)
        return RequestBody::error(device.error());
    m_directory.deleteDevice(device->id);
    return HttpResponse::ok();
}

HttpResponse DevicesHandler::departments(const RequestContext &c)
{
    auto device = existing(c.params.value(0));
    if (!device)
        return RequestBody::error(device.error());
    auto params = ListParams::parse(c.request);
    if (!params)
        return RequestBody::error(params.error());
    QJsonArray all;
    for (const DeviceDepartment &d : m_directory.deviceDepartments(device->id))
        all.append(Wire::encodeDeviceDepartment(d));
    auto page = params->apply(all);
    if (!page)
        return RequestBody::error(page.error());
    return HttpResponse::json(*page);
}

HttpResponse DevicesHandler::department(const RequestContext &c)
{
    auto device = existing(c.params.value(0));
    if (!device)
        return RequestBody::error(device.error());
    const auto row = m_directory.deviceDepartment(device->id, c.params.value(1));
    if (!row)
        return RequestBody::notFound(u"Device department"_s);
    return HttpResponse::json(Wire::encodeDeviceDepartment(*row));
}

HttpResponse DevicesHandler::updateDepartment(const RequestContext &c)
{
    auto device = existing(c.params.value(0));
    if (!device)
        return RequestBody::error(device.error());
    const QString departmentId = c.params.value(1);
    auto row = m_directory.deviceDepartment(device->id, departmentId);
    if (!row) {
        const auto agent = m_directory.agent(device->agentId);
        if (!agent || !agent->departmentIds.contains(departmentId))
            return RequestBody::notFound(u"Device department"_s);
        row = DeviceDepartment{device->id, departmentId, device->agentId, QString(), u"N"_s, u"N"_s, true};
    }
    auto body = RequestBody::object(c.request);
    if (!body)
        return RequestBody::error(body.error());
    auto update = Wire::decodeDeviceDepartment(*body);
    if (!update)
        return HttpResponse::error(400, update.error().toString());
    if (!update->onlineStatus.isEmpty()) {
        if (auto e = checkLetter(u"online_status"_s, update->onlineStatus, {u"N"_s, u"F"_s}))
            return RequestBody::error(*e);
        row->onlineStatus = update->onlineStatus;
    }
    if (!update->presetStatus.isEmpty()) {
        if (auto e = checkLetter(u"preset_status"_s, update->presetStatus, {u"N"_s, u"F"_s}))
            return RequestBody::error(*e);
        row->presetStatus = update->presetStatus;
    }
    if (body->contains(u"work_allocation_allowed"_s))
        row->workAllocationAllowed = update->workAllocationAllowed;
    m_directory.upsertDeviceDepartment(*row);
    if (update->onlineStatus == u"N" || update->presetStatus == u"N")
        m_presence.resume(device->agentId);
    return HttpResponse::json(Wire::encodeDeviceDepartment(*m_directory.deviceDepartment(device->id, departmentId)));
}

} // namespace Frontline::Sandbox
