// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceloader.h"

#include "pagedfetch.h"

#include "api/liveagentclient.h"
#include "logging.h"
#include "store/store.h"

namespace Frontline {

namespace {

constexpr int kPerPage = 100;

template<typename Job, typename T>
void loadAll(ReferenceLoader *self, std::function<Job *(int)> start, std::function<StoreError(const QList<T> &)> save,
             std::function<void(std::optional<ApiError>)> done)
{
    auto items = std::make_shared<QList<T>>();
    fetchPages<Job>(
            self, start, kPerPage,
            [items](const Job &job) {
                items->append(job.items());
                return true;
            },
            [items, save, done](std::optional<ApiError> error) {
                if (!error) {
                    if (StoreError e = save(*items); e.isError())
                        qCWarning(lcSync) << "cannot store reference data:" << e.detail;
                }
                done(error);
            });
}

} // namespace

ReferenceLoader::ReferenceLoader(Store &store, LiveAgentClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{ }

void ReferenceLoader::start()
{
    m_step = 0;
    next();
}

void ReferenceLoader::stepDone(const std::optional<ApiError> &error)
{
    if (error) {
        Q_EMIT finished(error);
        return;
    }
    ++m_step;
    next();
}

void ReferenceLoader::next()
{
    auto done = [this](std::optional<ApiError> e) { stepDone(e); };
    ReferenceCache &ref = m_store.reference();
    switch (m_step) {
    case 0:
        loadAll<ListDepartmentsJob, Department>(
                this, [this](int p) { return m_client.listDepartments(ListQuery::pageOf(p, kPerPage)); },
                [&ref](const QList<Department> &l) { return ref.replaceDepartments(l); }, done);
        return;
    case 1:
        loadAll<ListAgentsJob, Agent>(
                this, [this](int p) { return m_client.listAgents(ListQuery::pageOf(p, kPerPage)); },
                [&ref](const QList<Agent> &l) { return ref.replaceAgents(l); }, done);
        return;
    case 2:
        loadAll<ListSlasJob, SlaLevel>(
                this, [this](int p) { return m_client.listSlas(ListQuery::pageOf(p, kPerPage)); },
                [&ref](const QList<SlaLevel> &l) { return ref.replaceSlaLevels(l); }, done);
        return;
    case 3:
        loadAll<ListTagsJob, Tag>(
                this, [this](int p) { return m_client.listTags(ListQuery::pageOf(p, kPerPage)); },
                [this, &ref](const QList<Tag> &l) {
                    StoreError e = ref.replaceTags(l);
                    if (e.isError())
                        return e;
                    // "VIP first" sorts by the tag LiveAgent accounts conventionally call VIP.
                    QSet<QString> vip;
                    for (const Tag &t : l) {
                        if (t.name.compare(QStringLiteral("VIP"), Qt::CaseInsensitive) == 0)
                            vip.insert(t.id);
                    }
                    return m_store.tickets().setVipTagIds(vip);
                },
                done);
        return;
    case 4:
        loadAll<ListCannedMessagesJob, CannedMessage>(
                this, [this](int p) { return m_client.listCannedMessages(ListQuery::pageOf(p, kPerPage)); },
                [&ref](const QList<CannedMessage> &l) { return ref.replaceCannedMessages(l); }, done);
        return;
    case 5:
        loadAll<ListPredefinedAnswersJob, PredefinedAnswer>(
                this, [this](int p) { return m_client.listPredefinedAnswers(ListQuery::pageOf(p, kPerPage)); },
                [&ref](const QList<PredefinedAnswer> &l) { return ref.replacePredefinedAnswers(l); }, done);
        return;
    default:
        Q_EMIT finished(std::nullopt);
    }
}

} // namespace Frontline
