// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"
#include "ticketfiltersql.h"

#include <QList>
#include <QString>

#include <optional>

namespace Frontline::Sandbox {

class Database;
class TicketWriter;

/// Typed reads and writes of tickets and their tags, and the filtered, sorted, paged list.
class TicketStore
{
public:
    TicketStore(Database &db, TicketWriter &writer);

    /// Inserts `r` (its tags too) and sets `r.seq`.
    bool insert(TicketRecord &r);
    /// Writes every column of `r`; the tag rows only when `tagsChanged`.
    bool update(const TicketRecord &r, bool tagsChanged);

    std::optional<TicketRecord> find(const QString &id);
    std::optional<TicketRecord> findBySeq(qint64 seq);

    /// `where` comes from TicketFilterSql; `orderColumn` from TicketFilterSql::sortColumn or
    /// empty for storage order. Ties are broken by storage order, so pages never overlap.
    QList<TicketRecord> list(const SqlCondition &where, const QString &orderColumn, bool descending, int offset,
                             int limit);

    /// Postponed tickets whose time has come.
    QList<qint64> postponedUntil(const QDateTime &now);
    /// The newest tickets (storage order) with one of `statuses`, for the simulator.
    QList<qint64> newest(const QStringList &statuses, int limit);
    qint64 count();

private:
    Database &m_db;
    TicketWriter &m_writer;
};

} // namespace Frontline::Sandbox
