// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include "domain/agent.h"
#include "domain/cannedresponse.h"
#include "domain/slalevel.h"

#include <QList>
#include <QString>

#include <optional>

namespace Frontline {

class Database;
class StoreNotifier;

/// The account's reference data: agents, departments, tags, canned messages and predefined
/// answers. Each list is replaced as a whole when the server's copy is read.
class ReferenceCache
{
public:
    ReferenceCache(Database &db, StoreNotifier &notifier);

    StoreError replaceAgents(const QList<Agent> &agents);
    StoreError upsertAgent(const Agent &agent);
    QList<Agent> agents() const;
    std::optional<Agent> agent(const QString &id) const;

    StoreError replaceDepartments(const QList<Department> &departments);
    QList<Department> departments() const;
    std::optional<Department> department(const QString &id) const;

    StoreError replaceSlaLevels(const QList<SlaLevel> &levels);
    QList<SlaLevel> slaLevels() const;

    StoreError replaceTags(const QList<Tag> &tags);
    QList<Tag> tags() const;

    StoreError replaceCannedMessages(const QList<CannedMessage> &messages);
    QList<CannedMessage> cannedMessages() const;

    StoreError replacePredefinedAnswers(const QList<PredefinedAnswer> &answers);
    QList<PredefinedAnswer> predefinedAnswers() const;

private:
    Database &m_db;
    StoreNotifier &m_notifier;
};

} // namespace Frontline
