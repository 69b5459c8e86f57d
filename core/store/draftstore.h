// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Frontline {

class Database;

/// A reply or note being written, saved per ticket so it survives closing the ticket,
/// quitting and crashes.
struct Draft
{
    QString ticketId;
    QString mode; // "reply" or "note"
    QString body;
    QDateTime updatedAt;
};

/// Persists composer drafts (local only).
class DraftStore
{
public:
    explicit DraftStore(Database &db);
    StoreError save(const Draft &draft); // an empty body removes the draft
    std::optional<Draft> draft(const QString &ticketId) const;
    StoreError remove(const QString &ticketId);

private:
    Database &m_db;
};

} // namespace Frontline
