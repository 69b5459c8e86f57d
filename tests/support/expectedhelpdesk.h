// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outboxentry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Frontline::Test {

class SandboxClient;

/// What the server must hold after a series of agent actions, computed from the actions
/// alone with the help desk's rules (docs/sandbox.md, "Behaviour"): each touched ticket's
/// status, owner and department, and every reply and note exactly once. Texts carry a
/// marker (e.g. "[chaos"), so a text of the test that landed where no action put it is
/// found too.
class ExpectedHelpDesk
{
public:
    struct State
    {
        QString status;
        QString agentId;
        QString departmentId;
    };

    explicit ExpectedHelpDesk(QString marker);

    /// Starts a ticket from the server's state (read through `client`); false with `error`.
    bool load(SandboxClient &client, const QString &ticketId, QString *error);
    bool contains(const QString &ticketId) const { return m_states.contains(ticketId); }
    std::optional<State> state(const QString &ticketId) const;
    QStringList ticketIds() const;
    int textCount() const;

    /// An agent's reply: the ticket is answered (A) and, if nobody had it, the author's.
    void reply(const QString &ticketId, const QString &agentId, const QString &body);
    void note(const QString &ticketId, const QString &agentId, const QString &body);
    void setStatus(const QString &ticketId, const QString &status);
    void postpone(const QString &ticketId);
    void assign(const QString &ticketId, const QString &agentId);
    /// To a department, unassigned there unless an agent is named.
    void transfer(const QString &ticketId, const QString &departmentId, const QString &agentId);
    /// One action in the form the outbox keeps it, taken by `agentId`.
    void apply(OutboxEntry::Kind kind, const QString &ticketId, const QJsonObject &payload, const QString &agentId);

    /// Compares with what the server holds now, through injected faults; one sentence per
    /// difference (empty: the server holds exactly what the actions say).
    QStringList differences(SandboxClient &client) const;

private:
    struct Text
    {
        QString body;
        QString agentId;
        bool note = false;
    };

    QString m_marker;
    QHash<QString, State> m_states;
    QHash<QString, QList<Text>> m_texts;
};

} // namespace Frontline::Test
