// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketactions.h"

#include "api/wire/wiretime.h"
#include "domain/clock.h"
#include "store/sqltransaction.h"
#include "store/store.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const QString kBody = u"body"_s;
const QString kHtml = u"html"_s;
const QString kStatus = u"status"_s;
const QString kUntil = u"until"_s;
const QString kAgentId = u"agentId"_s;
const QString kDepartmentId = u"departmentId"_s;

QString localGroupId(qint64 outboxId)
{
    return u"local-"_s + QString::number(outboxId);
}

} // namespace

TicketActions::TicketActions(Store &store, const Clock &clock, const Agent &me, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_me(me)
{ }

std::optional<TicketUpdate> TicketActions::optimisticUpdate(const OutboxEntry &e, const QString &meId)
{
    TicketUpdate u;
    switch (e.kind) {
    case OutboxEntry::Kind::Reply:
        u.status = u"A"_s; // an agent's reply answers the ticket
        break;
    case OutboxEntry::Kind::SetStatus:
        u.status = e.payload.value(kStatus).toString();
        break;
    case OutboxEntry::Kind::Postpone:
        u.status = u"W"_s;
        break;
    case OutboxEntry::Kind::Take:
        u.agentId = meId;
        break;
    case OutboxEntry::Kind::Assign:
        u.agentId = e.payload.value(kAgentId).toString();
        break;
    case OutboxEntry::Kind::Transfer:
        u.departmentId = e.payload.value(kDepartmentId).toString();
        u.agentId = e.payload.value(kAgentId).toString();
        break;
    case OutboxEntry::Kind::Note:
    case OutboxEntry::Kind::Pause:
    case OutboxEntry::Kind::Resume:
    case OutboxEntry::Kind::Unknown:
        return std::nullopt;
    }
    return u;
}

StoreError TicketActions::enqueueTicketAction(OutboxEntry::Kind kind, const QString &ticketId,
                                              const QJsonObject &payload)
{
    const QDateTime now = m_clock.now();
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    auto id = m_store.outbox().enqueue(kind, ticketId, payload, now);
    if (!id)
        return id.error();
    OutboxEntry entry;
    entry.id = *id;
    entry.kind = kind;
    entry.ticketId = ticketId;
    entry.payload = payload;
    if (const auto update = optimisticUpdate(entry, m_me.id)) {
        if (StoreError e = m_store.tickets().applyLocal(ticketId, *update, now); e.isError())
            return e;
    }
    if (kind == OutboxEntry::Kind::Postpone) {
        const auto until = WireTime::parseInstant(payload.value(kUntil).toString());
        if (StoreError e = m_store.tickets().setPostponedUntil(ticketId, until.value_or(QDateTime())); e.isError())
            return e;
    }
    // Announced once the outermost transaction commits: nothing may be sent for an action
    // that a surrounding transaction (reply + resolve) later rolls back.
    m_store.database().onCommit([this] { Q_EMIT enqueued(); });
    return tx.commit();
}

StoreError TicketActions::enqueueText(OutboxEntry::Kind kind, const QString &ticketId, const QString &body, bool html)
{
    const QDateTime now = m_clock.now();
    const QJsonObject payload{{kBody, body}, {kHtml, html}};
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    auto id = m_store.outbox().enqueue(kind, ticketId, payload, now);
    if (!id)
        return id.error();
    const bool isReply = kind == OutboxEntry::Kind::Reply;
    MessageGroup g;
    g.id = localGroupId(*id);
    g.userId = m_me.id;
    g.userFullName = m_me.name;
    g.type = isReply ? u"4"_s : u"I"_s; // outgoing e-mail / internal note (contract 8.4)
    g.status = u"V"_s;
    g.dateCreated = now;
    g.messages.append(
            Message{QString(), m_me.id, isReply ? u"M"_s : u"N"_s, html ? u"H"_s : u"T"_s, body, QString(), now});
    if (StoreError e = m_store.tickets().addLocalGroup(ticketId, *id, g); e.isError())
        return e;
    if (isReply) {
        if (StoreError e = m_store.tickets().applyLocal(ticketId, TicketUpdate{{}, {}, u"A"_s, {}, {}}, now);
            e.isError())
            return e;
    }
    // Announced once the outermost transaction commits: nothing may be sent for an action
    // that a surrounding transaction (reply + resolve) later rolls back.
    m_store.database().onCommit([this] { Q_EMIT enqueued(); });
    return tx.commit();
}

StoreError TicketActions::reply(const QString &ticketId, const QString &body, bool html, AfterReply after,
                                const QDateTime &postponeUntil)
{
    // The reply and what follows it commit together: a crash cannot leave one without the other.
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    if (StoreError e = enqueueText(OutboxEntry::Kind::Reply, ticketId, body, html); e.isError())
        return e;
    if (after == AfterReply::Resolved) {
        if (StoreError e = setStatus(ticketId, u"R"_s); e.isError())
            return e;
    } else if (after == AfterReply::Postponed) {
        if (StoreError e = postpone(ticketId, postponeUntil); e.isError())
            return e;
    }
    return tx.commit();
}

StoreError TicketActions::note(const QString &ticketId, const QString &body)
{
    return enqueueText(OutboxEntry::Kind::Note, ticketId, body, false);
}

StoreError TicketActions::setStatus(const QString &ticketId, const QString &statusLetter)
{
    return enqueueTicketAction(OutboxEntry::Kind::SetStatus, ticketId, QJsonObject{{kStatus, statusLetter}});
}

StoreError TicketActions::postpone(const QString &ticketId, const QDateTime &until)
{
    return enqueueTicketAction(OutboxEntry::Kind::Postpone, ticketId,
                               QJsonObject{{kUntil, WireTime::formatInstant(until)}});
}

StoreError TicketActions::take(const QString &ticketId)
{
    return enqueueTicketAction(OutboxEntry::Kind::Take, ticketId, QJsonObject{{kAgentId, m_me.id}});
}

StoreError TicketActions::assign(const QString &ticketId, const QString &agentId)
{
    return enqueueTicketAction(OutboxEntry::Kind::Assign, ticketId, QJsonObject{{kAgentId, agentId}});
}

StoreError TicketActions::transfer(const QString &ticketId, const QString &departmentId, const QString &agentId,
                                   const QString &note)
{
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    // The note first: it is written while the ticket is still ours and explains the hand-over.
    if (!note.trimmed().isEmpty()) {
        if (StoreError e = enqueueText(OutboxEntry::Kind::Note, ticketId, note, false); e.isError())
            return e;
    }
    if (StoreError e = enqueueTicketAction(OutboxEntry::Kind::Transfer, ticketId,
                                           QJsonObject{{kDepartmentId, departmentId}, {kAgentId, agentId}});
        e.isError()) {
        return e;
    }
    return tx.commit();
}

StoreError TicketActions::editText(qint64 outboxId, const QString &body)
{
    const auto entry = m_store.outbox().entry(outboxId);
    if (!entry)
        return {};
    QJsonObject payload = entry->payload;
    payload.insert(kBody, body);
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    if (StoreError e = m_store.outbox().updatePayload(outboxId, payload); e.isError())
        return e;
    // The unconfirmed message shows the new text.
    MessageGroup g;
    g.id = localGroupId(outboxId);
    g.userId = m_me.id;
    g.userFullName = m_me.name;
    g.type = entry->kind == OutboxEntry::Kind::Reply ? u"4"_s : u"I"_s;
    g.status = u"V"_s;
    g.dateCreated = entry->createdAt;
    g.messages.append(Message{QString(), m_me.id, entry->kind == OutboxEntry::Kind::Reply ? u"M"_s : u"N"_s,
                              payload.value(kHtml).toBool() ? u"H"_s : u"T"_s, body, QString(), entry->createdAt});
    if (StoreError e = m_store.tickets().removeLocalGroups(outboxId); e.isError())
        return e;
    if (StoreError e = m_store.tickets().addLocalGroup(entry->ticketId, outboxId, g); e.isError())
        return e;
    // Announced once the outermost transaction commits: nothing may be sent for an action
    // that a surrounding transaction (reply + resolve) later rolls back.
    m_store.database().onCommit([this] { Q_EMIT enqueued(); });
    return tx.commit();
}

StoreError TicketActions::discard(qint64 outboxId)
{
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    if (StoreError e = m_store.tickets().removeLocalGroups(outboxId); e.isError())
        return e;
    if (StoreError e = m_store.outbox().remove(outboxId); e.isError())
        return e;
    return tx.commit();
}

StoreError TicketActions::complete(qint64 outboxId)
{
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    if (StoreError e = m_store.tickets().detachLocalGroups(outboxId); e.isError())
        return e;
    if (StoreError e = m_store.outbox().remove(outboxId); e.isError())
        return e;
    return tx.commit();
}

StoreError TicketActions::reapplyPending(const QStringList &ticketIds)
{
    if (ticketIds.isEmpty())
        return {};
    const QSet<QString> wanted(ticketIds.cbegin(), ticketIds.cend());
    const QDateTime now = m_clock.now();
    for (const OutboxEntry &e : m_store.outbox().all()) {
        if (!wanted.contains(e.ticketId))
            continue;
        if (const auto update = optimisticUpdate(e, m_me.id)) {
            if (StoreError err = m_store.tickets().applyLocal(e.ticketId, *update, now, false); err.isError())
                return err;
        }
    }
    return {};
}

} // namespace Frontline
