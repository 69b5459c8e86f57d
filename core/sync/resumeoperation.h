// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/agent.h"

#include <QObject>

#include <optional>

namespace Frontline {

class LiveAgentClient;

/// Makes a paused agent available again. LiveAgent v3 has no resume call; as its own mobile
/// app does, Frontline sets the agent's devices back online: `PUT /devices/{id}` with
/// preset_status N, then every department of each device online (contract 6.3, 11.4).
class ResumeOperation : public QObject
{
    Q_OBJECT

public:
    ResumeOperation(LiveAgentClient &client, QString agentId, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    /// Exactly once; no error means every device and department was set online.
    void finished(const std::optional<Frontline::ApiError> &error);

private:
    static constexpr int kPerPage = 100;
    static constexpr int kMaxPages = 20;

    void listPage(int page);
    void devicesListed();
    void nextDevice();
    void nextDepartment();
    void fail(const ApiError &error);
    void succeed();

    LiveAgentClient &m_client;
    QString m_agentId;
    QList<Device> m_devices;
    QList<DeviceDepartment> m_departments;
    bool m_done = false;
};

} // namespace Frontline
