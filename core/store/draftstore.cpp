// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Frontline {

DraftStore::DraftStore(Database &db)
    : m_db(db)
{ }

StoreError DraftStore::save(const Draft &draft)
{
    if (draft.body.trimmed().isEmpty())
        return remove(draft.ticketId);
    QSqlQuery &q =
            m_db.prepared(u"INSERT OR REPLACE INTO drafts (ticket_id, mode, body, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(0, draft.ticketId);
    q.bindValue(1, SqlValues::text(draft.mode));
    q.bindValue(2, draft.body);
    q.bindValue(3, SqlValues::instant(draft.updatedAt));
    return m_db.exec(q);
}

std::optional<Draft> DraftStore::draft(const QString &ticketId) const
{
    QSqlQuery &q = m_db.prepared(u"SELECT mode, body, updated_at FROM drafts WHERE ticket_id = ?"_s);
    q.bindValue(0, ticketId);
    std::optional<Draft> out;
    if (q.exec() && q.next())
        out = Draft{ticketId, q.value(0).toString(), q.value(1).toString(), SqlValues::instant(q.value(2))};
    q.finish();
    return out;
}

StoreError DraftStore::remove(const QString &ticketId)
{
    QSqlQuery &q = m_db.prepared(u"DELETE FROM drafts WHERE ticket_id = ?"_s);
    q.bindValue(0, ticketId);
    return m_db.exec(q);
}

} // namespace Frontline
