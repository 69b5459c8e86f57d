// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketjsoncache.h"

#include "api/wire/wire.h"

#include <QJsonDocument>

namespace Frontline::Sandbox {

TicketJsonCache::TicketJsonCache(qsizetype capacity)
    : m_capacity(capacity)
{ }

QByteArray TicketJsonCache::json(const TicketRecord &r)
{
    const auto it = m_entries.constFind(r.seq);
    if (it != m_entries.cend() && it->first == r.version)
        return it->second;
    // Crude but enough: a full cache starts over rather than tracking what was used last.
    if (m_entries.size() >= m_capacity)
        m_entries.clear();
    QByteArray encoded = QJsonDocument(Wire::encodeTicket(r.ticket)).toJson(QJsonDocument::Compact);
    m_entries.insert(r.seq, {r.version, encoded});
    return encoded;
}

QByteArray TicketJsonCache::array(const QList<TicketRecord> &records)
{
    QByteArray out;
    out.reserve(records.size() * 600 + 2);
    out += '[';
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i)
            out += ',';
        out += json(records.at(i));
    }
    out += ']';
    return out;
}

} // namespace Frontline::Sandbox
