// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include "domain/presence.h"

#include <QList>

#include <optional>

namespace Frontline {

class Database;
class StoreNotifier;

/// The local record of the agent's presence over time, from which working time is
/// computed. Local only: the server keeps no such history for the client.
class PresenceLog
{
public:
    PresenceLog(Database &db, StoreNotifier &notifier);

    /// Closes the open interval at `at` and opens one in `state` (nothing changes when the
    /// state and reason are the same as the open interval's).
    StoreError record(PresenceState state, const QString &reason, const QDateTime &at);
    /// Closes the open interval without opening another (quit).
    StoreError closeOpen(const QDateTime &at);
    std::optional<PresenceInterval> current() const;
    /// Intervals that overlap [from, to), oldest first, unclipped.
    QList<PresenceInterval> intervals(const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_db;
    StoreNotifier &m_notifier;
};

} // namespace Frontline
