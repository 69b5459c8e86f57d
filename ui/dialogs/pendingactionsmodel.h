// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outboxentry.h"

#include <QAbstractTableModel>

namespace Frontline {

class Store;

/// The outbox as a table for the pending-actions list: what each action does, to which ticket,
/// since when, its state (waiting, sending, checking, refused) and the server's words. Follows
/// the outbox live, row by row, so a selection survives the pusher's progress.
class PendingActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { What, Ticket, Since, State, ServerMessage, ColumnCount };
    enum Role {
        OutboxIdRole = Qt::UserRole + 1, // qint64
        TicketIdRole, // QString, empty for presence actions
        KindRole, // int(OutboxEntry::Kind)
        StateRole, // int(OutboxEntry::State)
        BodyRole, // QString: the text of a reply or note
    };

    explicit PendingActionsModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutboxEntry &entry(int row) const { return m_rows.at(row).entry; }
    /// The row of an outbox entry, or -1.
    int rowOf(qint64 outboxId) const;

    /// Reads the outbox again and updates the rows that changed (connected to Store::outboxChanged).
    void reload();
    /// The language changed: every text is made again.
    void retranslate();

    /// "Reply", "Transfer to Billing (Maria)", … in the UI language.
    static QString describe(const OutboxEntry &entry, const Store &store);
    static QString stateText(OutboxEntry::State state);

private:
    struct Row
    {
        OutboxEntry entry;
        QString what;
        QString ticket;
    };
    Row makeRow(const OutboxEntry &entry) const;

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace Frontline
