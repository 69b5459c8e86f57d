// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <utility>

namespace Frontline::Sandbox {

/// The compact JSON of tickets as served (Wire::encodeTicket), kept per row and version:
/// turning a page of 100 tickets into JSON objects costs more than reading them from SQLite,
/// and most pages a client asks for have not changed since the last time.
class TicketJsonCache
{
public:
    explicit TicketJsonCache(qsizetype capacity = 20000);

    QByteArray json(const TicketRecord &r);
    /// A JSON array of the tickets, in order.
    QByteArray array(const QList<TicketRecord> &records);

private:
    qsizetype m_capacity;
    QHash<qint64, std::pair<qint64, QByteArray>> m_entries; // seq -> (version, JSON)
};

} // namespace Frontline::Sandbox
