// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slacatalog.h"
#include "store/ticketquery.h"
#include "store/ticketrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

namespace Frontline {

class Clock;
class Store;

/// The tickets of one queue, sorted and searched, read from the cache in windows: only the
/// rows a view shows are ever loaded, so 100,000 tickets cost a count and a page. A new query
/// shows its first page at once and appends the rest when the count is in, on the next turn
/// of the event loop (counting 100,000 rows takes longer than a screenful: the list appears
/// first, its scroll bar follows); anything asking for a row beyond the page counts first.
/// The SLA column is computed at read time from the catalog and the clock; refreshSla()
/// lets the view repaint just its visible rows every second.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        CustomerColumn,
        DepartmentColumn,
        StatusColumn,
        LastActivityColumn,
        SlaColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        TicketRowRole, // QVariant<TicketRow>
        SlaViewRole, // QVariant<TicketSlaView>
        SlaStateRole, // int(SlaState), -1 without SLA
        SlaTextRole,
        VipRole,
        PendingActionsRole,
        CodeRole,
    };

    TicketListModel(Store &store, const Clock &clock, const SlaCatalog &catalog, QObject *parent = nullptr);

    void setQuery(const TicketQuery &query);
    const TicketQuery &query() const { return m_query; }
    /// The locale and zone of the texts (the UI language and the agent's time zone).
    void setLocale(const QLocale &locale, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a ticket, or -1 when this queue does not list it.
    int rowOf(const QString &ticketId) const;
    std::optional<TicketRow> rowAt(int row) const;
    QString ticketIdAt(int row) const;

    /// Re-reads the SLA column of rows [first, last] (the visible ones) at the clock's now.
    void refreshSla(int first, int last);
    /// The catalog changed (levels read from the server): every SLA text may change.
    void slaCatalogChanged();
    /// Re-reads the cache now rather than on the next event-loop turn.
    void reload();

private:
    static constexpr int kBlockSize = 100;
    static constexpr int kMaxBlocks = 16;

    const TicketRow *cached(int row) const;
    /// Counts the query's rows if setQuery() left that for later, appending them.
    void finishCount() const;
    void scheduleReload();
    void reloadNames();
    QString lastActivityText(const TicketRow &r) const;

    Store &m_store;
    const Clock &m_clock;
    const SlaCatalog &m_catalog;
    TicketQuery m_query;
    mutable int m_count = 0;
    mutable bool m_countPending = false;
    mutable QHash<int, QList<TicketRow>> m_blocks; // block index → rows
    mutable QList<int> m_blockOrder; // least recently used first
    QHash<QString, QString> m_departmentNames;
    QLocale m_locale;
    QTimeZone m_zone;
    QTimer m_reloadTimer;
    mutable QTimer m_countTimer;
};

} // namespace Frontline

Q_DECLARE_METATYPE(Frontline::TicketRow)
Q_DECLARE_METATYPE(Frontline::TicketSlaView)
