// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logic/apierror.h"
#include "server/router.h"

#include "domain/agent.h"

namespace Frontline::Sandbox {

class DirectoryStore;
class Presence;

/// The Devices API (contract 6.3): `/devices` (GET, POST), `/devices/{id}` (GET, PUT,
/// DELETE), `/devices/{id}/departments[/{dep}]` (GET, PUT). Per contract 11.4 a device's
/// `preset_status` N, or a device department's `online_status` N, resumes a paused agent.
class DevicesHandler
{
public:
    DevicesHandler(DirectoryStore &directory, Presence &presence);
    void addRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &c);
    HttpResponse create(const RequestContext &c);
    HttpResponse one(const RequestContext &c);
    HttpResponse update(const RequestContext &c);
    HttpResponse remove(const RequestContext &c);
    HttpResponse departments(const RequestContext &c);
    HttpResponse department(const RequestContext &c);
    HttpResponse updateDepartment(const RequestContext &c);

    Result<Device> readDevice(const RequestContext &c);
    Result<Device> existing(const QString &idText);

    DirectoryStore &m_directory;
    Presence &m_presence;
};

} // namespace Frontline::Sandbox
