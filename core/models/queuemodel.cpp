// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuemodel.h"

#include "domain/clock.h"
#include "store/store.h"

namespace Frontline {

namespace {

constexpr std::array<TicketQuery::Queue, QueueModel::kQueueCount> kQueues{
        TicketQuery::Queue::Mine, TicketQuery::Queue::Unassigned, TicketQuery::Queue::Overdue,
        TicketQuery::Queue::AllOpen, TicketQuery::Queue::RecentlyResolved};
constexpr int kResolvedDays = 7;

} // namespace

QueueModel::QueueModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &QueueModel::refresh);
    connect(&m_store, &Store::ticketsChanged, &m_coalesce, qOverload<>(&QTimer::start));
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &QueueModel::refresh);
    m_minute.start();
}

void QueueModel::setScope(const QString &meId, const QStringList &departmentIds)
{
    if (m_counted && meId == m_meId && departmentIds == m_departments)
        return; // changes in the cache and the clock recount by themselves
    m_meId = meId;
    m_departments = departmentIds;
    // Counted with the next coalesced refresh, not now: five counts over a large cache
    // (20-25 ms at 100,000 tickets) would come before the window's first paint.
    m_coalesce.start();
}

TicketQuery QueueModel::queryFor(TicketQuery::Queue queue) const
{
    TicketQuery q;
    q.queue = queue;
    q.meId = m_meId;
    q.myDepartmentIds = m_departments;
    q.now = m_clock.now();
    q.resolvedSince = q.now.addDays(-kResolvedDays);
    return q;
}

TicketQuery::Queue QueueModel::queueAt(int row) const
{
    return kQueues.at(std::size_t(std::clamp(row, 0, kQueueCount - 1)));
}

int QueueModel::rowOf(TicketQuery::Queue queue) const
{
    for (int i = 0; i < kQueueCount; ++i) {
        if (kQueues.at(std::size_t(i)) == queue)
            return i;
    }
    return 0;
}

int QueueModel::count(TicketQuery::Queue queue) const
{
    return m_counts.at(std::size_t(rowOf(queue)));
}

QString QueueModel::queueName(TicketQuery::Queue queue)
{
    switch (queue) {
    case TicketQuery::Queue::Mine:
        //: Queue: tickets assigned to me
        return tr("Mine");
    case TicketQuery::Queue::Unassigned:
        //: Queue: nobody's tickets in my departments
        return tr("Unassigned");
    case TicketQuery::Queue::Overdue:
        //: Queue: tickets whose SLA deadline passed
        return tr("Overdue");
    case TicketQuery::Queue::AllOpen:
        //: Queue: every open ticket of my departments
        return tr("All open");
    case TicketQuery::Queue::RecentlyResolved:
        //: Queue: tickets resolved in the last days
        return tr("Recently resolved");
    }
    return {};
}

void QueueModel::refresh()
{
    m_coalesce.stop();
    const bool first = !m_counted;
    m_counted = true;
    for (int i = 0; i < kQueueCount; ++i) {
        const int n = m_store.tickets().count(queryFor(kQueues.at(std::size_t(i))));
        if (first || n != m_counts.at(std::size_t(i))) {
            m_counts[std::size_t(i)] = n;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kQueueCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketQuery::Queue queue = kQueues.at(std::size_t(index.row()));
    const int n = m_counts.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return queueName(queue);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (!m_counted)
            return queueName(queue);
        //: A queue and how many tickets it holds, e.g. "Mine: 12 tickets"
        return tr("%1: %n ticket(s)", nullptr, n).arg(queueName(queue));
    case CountRole:
        return m_counted ? QVariant(n) : QVariant(); // not counted yet
    case QueueRole:
        return int(queue);
    default:
        return {};
    }
}

} // namespace Frontline
