// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "listquery.h"

#include "jobs/addconversationmessagejob.h"
#include "jobs/createticketjob.h"
#include "jobs/deleteapikeyjob.h"
#include "jobs/getagentjob.h"
#include "jobs/getagentstatusjob.h"
#include "jobs/getloginkeyjob.h"
#include "jobs/gettickethistoryjob.h"
#include "jobs/getticketjob.h"
#include "jobs/getticketslajob.h"
#include "jobs/listagentsjob.h"
#include "jobs/listcannedmessagesjob.h"
#include "jobs/listdepartmentsjob.h"
#include "jobs/listdevicedepartmentsjob.h"
#include "jobs/listdevicesjob.h"
#include "jobs/listpredefinedanswersjob.h"
#include "jobs/listslasjob.h"
#include "jobs/listtagsjob.h"
#include "jobs/listticketmessagesjob.h"
#include "jobs/listticketsjob.h"
#include "jobs/listtimezonesjob.h"
#include "jobs/loginjob.h"
#include "jobs/pauseagentjob.h"
#include "jobs/pingjob.h"
#include "jobs/postponeticketjob.h"
#include "jobs/updatedevicedepartmentjob.h"
#include "jobs/updatedevicejob.h"
#include "jobs/updateticketjob.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Frontline {

class Clock;

/// The LiveAgent server as the rest of Frontline sees it: one method per endpoint, each
/// creating, starting and returning a job (connect to its succeeded/failed/finished; it
/// deletes itself afterwards). Knows nothing of the store or the UI. All jobs of a client
/// share its request budget; the client must outlive its jobs (they are its children).
class LiveAgentClient : public QObject
{
    Q_OBJECT

public:
    LiveAgentClient(QNetworkAccessManager *network, const ServerEndpoint &endpoint, const TlsOptions &tls,
                    const ApiCredentials &credentials, QObject *parent = nullptr);
    ~LiveAgentClient() override;

    const ServerEndpoint &endpoint() const { return m_connection->endpoint(); }
    /// The TLS options could not be loaded (unreadable CA or pin file); every job fails with it.
    const std::optional<ApiError> &tlsSetupError() const { return m_connection->tlsSetupError(); }

    /// After login, or when the user enters a new key. Jobs already running keep the old one.
    void setApiKey(const QString &key);
    void setV1ApiKey(const QString &key);
    bool hasApiKey() const { return !m_connection->key(ApiVersion::V3).isEmpty(); }
    /// Without a v1 key replies and notes cannot be sent (contract 11.3).
    bool hasV1ApiKey() const { return !m_connection->key(ApiVersion::V1).isEmpty(); }

    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_connection->retryPolicy(); }
    void setRequestTimeout(std::chrono::milliseconds timeout);
    /// Replaces the client's own budget for one API (tests inject one with a manual time
    /// source; two clients with the same key may share one). Not owned; set before starting jobs.
    void setRequestBudget(ApiVersion api, RequestBudget *budget);
    RequestBudget *requestBudget(ApiVersion api = ApiVersion::V3) const { return m_connection->budget(api); }
    /// "Now" for HTTP-date Retry-After values when the answer has no Date header.
    void setClock(const Clock *clock);

    /// Starts any job on this client (for jobs made outside these methods).
    template<typename Job>
    Job *start(Job *job)
    {
        startJob(job);
        return job;
    }

    PingJob *ping();
    LoginJob *login(const ApiKeyLogin &login);
    DeleteApiKeyJob *deleteApiKey(const QString &apiKeyId);

    GetAgentJob *getAgent(const QString &agentId);
    ListAgentsJob *listAgents(const ListQuery &query = {});
    GetAgentStatusJob *getAgentStatus(const QString &agentId);
    PauseAgentJob *pauseAgent(const QString &agentId);
    GetLoginKeyJob *getLoginKey(const QString &agentId);

    ListDevicesJob *listDevices(const ListQuery &query = {});
    UpdateDeviceJob *updateDevice(const Device &device);
    ListDeviceDepartmentsJob *listDeviceDepartments(qint64 deviceId, const ListQuery &query = {});
    UpdateDeviceDepartmentJob *updateDeviceDepartment(const DeviceDepartment &deviceDepartment);

    ListTicketsJob *listTickets(const ListQuery &query = {});
    GetTicketJob *getTicket(const QString &ticketId);
    CreateTicketJob *createTicket(const NewTicket &ticket);
    UpdateTicketJob *updateTicket(const QString &ticketId, const TicketUpdate &update);
    PostponeTicketJob *postponeTicket(const QString &ticketId, const QDateTime &until);
    ListTicketMessagesJob *listTicketMessages(const QString &ticketId, bool includeQuotedMessages = true,
                                              const ListQuery &query = {});
    GetTicketSlaJob *getTicketSla(const QString &ticketId);
    GetTicketHistoryJob *getTicketHistory(const QString &ticketId);

    ListDepartmentsJob *listDepartments(const ListQuery &query = {});
    ListSlasJob *listSlas(const ListQuery &query = {});
    ListTagsJob *listTags(const ListQuery &query = {});
    ListCannedMessagesJob *listCannedMessages(const ListQuery &query = {});
    ListPredefinedAnswersJob *listPredefinedAnswers(const ListQuery &query = {});
    ListTimeZonesJob *listTimeZones();

    /// A reply or internal note through API v1 (needs the v1 key).
    AddConversationMessageJob *addConversationMessage(const QString &ticketId, const V1MessagePost &message);

Q_SIGNALS:
    /// A job failed with 401: the key is no longer accepted; the account layer asks again.
    void unauthorized(const Frontline::ApiError &error);
    /// The v3 budget holds requests back (wait > 0) or lets them flow again (0).
    void rateLimitWaitChanged(std::chrono::milliseconds wait);

private:
    void startJob(ApiJob *job);

    std::unique_ptr<ApiConnection> m_connection;
    RequestBudget *m_ownV3Budget;
    RequestBudget *m_ownV1Budget;
    QMetaObject::Connection m_budgetWatch;
};

} // namespace Frontline
