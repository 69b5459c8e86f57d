// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlistmodel.h"

#include "slatext.h"
#include "tickettext.h"

#include "domain/clock.h"
#include "store/store.h"

namespace Frontline {

TicketListModel::TicketListModel(Store &store, const Clock &clock, const SlaCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_catalog(catalog)
    , m_zone(QTimeZone::systemTimeZone())
{
    // Several store changes in a burst (a sync page, an action and its optimistic change)
    // become one re-read.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(30);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TicketListModel::reload);
    m_countTimer.setSingleShot(true);
    connect(&m_countTimer, &QTimer::timeout, this, [this] { finishCount(); });
    connect(&m_store, &Store::ticketsChanged, this, &TicketListModel::scheduleReload);
    connect(&m_store, &Store::outboxChanged, this, &TicketListModel::scheduleReload);
    connect(&m_store, &Store::referenceDataChanged, this, [this] {
        reloadNames();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, DepartmentColumn), index(m_count - 1, DepartmentColumn), {Qt::DisplayRole});
    });
    reloadNames();
}

void TicketListModel::reloadNames()
{
    m_departmentNames.clear();
    for (const Department &d : m_store.reference().departments())
        m_departmentNames.insert(d.id, d.name);
}

void TicketListModel::setQuery(const TicketQuery &query)
{
    if (query == m_query && m_count > 0)
        return;
    beginResetModel();
    m_query = query;
    m_blocks.clear();
    m_blockOrder.clear();
    QList<TicketRow> first = m_store.tickets().rows(m_query, 0, kBlockSize);
    m_count = int(first.size());
    m_countPending = first.size() == kBlockSize; // there may be more
    m_blocks.insert(0, std::move(first));
    m_blockOrder.append(0);
    endResetModel();
    if (m_countPending)
        m_countTimer.start(0);
    else
        m_countTimer.stop();
}

void TicketListModel::finishCount() const
{
    if (!m_countPending)
        return;
    m_countPending = false;
    m_countTimer.stop();
    auto *self = const_cast<TicketListModel *>(this); // the model's rows are being completed
    const int count = m_store.tickets().count(m_query);
    if (count > m_count) {
        self->beginInsertRows(QModelIndex(), m_count, count - 1);
        m_count = count;
        self->endInsertRows();
    } else if (count < m_count) { // the cache changed in between; the pending reload settles it
        self->beginRemoveRows(QModelIndex(), count, m_count - 1);
        m_count = count;
        m_blocks.clear();
        m_blockOrder.clear();
        self->endRemoveRows();
    }
}

void TicketListModel::setLocale(const QLocale &locale, const QTimeZone &zone)
{
    m_locale = locale;
    m_zone = zone;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TicketListModel::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void TicketListModel::reload()
{
    m_reloadTimer.stop();
    finishCount();
    const int count = m_store.tickets().count(m_query);
    // Same rows in the same places: update in place (keeps selection and scroll).
    if (count == m_count) {
        bool sameOrder = true;
        QHash<int, QList<TicketRow>> fresh;
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend() && sameOrder; ++it) {
            QList<TicketRow> rows = m_store.tickets().rows(m_query, it.key() * kBlockSize, kBlockSize);
            if (rows.size() != it.value().size()) {
                sameOrder = false;
                break;
            }
            for (int i = 0; i < rows.size(); ++i) {
                if (rows.at(i).id != it.value().at(i).id) {
                    sameOrder = false;
                    break;
                }
            }
            fresh.insert(it.key(), std::move(rows));
        }
        if (sameOrder) {
            m_blocks = std::move(fresh);
            if (m_count > 0)
                Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
            return;
        }
    }
    // Rows came, went or moved: views keep their current ticket by id (rowOf).
    beginResetModel();
    m_blocks.clear();
    m_blockOrder.clear();
    m_count = count;
    endResetModel();
}

const TicketRow *TicketListModel::cached(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int block = row / kBlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        it = m_blocks.insert(block, m_store.tickets().rows(m_query, block * kBlockSize, kBlockSize));
        m_blockOrder.append(block);
        while (m_blockOrder.size() > kMaxBlocks)
            m_blocks.remove(m_blockOrder.takeFirst());
    } else if (m_blockOrder.last() != block) {
        m_blockOrder.removeOne(block);
        m_blockOrder.append(block);
    }
    const int offset = row - block * kBlockSize;
    if (offset >= it->size())
        return nullptr; // the cache shrank under us; the pending reload fixes the count
    return &it->at(offset);
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketListModel::lastActivityText(const TicketRow &r) const
{
    if (!r.lastActivity.isValid())
        return {};
    return SlaText::when(r.lastActivity, m_clock.now(), m_locale, m_zone);
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow *r = cached(index.row());
    if (!r)
        return {};

    switch (role) {
    case TicketIdRole:
        return r->id;
    case TicketRowRole:
        return QVariant::fromValue(*r);
    case VipRole:
        return r->vip;
    case PendingActionsRole:
        return r->pendingActions;
    case CodeRole:
        return r->code;
    case SlaViewRole:
        return QVariant::fromValue(m_catalog.mostUrgent(*r, m_clock.now()));
    case SlaStateRole: {
        const TicketSlaView v = m_catalog.mostUrgent(*r, m_clock.now());
        return v.hasSla ? int(v.reading.state) : -1;
    }
    case SlaTextRole: {
        const TicketSlaView v = m_catalog.mostUrgent(*r, m_clock.now());
        return v.hasSla ? SlaText::reading(v.reading, m_clock.now(), m_locale, m_zone) : QString();
    }
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case SubjectColumn:
            return r->subject.isEmpty() ? tr("(no subject)") : r->subject;
        case CustomerColumn:
            return r->ownerName.isEmpty() ? r->ownerEmail : r->ownerName;
        case DepartmentColumn:
            return m_departmentNames.value(r->departmentId, r->departmentId);
        case StatusColumn:
            return TicketText::status(r->status);
        case LastActivityColumn:
            if (role == Qt::ToolTipRole && r->lastActivity.isValid())
                return m_locale.toString(r->lastActivity.toTimeZone(m_zone), QLocale::LongFormat);
            return lastActivityText(*r);
        case SlaColumn: {
            const TicketSlaView v = m_catalog.mostUrgent(*r, m_clock.now());
            if (!v.hasSla)
                return QString();
            const QString text = SlaText::reading(v.reading, m_clock.now(), m_locale, m_zone);
            if (role == Qt::DisplayRole)
                return text;
            // Tooltip and screen readers: the state in words, the target and its deadline.
            //: Tooltip of the SLA column: the state, then the time, e.g. "Due soon: 12 min"
            QString detail = tr("%1: %2").arg(SlaText::stateName(v.reading.state), text);
            if (v.reading.deadline.isValid()) {
                //: Tooltip of the SLA column, e.g. "First answer due Mon 10:00"
                detail += u'\n'
                        + tr("%1 due %2")
                                  .arg(SlaText::targetName(v.target),
                                       SlaText::when(v.reading.deadline, m_clock.now(), m_locale, m_zone));
            }
            if (v.estimated)
                detail += u'\n' + tr("Estimated with the default SLA level until the ticket's level is known.");
            return detail;
        }
        default:
            return {};
        }
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case DepartmentColumn:
        return tr("Department");
    case StatusColumn:
        return tr("Status");
    case LastActivityColumn:
        return tr("Last activity");
    case SlaColumn:
        //: Column header: time left until the SLA deadline
        return tr("SLA");
    default:
        return {};
    }
}

int TicketListModel::rowOf(const QString &ticketId) const
{
    finishCount();
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == ticketId)
                return it.key() * kBlockSize + i;
        }
    }
    return m_store.tickets().rowOf(m_query, ticketId);
}

std::optional<TicketRow> TicketListModel::rowAt(int row) const
{
    if (row >= m_count)
        finishCount();
    const TicketRow *r = cached(row);
    if (!r)
        return std::nullopt;
    return *r;
}

QString TicketListModel::ticketIdAt(int row) const
{
    if (row >= m_count)
        finishCount();
    const TicketRow *r = cached(row);
    return r ? r->id : QString();
}

void TicketListModel::refreshSla(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, m_count - 1);
    if (first > last)
        return;
    Q_EMIT dataChanged(index(first, SlaColumn), index(last, SlaColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, SlaViewRole, SlaStateRole, SlaTextRole});
}

void TicketListModel::slaCatalogChanged()
{
    refreshSla(0, m_count - 1);
}

} // namespace Frontline
