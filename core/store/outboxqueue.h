// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboxentry.h"
#include "storeerror.h"

#include "domain/expected.h"

#include <QList>

#include <optional>

namespace Frontline {

class Database;
class StoreNotifier;

/// The durable queue of the agent's actions. Rows leave it only when the server has
/// confirmed them or the agent discards them; it survives crashes and cache rebuilds.
class OutboxQueue
{
public:
    OutboxQueue(Database &db, StoreNotifier &notifier);

    Expected<qint64, StoreError> enqueue(OutboxEntry::Kind kind, const QString &ticketId, const QJsonObject &payload,
                                         const QDateTime &createdAt);
    std::optional<OutboxEntry> entry(qint64 id) const;
    /// Everything not yet confirmed, oldest first.
    QList<OutboxEntry> all() const;
    int count() const;
    /// Actions of one ticket still to be sent or confirmed (refused ones wait for the agent).
    int sendableCount(const QString &ticketId) const;

    StoreError markSending(qint64 id, const QDateTime &at);
    /// Sent, but whether the server got it is unknown: checked against the server at the next
    /// attempt (`nextAttemptAt`) before anything is sent again.
    StoreError markUnknown(qint64 id, const QDateTime &nextAttemptAt, const QString &errorKind, const QString &message);
    StoreError scheduleRetry(qint64 id, const QDateTime &nextAttemptAt, const QString &errorKind,
                             const QString &message);
    StoreError markFailed(qint64 id, const QString &errorKind, const QString &message);
    /// The agent edited a failed action: new payload, back to pending.
    StoreError updatePayload(qint64 id, const QJsonObject &payload);
    /// The agent asked to retry now: back to pending, error cleared.
    StoreError retryNow(qint64 id);
    /// Confirmed by the server or discarded by the agent.
    StoreError remove(qint64 id);

    /// After a crash, a row left `Sending` may or may not have reached the server.
    StoreError markInterruptedAsUnknown();

private:
    StoreError setState(qint64 id, const QString &sql, const QVariantList &values);

    Database &m_db;
    StoreNotifier &m_notifier;
};

} // namespace Frontline
