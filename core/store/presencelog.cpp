// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencelog.h"

#include "database.h"
#include "sqltransaction.h"
#include "sqlvalues.h"
#include "storenotifier.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

PresenceInterval readInterval(const QSqlQuery &q)
{
    return PresenceInterval{q.value(0).toLongLong(), presenceStateFromName(q.value(1).toString()),
                            q.value(2).toString(), SqlValues::instant(q.value(3)), SqlValues::instant(q.value(4))};
}

} // namespace

PresenceLog::PresenceLog(Database &db, StoreNotifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
{ }

std::optional<PresenceInterval> PresenceLog::current() const
{
    QSqlQuery &q = m_db.prepared(u"SELECT id, state, reason, started_at, ended_at FROM presence_log"
                                 " WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1"_s);
    std::optional<PresenceInterval> out;
    if (q.exec() && q.next())
        out = readInterval(q);
    q.finish();
    return out;
}

StoreError PresenceLog::closeOpen(const QDateTime &at)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE presence_log SET ended_at = max(started_at, ?) WHERE ended_at IS NULL"_s);
    q.bindValue(0, SqlValues::instant(at));
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    m_db.onCommit([this] { m_notifier.notifyPresenceChanged(); });
    return {};
}

StoreError PresenceLog::record(PresenceState state, const QString &reason, const QDateTime &at)
{
    const std::optional<PresenceInterval> open = current();
    if (open && open->state == state && open->reason == reason)
        return {};
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (StoreError e = closeOpen(at); e.isError())
        return e;
    QSqlQuery &q = m_db.prepared(u"INSERT INTO presence_log (state, reason, started_at) VALUES (?, ?, ?)"_s);
    q.bindValue(0, presenceStateName(state));
    q.bindValue(1, reason);
    q.bindValue(2, SqlValues::instant(at));
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    return tx.commit();
}

QList<PresenceInterval> PresenceLog::intervals(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery &q =
            m_db.prepared(u"SELECT id, state, reason, started_at, ended_at FROM presence_log"
                          " WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id"_s);
    q.bindValue(0, SqlValues::instant(to));
    q.bindValue(1, SqlValues::instant(from));
    QList<PresenceInterval> out;
    if (q.exec()) {
        while (q.next())
            out.append(readInterval(q));
    }
    q.finish();
    return out;
}

} // namespace Frontline
