// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumeoperation.h"

#include "api/liveagentclient.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ResumeOperation::ResumeOperation(LiveAgentClient &client, QString agentId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_agentId(std::move(agentId))
{ }

void ResumeOperation::start()
{
    listPage(1);
}

void ResumeOperation::listPage(int page)
{
    // Which columns /devices filters on is not documented (contract 6.3): list them all and
    // keep this agent's, as LiveAgent's own integrations do.
    auto *job = m_client.listDevices(ListQuery::pageOf(page, kPerPage));
    connect(job, &ApiJob::finished, this, [this, page](ApiJob *j) {
        if (j->error()) {
            fail(*j->error());
            return;
        }
        const QList<Device> &devices = static_cast<ListDevicesJob *>(j)->items();
        for (const Device &d : devices) {
            if (d.agentId == m_agentId)
                m_devices.append(d);
        }
        if (devices.size() == kPerPage && page < kMaxPages)
            listPage(page + 1);
        else
            devicesListed();
    });
}

void ResumeOperation::devicesListed()
{
    if (m_devices.isEmpty()) {
        ApiError e(ApiError::Kind::NotFound);
        e.setServerMessage(tr("LiveAgent lists no device for you, so Frontline cannot make you available. Resume "
                              "in the LiveAgent agent panel."));
        fail(e);
        return;
    }
    nextDevice();
}

void ResumeOperation::nextDevice()
{
    if (m_devices.isEmpty()) {
        succeed();
        return;
    }
    Device d = m_devices.takeFirst();
    d.presetStatus = u"N"_s;
    d.onlineStatus = u"N"_s;
    auto *job = m_client.updateDevice(d);
    const qint64 deviceId = d.id;
    connect(job, &ApiJob::finished, this, [this, deviceId](ApiJob *j) {
        if (j->error()) {
            fail(*j->error());
            return;
        }
        auto *list = m_client.listDeviceDepartments(deviceId, ListQuery::pageOf(1, 100));
        connect(list, &ApiJob::finished, this, [this](ApiJob *lj) {
            if (lj->error()) {
                fail(*lj->error());
                return;
            }
            m_departments = static_cast<ListDeviceDepartmentsJob *>(lj)->items();
            nextDepartment();
        });
    });
}

void ResumeOperation::nextDepartment()
{
    while (!m_departments.isEmpty() && m_departments.first().onlineStatus == u"N")
        m_departments.removeFirst();
    if (m_departments.isEmpty()) {
        nextDevice();
        return;
    }
    DeviceDepartment dd = m_departments.takeFirst();
    dd.onlineStatus = u"N"_s;
    dd.presetStatus = u"N"_s;
    auto *job = m_client.updateDeviceDepartment(dd);
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
        if (j->error()) {
            fail(*j->error());
            return;
        }
        nextDepartment();
    });
}

void ResumeOperation::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcSync) << "resume failed:" << error.toLogString();
    Q_EMIT finished(error);
}

void ResumeOperation::succeed()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(std::nullopt);
}

} // namespace Frontline
