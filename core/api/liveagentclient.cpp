// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveagentclient.h"

namespace Frontline {

LiveAgentClient::LiveAgentClient(QNetworkAccessManager *network, const ServerEndpoint &endpoint, const TlsOptions &tls,
                                 const ApiCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<ApiConnection>(network, endpoint, tls, credentials, nullptr))
    , m_ownV3Budget(new RequestBudget(this))
    , m_ownV1Budget(new RequestBudget(this))
{
    setRequestBudget(ApiVersion::V3, m_ownV3Budget);
    setRequestBudget(ApiVersion::V1, m_ownV1Budget);
}

LiveAgentClient::~LiveAgentClient()
{
    // Jobs are children: delete them now, while the connection and budgets they point to
    // still exist (QObject would delete children only after the members are gone).
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

void LiveAgentClient::setApiKey(const QString &key)
{
    m_connection->setKey(ApiVersion::V3, key);
}

void LiveAgentClient::setV1ApiKey(const QString &key)
{
    m_connection->setKey(ApiVersion::V1, key);
}

void LiveAgentClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_connection->setRetryPolicy(policy);
}

void LiveAgentClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_connection->setRequestTimeout(timeout);
}

void LiveAgentClient::setRequestBudget(ApiVersion api, RequestBudget *budget)
{
    m_connection->setBudget(api, budget);
    if (api != ApiVersion::V3)
        return;
    disconnect(m_budgetWatch);
    if (budget)
        m_budgetWatch = connect(budget, &RequestBudget::waitChanged, this, &LiveAgentClient::rateLimitWaitChanged);
}

void LiveAgentClient::setClock(const Clock *clock)
{
    m_connection->setClock(clock);
}

void LiveAgentClient::startJob(ApiJob *job)
{
    job->setParent(this);
    connect(job, &ApiJob::failed, this, [this](ApiJob *failed) {
        if (failed->error() && failed->error()->kind() == ApiError::Kind::Unauthorized
            && failed->error()->httpStatus() == 401)
            Q_EMIT unauthorized(*failed->error());
    });
    job->start(m_connection.get());
}

PingJob *LiveAgentClient::ping()
{
    return start(new PingJob);
}

LoginJob *LiveAgentClient::login(const ApiKeyLogin &login)
{
    return start(new LoginJob(login));
}

DeleteApiKeyJob *LiveAgentClient::deleteApiKey(const QString &apiKeyId)
{
    return start(new DeleteApiKeyJob(apiKeyId));
}

GetAgentJob *LiveAgentClient::getAgent(const QString &agentId)
{
    return start(new GetAgentJob(agentId));
}

ListAgentsJob *LiveAgentClient::listAgents(const ListQuery &query)
{
    return start(new ListAgentsJob(query));
}

GetAgentStatusJob *LiveAgentClient::getAgentStatus(const QString &agentId)
{
    return start(new GetAgentStatusJob(agentId));
}

PauseAgentJob *LiveAgentClient::pauseAgent(const QString &agentId)
{
    return start(new PauseAgentJob(agentId));
}

GetLoginKeyJob *LiveAgentClient::getLoginKey(const QString &agentId)
{
    return start(new GetLoginKeyJob(agentId));
}

ListDevicesJob *LiveAgentClient::listDevices(const ListQuery &query)
{
    return start(new ListDevicesJob(query));
}

UpdateDeviceJob *LiveAgentClient::updateDevice(const Device &device)
{
    return start(new UpdateDeviceJob(device));
}

ListDeviceDepartmentsJob *LiveAgentClient::listDeviceDepartments(qint64 deviceId, const ListQuery &query)
{
    return start(new ListDeviceDepartmentsJob(deviceId, query));
}

UpdateDeviceDepartmentJob *LiveAgentClient::updateDeviceDepartment(const DeviceDepartment &deviceDepartment)
{
    return start(new UpdateDeviceDepartmentJob(deviceDepartment));
}

ListTicketsJob *LiveAgentClient::listTickets(const ListQuery &query)
{
    return start(new ListTicketsJob(query));
}

GetTicketJob *LiveAgentClient::getTicket(const QString &ticketId)
{
    return start(new GetTicketJob(ticketId));
}

CreateTicketJob *LiveAgentClient::createTicket(const NewTicket &ticket)
{
    return start(new CreateTicketJob(ticket));
}

UpdateTicketJob *LiveAgentClient::updateTicket(const QString &ticketId, const TicketUpdate &update)
{
    return start(new UpdateTicketJob(ticketId, update));
}

PostponeTicketJob *LiveAgentClient::postponeTicket(const QString &ticketId, const QDateTime &until)
{
    return start(new PostponeTicketJob(ticketId, until));
}

ListTicketMessagesJob *LiveAgentClient::listTicketMessages(const QString &ticketId, bool includeQuotedMessages,
                                                           const ListQuery &query)
{
    return start(new ListTicketMessagesJob(ticketId, includeQuotedMessages, query));
}

GetTicketSlaJob *LiveAgentClient::getTicketSla(const QString &ticketId)
{
    return start(new GetTicketSlaJob(ticketId));
}

GetTicketHistoryJob *LiveAgentClient::getTicketHistory(const QString &ticketId)
{
    return start(new GetTicketHistoryJob(ticketId));
}

ListDepartmentsJob *LiveAgentClient::listDepartments(const ListQuery &query)
{
    return start(new ListDepartmentsJob(query));
}

ListSlasJob *LiveAgentClient::listSlas(const ListQuery &query)
{
    return start(new ListSlasJob(query));
}

ListTagsJob *LiveAgentClient::listTags(const ListQuery &query)
{
    return start(new ListTagsJob(query));
}

ListCannedMessagesJob *LiveAgentClient::listCannedMessages(const ListQuery &query)
{
    return start(new ListCannedMessagesJob(query));
}

ListPredefinedAnswersJob *LiveAgentClient::listPredefinedAnswers(const ListQuery &query)
{
    return start(new ListPredefinedAnswersJob(query));
}

ListTimeZonesJob *LiveAgentClient::listTimeZones()
{
    return start(new ListTimeZonesJob);
}

AddConversationMessageJob *LiveAgentClient::addConversationMessage(const QString &ticketId,
                                                                   const V1MessagePost &message)
{
    return start(new AddConversationMessageJob(ticketId, message));
}

} // namespace Frontline
