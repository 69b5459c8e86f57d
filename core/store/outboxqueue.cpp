// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxqueue.h"

#include "database.h"
#include "sqlvalues.h"
#include "storenotifier.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

constexpr std::array<std::pair<OutboxEntry::Kind, const char *>, 9> kKinds{{
        {OutboxEntry::Kind::Reply, "reply"},
        {OutboxEntry::Kind::Note, "note"},
        {OutboxEntry::Kind::SetStatus, "status"},
        {OutboxEntry::Kind::Postpone, "postpone"},
        {OutboxEntry::Kind::Take, "take"},
        {OutboxEntry::Kind::Assign, "assign"},
        {OutboxEntry::Kind::Transfer, "transfer"},
        {OutboxEntry::Kind::Pause, "pause"},
        {OutboxEntry::Kind::Resume, "resume"},
}};

constexpr std::array<std::pair<OutboxEntry::State, const char *>, 4> kStates{{
        {OutboxEntry::State::Pending, "pending"},
        {OutboxEntry::State::Sending, "sending"},
        {OutboxEntry::State::Unknown, "unknown"},
        {OutboxEntry::State::Failed, "failed"},
}};

const QString kSelect = u"SELECT id, ticket_id, kind, payload, state, attempts, created_at, last_attempt_at,"
                        " next_attempt_at, error_kind, error_message FROM outbox"_s;

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.ticketId = q.value(1).toString();
    e.kind = OutboxEntry::kindFromName(q.value(2).toString());
    e.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    e.state = OutboxEntry::stateFromName(q.value(4).toString());
    e.attempts = q.value(5).toInt();
    e.createdAt = SqlValues::instant(q.value(6));
    e.lastAttemptAt = SqlValues::instant(q.value(7));
    e.nextAttemptAt = SqlValues::instant(q.value(8));
    e.errorKind = q.value(9).toString();
    e.errorMessage = q.value(10).toString();
    return e;
}

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

QString OutboxEntry::kindName(Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return u"unknown"_s;
}

OutboxEntry::Kind OutboxEntry::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (name == QLatin1StringView(n))
            return k;
    }
    return Kind::Unknown;
}

QString OutboxEntry::stateName(State state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return u"pending"_s;
}

OutboxEntry::State OutboxEntry::stateFromName(const QString &name)
{
    for (const auto &[s, n] : kStates) {
        if (name == QLatin1StringView(n))
            return s;
    }
    return State::Pending;
}

OutboxQueue::OutboxQueue(Database &db, StoreNotifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
{ }

Expected<qint64, StoreError> OutboxQueue::enqueue(OutboxEntry::Kind kind, const QString &ticketId,
                                                  const QJsonObject &payload, const QDateTime &createdAt)
{
    QSqlQuery &q = m_db.prepared(
            u"INSERT INTO outbox (ticket_id, kind, payload, state, created_at) VALUES (?, ?, ?, 'pending', ?)"_s);
    q.bindValue(0, SqlValues::text(ticketId));
    q.bindValue(1, OutboxEntry::kindName(kind));
    q.bindValue(2, payloadText(payload));
    q.bindValue(3, SqlValues::instant(createdAt));
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    m_db.onCommit([this] { m_notifier.notifyOutboxChanged(); });
    return id;
}

std::optional<OutboxEntry> OutboxQueue::entry(qint64 id) const
{
    QSqlQuery &q = m_db.prepared(kSelect + u" WHERE id = ?"_s);
    q.bindValue(0, id);
    std::optional<OutboxEntry> out;
    if (q.exec() && q.next())
        out = readEntry(q);
    q.finish();
    return out;
}

QList<OutboxEntry> OutboxQueue::all() const
{
    QList<OutboxEntry> out;
    QSqlQuery &q = m_db.prepared(kSelect + u" ORDER BY id"_s);
    if (q.exec()) {
        while (q.next())
            out.append(readEntry(q));
    }
    q.finish();
    return out;
}

int OutboxQueue::count() const
{
    QSqlQuery &q = m_db.prepared(u"SELECT count(*) FROM outbox"_s);
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

int OutboxQueue::sendableCount(const QString &ticketId) const
{
    QSqlQuery &q = m_db.prepared(u"SELECT count(*) FROM outbox WHERE ticket_id = ? AND state <> 'failed'"_s);
    q.bindValue(0, ticketId);
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

StoreError OutboxQueue::setState(qint64 id, const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = m_db.prepared(sql);
    int i = 0;
    for (; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    q.bindValue(i, id);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    q.finish();
    m_db.onCommit([this] { m_notifier.notifyOutboxChanged(); });
    return {};
}

StoreError OutboxQueue::markSending(qint64 id, const QDateTime &at)
{
    return setState(id,
                    u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ? WHERE id = ?"_s,
                    {SqlValues::instant(at)});
}

StoreError OutboxQueue::markUnknown(qint64 id, const QDateTime &nextAttemptAt, const QString &errorKind,
                                    const QString &message)
{
    return setState(id,
                    u"UPDATE outbox SET state = 'unknown', next_attempt_at = ?, error_kind = ?, error_message = ?"
                    " WHERE id = ?"_s,
                    {SqlValues::instant(nextAttemptAt), errorKind, message});
}

StoreError OutboxQueue::scheduleRetry(qint64 id, const QDateTime &nextAttemptAt, const QString &errorKind,
                                      const QString &message)
{
    return setState(id,
                    u"UPDATE outbox SET state = 'pending', next_attempt_at = ?, error_kind = ?, error_message = ?"
                    " WHERE id = ?"_s,
                    {SqlValues::instant(nextAttemptAt), errorKind, message});
}

StoreError OutboxQueue::markFailed(qint64 id, const QString &errorKind, const QString &message)
{
    return setState(id, u"UPDATE outbox SET state = 'failed', error_kind = ?, error_message = ? WHERE id = ?"_s,
                    {errorKind, message});
}

StoreError OutboxQueue::updatePayload(qint64 id, const QJsonObject &payload)
{
    return setState(id,
                    u"UPDATE outbox SET payload = ?, state = 'pending', next_attempt_at = NULL, error_kind = NULL,"
                    " error_message = NULL WHERE id = ?"_s,
                    {payloadText(payload)});
}

StoreError OutboxQueue::retryNow(qint64 id)
{
    return setState(id,
                    u"UPDATE outbox SET state = CASE state WHEN 'failed' THEN 'pending' ELSE state END,"
                    " next_attempt_at = NULL WHERE id = ?"_s,
                    {});
}

StoreError OutboxQueue::remove(qint64 id)
{
    return setState(id, u"DELETE FROM outbox WHERE id = ?"_s, {});
}

StoreError OutboxQueue::markInterruptedAsUnknown()
{
    StoreError e = m_db.exec(u"UPDATE outbox SET state = 'unknown' WHERE state = 'sending'"_s);
    if (!e.isError())
        m_db.onCommit([this] { m_notifier.notifyOutboxChanged(); });
    return e;
}

} // namespace Frontline
