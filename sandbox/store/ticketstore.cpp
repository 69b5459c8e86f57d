// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstore.h"

#include "database.h"
#include "ticketwriter.h"

#include <QSqlQuery>

namespace Frontline::Sandbox {

namespace {

const QString columns = QStringLiteral(
        "t.seq, t.id, t.code, t.subject, t.owner_contactid, t.owner_email, t.owner_name, t.departmentid, t.agentid,"
        " t.status, t.channel_type, t.tags, t.date_created, t.date_changed, t.date_resolved, t.date_due,"
        " t.date_deleted, t.last_activity, t.last_activity_public, t.public_access_urlcode, t.sla_level_id,"
        " t.sla_level_fixed, t.postponed_until, t.first_answered, t.reply_pending_since, t.first_assigned,"
        " t.sla_first_answer, t.sla_next_answer, t.sla_first_resolve, t.sla_first_assign, t.version");

TicketRecord readRecord(const QSqlQuery &q)
{
    TicketRecord r;
    Ticket &t = r.ticket;
    r.seq = q.value(0).toLongLong();
    t.id = q.value(1).toString();
    t.code = q.value(2).toString();
    t.subject = q.value(3).toString();
    t.ownerContactId = q.value(4).toString();
    t.ownerEmail = q.value(5).toString();
    t.ownerName = q.value(6).toString();
    t.departmentId = q.value(7).toString();
    t.agentId = q.value(8).toString();
    t.status = q.value(9).toString();
    t.channelType = q.value(10).toString();
    t.tagIds = q.value(11).toString().split(u',', Qt::SkipEmptyParts);
    t.dateCreated = Database::fromDb(q.value(12));
    t.dateChanged = Database::fromDb(q.value(13));
    t.dateResolved = Database::fromDb(q.value(14));
    t.dateDue = Database::fromDb(q.value(15));
    t.dateDeleted = Database::fromDb(q.value(16));
    t.lastActivity = Database::fromDb(q.value(17));
    t.lastActivityPublic = Database::fromDb(q.value(18));
    t.publicAccessUrlCode = q.value(19).toString();
    r.slaLevelId = q.value(20).toString();
    r.slaLevelFixed = q.value(21).toBool();
    r.postponedUntil = Database::fromDb(q.value(22));
    r.firstAnswered = Database::fromDb(q.value(23));
    r.replyPendingSince = Database::fromDb(q.value(24));
    r.firstAssigned = Database::fromDb(q.value(25));
    r.sla.ticketId = t.id;
    r.sla.slaLevelId = r.slaLevelId;
    r.sla.firstAnswer = Database::fromDb(q.value(26));
    r.sla.nextAnswer = Database::fromDb(q.value(27));
    r.sla.firstResolve = Database::fromDb(q.value(28));
    r.sla.firstAssign = Database::fromDb(q.value(29));
    r.version = q.value(30).toLongLong();
    return r;
}

QVariantList values(const TicketRecord &r)
{
    const Ticket &t = r.ticket;
    return {t.id,
            t.code,
            t.subject,
            t.ownerContactId,
            t.ownerEmail,
            t.ownerName,
            t.departmentId,
            t.agentId,
            t.status,
            t.channelType,
            t.tagIds.join(u','),
            Database::toDb(t.dateCreated),
            Database::toDb(t.dateChanged),
            Database::toDb(t.dateResolved),
            Database::toDb(t.dateDue),
            Database::toDb(t.dateDeleted),
            Database::toDb(t.lastActivity),
            Database::toDb(t.lastActivityPublic),
            t.publicAccessUrlCode,
            r.slaLevelId,
            r.slaLevelFixed ? 1 : 0,
            Database::toDb(r.postponedUntil),
            Database::toDb(r.firstAnswered),
            Database::toDb(r.replyPendingSince),
            Database::toDb(r.firstAssigned),
            Database::toDb(r.sla.firstAnswer),
            Database::toDb(r.sla.nextAnswer),
            Database::toDb(r.sla.firstResolve),
            Database::toDb(r.sla.firstAssign),
            TicketWriter::searchHead(t)};
}

} // namespace

TicketStore::TicketStore(Database &db, TicketWriter &writer)
    : m_db(db)
    , m_writer(writer)
{ }

bool TicketStore::insert(TicketRecord &r)
{
    return m_writer.insertTicket(r);
}

bool TicketStore::update(const TicketRecord &r, bool tagsChanged)
{
    QVariantList args = values(r);
    args.append(r.seq);
    bool ok = false;
    m_db.run(QStringLiteral("UPDATE tickets SET id = ?, code = ?, subject = ?, owner_contactid = ?, owner_email = ?,"
                            " owner_name = ?, departmentid = ?, agentid = ?, status = ?, channel_type = ?, tags = ?,"
                            " date_created = ?, date_changed = ?, date_resolved = ?, date_due = ?, date_deleted = ?,"
                            " last_activity = ?, last_activity_public = ?, public_access_urlcode = ?,"
                            " sla_level_id = ?, sla_level_fixed = ?, postponed_until = ?, first_answered = ?,"
                            " reply_pending_since = ?, first_assigned = ?, sla_first_answer = ?,"
                            " sla_next_answer = ?, sla_first_resolve = ?, sla_first_assign = ?, search_head = ?,"
                            " version = version + 1 WHERE seq = ?"),
             args, &ok);
    if (!ok || !tagsChanged)
        return ok;
    m_db.run(QStringLiteral("DELETE FROM ticket_tags WHERE ticket_seq = ?"), {r.seq}, &ok);
    QSqlQuery &tag = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO ticket_tags(tag_id, ticket_seq) VALUES(?, ?)"));
    for (const QString &id : r.ticket.tagIds)
        ok = ok && m_db.run(tag, {id, r.seq});
    return ok;
}

std::optional<TicketRecord> TicketStore::find(const QString &id)
{
    QSqlQuery &q =
            m_db.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM tickets t WHERE t.id = ?"), {id});
    std::optional<TicketRecord> out;
    if (q.next())
        out = readRecord(q);
    q.finish();
    return out;
}

std::optional<TicketRecord> TicketStore::findBySeq(qint64 seq)
{
    QSqlQuery &q =
            m_db.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM tickets t WHERE t.seq = ?"), {seq});
    std::optional<TicketRecord> out;
    if (q.next())
        out = readRecord(q);
    q.finish();
    return out;
}

QList<TicketRecord> TicketStore::list(const SqlCondition &where, const QString &orderColumn, bool descending,
                                      int offset, int limit)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = QStringLiteral(" ORDER BY ");
    if (!orderColumn.isEmpty())
        order += orderColumn + direction + QStringLiteral(", ");
    order += QStringLiteral("t.seq") + direction;
    QVariantList args = where.args;
    args << limit << offset;
    bool ok = false;
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM tickets t ") + where.sql + order
                                    + QStringLiteral(" LIMIT ? OFFSET ?"),
                            args, &ok);
    QList<TicketRecord> out;
    if (!ok)
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(readRecord(q));
    q.finish();
    return out;
}

QList<qint64> TicketStore::postponedUntil(const QDateTime &now)
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT seq FROM tickets WHERE status = 'W' AND postponed_until <= ?"
                                           " ORDER BY postponed_until"),
                            {now.toSecsSinceEpoch()});
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QList<qint64> TicketStore::newest(const QStringList &statuses, int limit)
{
    QString list = QStringLiteral("[\"") + statuses.join(QStringLiteral("\",\"")) + QStringLiteral("\"]");
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT seq FROM tickets WHERE status IN (SELECT value FROM json_each(?))"
                                           " ORDER BY seq DESC LIMIT ?"),
                            {list, limit});
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

qint64 TicketStore::count()
{
    QSqlQuery &q = m_db.run(QStringLiteral("SELECT count(*) FROM tickets"));
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace Frontline::Sandbox
