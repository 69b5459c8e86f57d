// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agent.h"
#include "domain/apikey.h"
#include "domain/ticket.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Frontline::Sandbox {

/// An agent as the sandbox stores it: the v3 `Agent` plus what only the server knows.
/// `agent.onlineStatus` is derived (Presence), not stored.
struct AgentRecord
{
    Agent agent;
    QString password;
    QString twoFactorCode; // empty: no 2FA
    QString country;
    QString language;
    QStringList departmentIds;
    bool paused = false;
};

/// A customer (the seed's `contacts`, and customers met through new tickets).
struct Contact
{
    QString id;
    QString name;
    QString email;
    QString language;
};

/// An API key and who it acts for; `version` is 3 (`apikey` header) or 1 (v1 parameter).
struct ApiKeyRecord
{
    ApiKey info;
    int version = 3;
};

/// A ticket as stored: the v3 `Ticket` plus the state behind its SLA and postponement.
struct TicketRecord
{
    qint64 seq = 0; // storage order; also the default list order
    qint64 version = 0; // changes with every update of the row
    Ticket ticket;
    QString slaLevelId;
    bool slaLevelFixed = false; // named by the seed: tags do not change it
    QDateTime postponedUntil;
    QDateTime firstAnswered; // the first agent answer
    QDateTime replyPendingSince; // a customer reply after an agent answer, not yet answered
    QDateTime firstAssigned;
    TicketSla sla; // due instants, recomputed on every change
};

} // namespace Frontline::Sandbox
