// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ticketquery.h"

#include <QAbstractListModel>
#include <QTimer>

#include <array>

namespace Frontline {

class Clock;
class Store;

/// The queues on the left with their live counts: Mine, Unassigned in my departments,
/// Overdue, All open, Recently resolved. Counts follow the cache (coalesced) and the clock
/// (a ticket becomes overdue without any change being stored).
class QueueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, QueueRole };
    static constexpr int kQueueCount = 5;

    QueueModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    void setScope(const QString &meId, const QStringList &departmentIds);
    /// The query listing a queue now (scope, "now" and "resolved since" filled in).
    TicketQuery queryFor(TicketQuery::Queue queue) const;
    TicketQuery::Queue queueAt(int row) const;
    int rowOf(TicketQuery::Queue queue) const;
    int count(TicketQuery::Queue queue) const;
    static QString queueName(TicketQuery::Queue queue);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Recounts now (normally coalesced after a change of scope or of the cache, and once a
    /// minute).
    void refresh();

private:
    Store &m_store;
    const Clock &m_clock;
    QString m_meId;
    QStringList m_departments;
    std::array<int, kQueueCount> m_counts{};
    bool m_counted = false; // counts are known (CountRole is invalid before)
    QTimer m_coalesce;
    QTimer m_minute;
};

} // namespace Frontline
