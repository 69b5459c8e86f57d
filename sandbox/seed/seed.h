// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include "domain/agent.h"
#include "domain/cannedresponse.h"
#include "domain/slalevel.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Frontline::Sandbox {

/// One agent of a seed: the stored record plus its fixed keys and presence at start.
struct SeedAgent
{
    AgentRecord record;
    QString apiKey; // v3
    QString v1ApiKey;
    QString onlineStatus = QStringLiteral("N"); // N online, P paused, F offline
};

/// One message of a seed ticket, oldest first; each becomes one message group.
struct SeedMessage
{
    enum class From { Customer, Agent, Note };
    From from = From::Customer;
    QString agentId; // Agent and Note
    QDateTime at;
    QString text;
    QString format = QStringLiteral("T");
};

struct SeedTicket
{
    QString id; // empty: generated
    QString code; // empty: generated
    QString subject;
    QString contactId;
    QString departmentId;
    QString agentId; // empty: unassigned
    QString status = QStringLiteral("N");
    QString channelType = QStringLiteral("E");
    QStringList tagIds;
    QString slaLevelId; // empty: default or VIP level
    QDateTime created;
    QDateTime postponedUntil;
    QList<SeedMessage> messages;
};

/// Words the simulator and `--tickets N` build tickets from, per language.
struct SeedPhrases
{
    QStringList subjects;
    QStringList bodies;
    QStringList replies;
    QStringList names;
};

/// A whole seed (docs/sandbox.md, "Seed format"), validated, with relative times resolved
/// against the sandbox clock at load time.
struct Seed
{
    QString demoAgent;
    QString defaultSlaLevel;
    QString vipSlaLevel;
    QList<Department> departments;
    QList<SeedAgent> agents;
    QList<SlaLevel> slaLevels;
    QList<Tag> tags;
    QList<Contact> contacts;
    QList<CannedMessage> cannedMessages;
    QList<PredefinedAnswer> predefinedAnswers;
    QList<SeedTicket> tickets;
    QMap<QString, SeedPhrases> phrases; // language code -> phrases
};

} // namespace Frontline::Sandbox
