// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingactionsmodel.h"

#include "uitext.h"

#include "api/wire/wiretime.h"
#include "models/tickettext.h"
#include "store/store.h"

#include <QApplication>
#include <QLocale>
#include <QSet>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Frontline {

PendingActionsModel::PendingActionsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &Store::outboxChanged, this, &PendingActionsModel::reload);
    // Names of tickets, agents and departments may arrive after the action was taken.
    connect(&m_store, &Store::referenceDataChanged, this, &PendingActionsModel::retranslate);
    connect(&m_store, &Store::ticketsChanged, this, &PendingActionsModel::retranslate);
    reload();
}

int PendingActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PendingActionsModel::rowOf(qint64 outboxId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.id == outboxId)
            return i;
    }
    return -1;
}

QString PendingActionsModel::stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        //: State of an action not yet sent to the server
        return tr("Waiting");
    case OutboxEntry::State::Sending:
        //: State of an action being sent to the server right now
        return tr("Sending");
    case OutboxEntry::State::Unknown:
        //: State of an action sent without an answer: Frontline checks whether the server got it
        return tr("Checking");
    case OutboxEntry::State::Failed:
        //: State of an action the server did not accept
        return tr("Refused");
    }
    return {};
}

QString PendingActionsModel::describe(const OutboxEntry &e, const Store &store)
{
    const QLocale locale;
    const auto agentName = [&store](const QString &id) {
        const auto agent = store.reference().agent(id);
        return agent ? UiText::person(agent->name, agent->email) : id;
    };
    switch (e.kind) {
    case OutboxEntry::Kind::Reply:
        //: Pending action: a reply to the customer
        return tr("Reply");
    case OutboxEntry::Kind::Note:
        //: Pending action
        return tr("Internal note");
    case OutboxEntry::Kind::SetStatus:
        //: Pending action; %1 is a ticket status such as "Resolved"
        return tr("Set status: %1").arg(TicketText::status(e.payload.value(u"status"_s).toString()));
    case OutboxEntry::Kind::Postpone: {
        const auto until = WireTime::parseInstant(e.payload.value(u"until"_s).toString());
        //: Pending action; %1 is a date and time
        return tr("Postpone until %1")
                .arg(until ? locale.toString(until->toLocalTime(), QLocale::ShortFormat) : QString());
    }
    case OutboxEntry::Kind::Take:
        //: Pending action: the agent takes the ticket
        return tr("Take");
    case OutboxEntry::Kind::Assign:
        //: Pending action; %1 is an agent's name
        return tr("Assign to %1").arg(agentName(e.payload.value(u"agentId"_s).toString()));
    case OutboxEntry::Kind::Transfer: {
        const QString departmentId = e.payload.value(u"departmentId"_s).toString();
        const auto department = store.reference().department(departmentId);
        const QString where = department && !department->name.isEmpty() ? department->name : departmentId;
        const QString agentId = e.payload.value(u"agentId"_s).toString();
        if (agentId.isEmpty())
            //: Pending action; %1 is a department
            return tr("Transfer to %1").arg(where);
        //: Pending action; %1 is a department, %2 an agent of it
        return tr("Transfer to %1 (%2)").arg(where, agentName(agentId));
    }
    case OutboxEntry::Kind::Pause: {
        const QString reason = e.payload.value(u"reason"_s).toString();
        return reason.isEmpty()
                //: Pending action (noun): the agent pauses
                ? tr("Pause")
                //: Pending action (noun): the agent pauses; %1 is the reason, e.g. Lunch
                : tr("Pause (%1)").arg(reason);
    }
    case OutboxEntry::Kind::Resume:
        //: Pending action: the agent resumes work after a pause
        return tr("Resume");
    case OutboxEntry::Kind::Unknown:
        break;
    }
    return tr("Unknown action");
}

PendingActionsModel::Row PendingActionsModel::makeRow(const OutboxEntry &entry) const
{
    Row row{entry, describe(entry, m_store), QString()};
    if (!entry.ticketId.isEmpty()) {
        const auto ticket = m_store.tickets().row(entry.ticketId);
        if (ticket && !ticket->code.isEmpty())
            //: A ticket: %1 its code (ABC-123), %2 its subject
            row.ticket = tr("%1 · %2").arg(ticket->code, ticket->subject);
        else if (ticket)
            row.ticket = ticket->subject;
        else
            row.ticket = entry.ticketId;
    }
    return row;
}

void PendingActionsModel::reload()
{
    const QList<OutboxEntry> entries = m_store.outbox().all();
    QSet<qint64> fresh;
    for (const OutboxEntry &e : entries)
        fresh.insert(e.id);

    // Row by row rather than a reset, so the view keeps the agent's selection and scroll.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!fresh.contains(m_rows.at(i).entry.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Both lists are in outbox order (by id): what remains is a subsequence of `entries`.
    for (int i = 0; i < entries.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).entry.id == entries.at(i).id) {
            m_rows[i] = makeRow(entries.at(i));
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, makeRow(entries.at(i)));
        endInsertRows();
    }
}

void PendingActionsModel::retranslate()
{
    for (Row &row : m_rows)
        row = makeRow(row.entry);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant PendingActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const OutboxEntry &e = row.entry;
    switch (role) {
    case OutboxIdRole:
        return e.id;
    case TicketIdRole:
        return e.ticketId;
    case KindRole:
        return int(e.kind);
    case StateRole:
        return int(e.state);
    case BodyRole:
        return e.payload.value(u"body"_s).toString();
    default:
        break;
    }

    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case What:
            return row.what;
        case Ticket:
            return row.ticket;
        case Since:
            return locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        case State:
            return stateText(e.state);
        case ServerMessage:
            return e.errorMessage;
        default:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case What: {
            const QString body = e.payload.value(u"body"_s).toString();
            return body.size() > 300 ? body.left(300) + u'…' : body;
        }
        case Ticket:
            return row.ticket;
        case State:
            if (e.state == OutboxEntry::State::Failed)
                return tr("The server did not accept this action. Edit it, try again or discard it.");
            if (e.state == OutboxEntry::State::Unknown)
                return tr("It was sent but no answer came back; Frontline checks with the server before sending "
                          "it again, so nothing is sent twice.");
            if (e.state == OutboxEntry::State::Pending && e.nextAttemptAt.isValid())
                //: %1 is a time
                return tr("Next attempt at %1")
                        .arg(locale.toString(e.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat));
            return {};
        case ServerMessage:
            return e.errorMessage;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == State && e.state == OutboxEntry::State::Failed)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QVariant PendingActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        //: Column of the pending-actions list: what the action does
        return tr("Action");
    case Ticket:
        return tr("Ticket");
    case Since:
        //: Column: when the action was taken
        return tr("Since");
    case State:
        //: Column: waiting, sending, checking or refused
        return tr("State");
    case ServerMessage:
        //: Column: the server's explanation of an error
        return tr("Server's message");
    default:
        break;
    }
    return {};
}

} // namespace Frontline
