// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Frontline {

/// One action of the agent waiting for the server, as kept in the outbox table.
struct OutboxEntry
{
    enum class Kind {
        Reply, // payload: body, html (bool), statusAfter (letter or empty), postponeUntil
        Note, // payload: body
        SetStatus, // payload: status (A, R, C…)
        Postpone, // payload: until (wire instant)
        Take, // payload: agentId (me)
        Assign, // payload: agentId
        Transfer, // payload: departmentId, agentId (optional), note (optional)
        Pause, // payload: reason
        Resume,
        Unknown,
    };
    enum class State {
        Pending, // waiting to be sent (or to be retried at nextAttemptAt)
        Sending, // a request is on the wire
        Unknown, // sent, outcome unknown (timeout, dropped connection, crash): check before re-sending
        Failed, // refused by the server (4xx): the agent edits, retries or discards it
    };

    qint64 id = 0;
    QString ticketId;
    Kind kind = Kind::Unknown;
    QJsonObject payload;
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime lastAttemptAt;
    QDateTime nextAttemptAt;
    QString errorKind;
    QString errorMessage; // the server's own words, for the pending-actions list

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace Frontline
