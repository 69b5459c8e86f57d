// SPDX-License-Identifier: GPL-3.0-or-later
// TicketCache: the conversation (message groups, the optimistic groups of replies on their way)
// and the history of a ticket. Tickets themselves, lists and search: ticketcache.cpp.
#include "ticketcache.h"

#include "database.h"
#include "logging.h"
#include "sqltransaction.h"
#include "sqlvalues.h"
#include "storenotifier.h"
#include "ticketscope_p.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

using SqlValues::instant;
using TicketScope::bindScope;
using TicketScope::kNoActionsOnTheirWay;
using TicketScope::scopeSql;

constexpr int kMaxIndexedText = 64 * 1024;

// Plain text of a message body for the full-text index: HTML tags and entities dropped.
QString plainText(const Message &m)
{
    if (m.formatKind() != MessageFormat::Html)
        return m.body;
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression entities(u"&[a-zA-Z#0-9]+;"_s);
    QString text = m.body;
    text.replace(tags, u" "_s);
    text.replace(entities, u" "_s);
    return text;
}

// Message types that carry text an agent or customer wrote (contract 8.5).
bool isConversationText(const Message &m)
{
    return m.type == u"M" || m.type == u"Y" || m.type == u"N" || m.type == u"Q" || m.type.isEmpty();
}
} // namespace

StoreError TicketCache::replaceConversation(const QString &ticketId, const QList<MessageGroup> &groups)
{
    m_matchesFor.clear(); // the searchable texts change
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery &del = m_db.prepared(u"DELETE FROM message_groups WHERE ticket_id = ? AND outbox_id IS NULL"_s);
    del.bindValue(0, ticketId);
    if (StoreError e = m_db.exec(del); e.isError())
        return e;

    QSqlQuery &insGroup = m_db.prepared(
            u"INSERT OR REPLACE INTO message_groups (id, ticket_id, parent_id, user_id, user_full_name, type, status,"
            " date_created, date_finished, sort_order, outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s);
    QSqlQuery &insMessage = m_db.prepared(
            u"INSERT OR REPLACE INTO messages (group_id, seq, id, user_id, type, format, body, visibility,"
            " date_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QString text;
    int messageCount = 0;
    for (const MessageGroup &g : groups) {
        insGroup.bindValue(0, g.id);
        insGroup.bindValue(1, ticketId);
        insGroup.bindValue(2, g.parentId);
        insGroup.bindValue(3, g.userId);
        insGroup.bindValue(4, g.userFullName);
        insGroup.bindValue(5, g.type);
        insGroup.bindValue(6, g.status);
        insGroup.bindValue(7, instant(g.dateCreated));
        insGroup.bindValue(8, instant(g.dateFinished));
        insGroup.bindValue(9, g.sortOrder);
        if (StoreError e = m_db.exec(insGroup); e.isError())
            return e;
        bool groupHasText = false;
        for (int seq = 0; seq < g.messages.size(); ++seq) {
            const Message &m = g.messages.at(seq);
            insMessage.bindValue(0, g.id);
            insMessage.bindValue(1, seq);
            insMessage.bindValue(2, m.id);
            insMessage.bindValue(3, m.userId);
            insMessage.bindValue(4, m.type);
            insMessage.bindValue(5, m.format);
            insMessage.bindValue(6, m.body);
            insMessage.bindValue(7, m.visibility);
            insMessage.bindValue(8, instant(m.dateCreated));
            if (StoreError e = m_db.exec(insMessage); e.isError())
                return e;
            if (isConversationText(m)) {
                groupHasText = true;
                if (text.size() < kMaxIndexedText)
                    text += plainText(m).left(kMaxIndexedText - text.size()) + u'\n';
            }
        }
        if (groupHasText)
            ++messageCount;
    }

    QSqlQuery &upd = m_db.prepared(u"UPDATE tickets SET message_count = ?, text_length = ?,"
                                   " messages_synced_changed = date_changed WHERE id = ?"_s);
    upd.bindValue(0, messageCount);
    upd.bindValue(1, text.size());
    upd.bindValue(2, ticketId);
    if (StoreError e = m_db.exec(upd); e.isError())
        return e;
    QSqlQuery &fts =
            m_db.prepared(u"UPDATE ticket_fts SET body = ? WHERE rowid = (SELECT rowid FROM tickets WHERE id = ?)"_s);
    fts.bindValue(0, text);
    fts.bindValue(1, ticketId);
    if (StoreError e = m_db.exec(fts); e.isError())
        return e;

    if (StoreError e = tx.commit(); e.isError())
        return e;
    m_notifier.notifyConversationChanged(ticketId);
    m_notifier.notifyTicketsChanged({ticketId});
    return {};
}

QList<MessageGroup> TicketCache::conversation(const QString &ticketId) const
{
    QList<MessageGroup> groups;
    QSqlQuery &qg = m_db.prepared(
            u"SELECT id, parent_id, user_id, user_full_name, type, status, date_created, date_finished, sort_order,"
            " outbox_id FROM message_groups WHERE ticket_id = ?"
            " ORDER BY outbox_id IS NOT NULL, date_created, sort_order, rowid"_s);
    qg.bindValue(0, ticketId);
    if (!qg.exec())
        return groups;
    while (qg.next()) {
        MessageGroup g;
        g.id = qg.value(0).toString();
        g.ticketId = ticketId;
        g.parentId = qg.value(1).toString();
        g.userId = qg.value(2).toString();
        g.userFullName = qg.value(3).toString();
        g.type = qg.value(4).toString();
        g.status = qg.value(5).toString();
        g.dateCreated = instant(qg.value(6));
        g.dateFinished = instant(qg.value(7));
        g.sortOrder = qg.value(8).toInt();
        groups.append(g);
    }
    qg.finish();
    QSqlQuery &qm = m_db.prepared(
            u"SELECT id, user_id, type, format, body, visibility, date_created FROM messages WHERE group_id = ?"
            " ORDER BY seq"_s);
    for (MessageGroup &g : groups) {
        qm.bindValue(0, g.id);
        if (!qm.exec())
            continue;
        while (qm.next()) {
            g.messages.append(Message{qm.value(0).toString(), qm.value(1).toString(), qm.value(2).toString(),
                                      qm.value(3).toString(), qm.value(4).toString(), qm.value(5).toString(),
                                      instant(qm.value(6))});
        }
        qm.finish();
    }
    return groups;
}

QDateTime TicketCache::conversationSyncedAt(const QString &ticketId) const
{
    QSqlQuery &q = m_db.prepared(u"SELECT messages_synced_changed FROM tickets WHERE id = ?"_s);
    q.bindValue(0, ticketId);
    QDateTime t;
    if (q.exec() && q.next())
        t = instant(q.value(0));
    q.finish();
    return t;
}

QStringList TicketCache::ticketsNeedingConversation(const QString &meId, const QStringList &departmentIds,
                                                    int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.id FROM tickets t WHERE t.active = 1 AND "_s + scopeSql(departmentIds)
              + u" AND (t.messages_synced_changed IS NULL OR t.messages_synced_changed <> t.date_changed) AND "_s
              + kNoActionsOnTheirWay + u" ORDER BY t.agent_id = ? DESC, t.due_key LIMIT ?"_s);
    bindScope(q, meId, departmentIds);
    q.addBindValue(meId);
    q.addBindValue(limit);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

StoreError TicketCache::addLocalGroup(const QString &ticketId, qint64 outboxId, const MessageGroup &g)
{
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery &insGroup = m_db.prepared(
            u"INSERT OR REPLACE INTO message_groups (id, ticket_id, parent_id, user_id, user_full_name, type, status,"
            " date_created, date_finished, sort_order, outbox_id) VALUES (?, ?, '', ?, ?, ?, ?, ?, NULL, 0, ?)"_s);
    insGroup.bindValue(0, g.id);
    insGroup.bindValue(1, ticketId);
    insGroup.bindValue(2, g.userId);
    insGroup.bindValue(3, g.userFullName);
    insGroup.bindValue(4, g.type);
    insGroup.bindValue(5, g.status);
    insGroup.bindValue(6, instant(g.dateCreated));
    insGroup.bindValue(7, outboxId);
    if (StoreError e = m_db.exec(insGroup); e.isError())
        return e;
    QSqlQuery &insMessage = m_db.prepared(
            u"INSERT OR REPLACE INTO messages (group_id, seq, id, user_id, type, format, body, visibility,"
            " date_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int seq = 0; seq < g.messages.size(); ++seq) {
        const Message &m = g.messages.at(seq);
        insMessage.bindValue(0, g.id);
        insMessage.bindValue(1, seq);
        insMessage.bindValue(2, m.id);
        insMessage.bindValue(3, m.userId);
        insMessage.bindValue(4, m.type);
        insMessage.bindValue(5, m.format);
        insMessage.bindValue(6, m.body);
        insMessage.bindValue(7, m.visibility);
        insMessage.bindValue(8, instant(m.dateCreated));
        if (StoreError e = m_db.exec(insMessage); e.isError())
            return e;
    }
    if (StoreError e = tx.commit(); e.isError())
        return e;
    m_notifier.notifyConversationChanged(ticketId);
    return {};
}

StoreError TicketCache::removeLocalGroups(qint64 outboxId)
{
    QSqlQuery &find = m_db.prepared(u"SELECT DISTINCT ticket_id FROM message_groups WHERE outbox_id = ?"_s);
    find.bindValue(0, outboxId);
    QStringList tickets;
    if (find.exec()) {
        while (find.next())
            tickets.append(find.value(0).toString());
    }
    find.finish();
    QSqlQuery &q = m_db.prepared(u"DELETE FROM message_groups WHERE outbox_id = ?"_s);
    q.bindValue(0, outboxId);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    for (const QString &id : std::as_const(tickets))
        m_db.onCommit([this, id] { m_notifier.notifyConversationChanged(id); });
    return {};
}

StoreError TicketCache::detachLocalGroups(qint64 outboxId)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE message_groups SET outbox_id = NULL WHERE outbox_id = ?"_s);
    q.bindValue(0, outboxId);
    return m_db.exec(q);
}

StoreError TicketCache::replaceHistory(const QString &ticketId, const QList<TicketHistoryEntry> &entries)
{
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery &del = m_db.prepared(u"DELETE FROM ticket_history WHERE ticket_id = ?"_s);
    del.bindValue(0, ticketId);
    if (StoreError e = m_db.exec(del); e.isError())
        return e;
    QSqlQuery &ins = m_db.prepared(
            u"INSERT INTO ticket_history (ticket_id, seq, id, ticket_code, department_id, department_name, agent_id,"
            " status, date_from, date_to, elapsed_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int seq = 0; seq < entries.size(); ++seq) {
        const TicketHistoryEntry &h = entries.at(seq);
        ins.bindValue(0, ticketId);
        ins.bindValue(1, seq);
        ins.bindValue(2, h.id);
        ins.bindValue(3, h.ticketCode);
        ins.bindValue(4, h.departmentId);
        ins.bindValue(5, h.departmentName);
        ins.bindValue(6, h.agentId);
        ins.bindValue(7, h.status);
        ins.bindValue(8, instant(h.dateFrom));
        ins.bindValue(9, instant(h.dateTo));
        ins.bindValue(10, h.elapsedTime);
        if (StoreError e = m_db.exec(ins); e.isError())
            return e;
    }
    if (StoreError e = tx.commit(); e.isError())
        return e;
    m_notifier.notifyConversationChanged(ticketId);
    return {};
}

QList<TicketHistoryEntry> TicketCache::history(const QString &ticketId) const
{
    QList<TicketHistoryEntry> out;
    QSqlQuery &q = m_db.prepared(
            u"SELECT id, ticket_code, department_id, department_name, agent_id, status, date_from, date_to,"
            " elapsed_time FROM ticket_history WHERE ticket_id = ? ORDER BY seq"_s);
    q.bindValue(0, ticketId);
    if (q.exec()) {
        while (q.next()) {
            out.append(TicketHistoryEntry{q.value(0).toString(), ticketId, q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                          instant(q.value(6)), instant(q.value(7)), q.value(8).toString()});
        }
    }
    q.finish();
    return out;
}

} // namespace Frontline
