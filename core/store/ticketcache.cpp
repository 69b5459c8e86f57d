// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcache.h"

#include "database.h"
#include "logging.h"
#include "sqlitestatement.h"
#include "sqltransaction.h"
#include "sqlvalues.h"
#include "storenotifier.h"
#include "ticketquerysql.h"
#include "ticketscope_p.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

using SqlValues::instant;
using TicketScope::bindScope;
using TicketScope::kNoActionsOnTheirWay;
using TicketScope::scopeSql;

// The columns a ticket list row reads, in TicketRow order (see readRow).
constexpr auto kRowColumns =
        "t.id, t.code, t.subject, t.owner_name, t.owner_email, t.department_id, t.agent_id, t.status,"
        " t.channel_type, t.tags, t.date_created, t.date_changed, t.date_resolved, t.last_activity, t.date_due,"
        " t.sla_level_id, t.sla_first_answer, t.sla_next_answer, t.sla_first_resolve, t.sla_first_assign,"
        " t.message_count, t.text_length, t.vip, t.postponed_until,"
        " (SELECT count(*) FROM outbox o WHERE o.ticket_id = t.id)";

TicketRow readRow(const QSqlQuery &q)
{
    TicketRow r;
    r.id = q.value(0).toString();
    r.code = q.value(1).toString();
    r.subject = q.value(2).toString();
    r.ownerName = q.value(3).toString();
    r.ownerEmail = q.value(4).toString();
    r.departmentId = q.value(5).toString();
    r.agentId = q.value(6).toString();
    r.status = q.value(7).toString();
    r.channelType = q.value(8).toString();
    r.tagIds = SqlValues::idList(q.value(9));
    r.dateCreated = instant(q.value(10));
    r.dateChanged = instant(q.value(11));
    r.dateResolved = instant(q.value(12));
    r.lastActivity = instant(q.value(13));
    r.dateDue = instant(q.value(14));
    r.slaLevelId = q.value(15).toString();
    r.slaFirstAnswer = instant(q.value(16));
    r.slaNextAnswer = instant(q.value(17));
    r.slaFirstResolve = instant(q.value(18));
    r.slaFirstAssign = instant(q.value(19));
    r.messageCount = q.value(20).toInt();
    r.textLength = q.value(21).toInt();
    r.vip = q.value(22).toBool();
    r.postponedUntil = instant(q.value(23));
    r.pendingActions = q.value(24).toInt();
    return r;
}

/// The full-text "customer" column of a ticket: who wrote in and the ticket's code.
QString searchableCustomer(const QString &name, const QString &email, const QString &code)
{
    return name + u' ' + email + u' ' + code;
}

QString customFieldsJson(const QList<CustomField> &fields)
{
    if (fields.isEmpty())
        return {};
    QJsonArray array;
    for (const CustomField &f : fields)
        array.append(QJsonObject{{"code"_L1, f.code}, {"value"_L1, f.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CustomField> customFields(const QVariant &v)
{
    QList<CustomField> out;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        out.append(CustomField{item["code"_L1].toString(), item["value"_L1].toString()});
    return out;
}

constexpr qint64 kNoDueKey = 253402300799; // 9999-12-31: tickets without a deadline sort last

} // namespace

TicketCache::TicketCache(Database &db, StoreNotifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
{ }

bool TicketCache::isVip(const QStringList &tagIds) const
{
    for (const QString &id : tagIds) {
        if (m_vipTagIds.contains(id))
            return true;
    }
    return false;
}

StoreError TicketCache::upsert(const QList<Ticket> &tickets)
{
    m_matchesFor.clear(); // the searchable texts change
    if (tickets.isEmpty())
        return {};
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // SQLite's C API (QtSql's per-value binding cost as much as SQLite's own work), and the
    // full-text rows written here rather than by triggers: a trigger that writes to the FTS5
    // table makes each upsert a statement transaction, and SQLite 3.40's FTS5 flushes its
    // pending terms at every one, a segment per ticket (60 us a ticket instead of 7).
    // docs/performance.md, "Core".
    SqliteStatement &known =
            m_db.native("SELECT rowid, subject, owner_name, owner_email, code FROM tickets WHERE id = ?");
    SqliteStatement &q = m_db.native(
            "INSERT INTO tickets (id, code, subject, owner_contact_id, owner_email, owner_name, department_id,"
            " agent_id, status, channel_type, tags, date_created, date_changed, date_resolved, date_due,"
            " date_deleted, last_activity, last_activity_public, public_access_urlcode, custom_fields, active, vip,"
            " due_key, created_key, activity_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET code = excluded.code, subject = excluded.subject,"
            " owner_contact_id = excluded.owner_contact_id, owner_email = excluded.owner_email,"
            " owner_name = excluded.owner_name, department_id = excluded.department_id,"
            " agent_id = excluded.agent_id, status = excluded.status, channel_type = excluded.channel_type,"
            " tags = excluded.tags, date_created = excluded.date_created, date_changed = excluded.date_changed,"
            " date_resolved = excluded.date_resolved, date_due = excluded.date_due,"
            " date_deleted = excluded.date_deleted, last_activity = excluded.last_activity,"
            " last_activity_public = excluded.last_activity_public,"
            " public_access_urlcode = excluded.public_access_urlcode, custom_fields = excluded.custom_fields,"
            " active = excluded.active, vip = excluded.vip, due_key = excluded.due_key,"
            " created_key = excluded.created_key, activity_key = excluded.activity_key,"
            " postponed_until = CASE WHEN excluded.status = 'W' THEN postponed_until END");
    SqliteStatement &ftsInsert =
            m_db.native("INSERT INTO ticket_fts (rowid, subject, customer, body) VALUES (?, ?, ?, '')");
    SqliteStatement &ftsUpdate = m_db.native("UPDATE ticket_fts SET subject = ?, customer = ? WHERE rowid = ?");
    for (SqliteStatement *statement : {&known, &q, &ftsInsert, &ftsUpdate}) {
        if (!statement->isValid())
            return {StoreError::Kind::Sql, statement->errorText()};
    }
    QStringList ids;
    ids.reserve(tickets.size());
    for (const Ticket &t : tickets) {
        known.text(t.id);
        const bool exists = known.next();
        const qint64 rowid = exists ? known.columnInt64(0) : 0;
        const bool textChanged = exists
                && (known.columnText(1) != t.subject || known.columnText(2) != t.ownerName
                    || known.columnText(3) != t.ownerEmail || known.columnText(4) != t.code);
        known.reset();

        q.text(t.id).nullableText(t.code).text(t.subject).nullableText(t.ownerContactId).text(t.ownerEmail);
        q.text(t.ownerName).text(t.departmentId).text(t.agentId).text(t.status).nullableText(t.channelType);
        q.text(SqlValues::idList(t.tagIds)).instant(t.dateCreated).instant(t.dateChanged).instant(t.dateResolved);
        q.instant(t.dateDue).instant(t.dateDeleted).instant(t.lastActivity).instant(t.lastActivityPublic);
        q.nullableText(t.publicAccessUrlCode).nullableText(customFieldsJson(t.customFields));
        q.integer(isActiveStatus(t.statusKind()) ? 1 : 0).integer(isVip(t.tagIds) ? 1 : 0);
        q.integer(t.dateDue.isValid() ? t.dateDue.toSecsSinceEpoch() : kNoDueKey);
        q.integer(t.dateCreated.isValid() ? t.dateCreated.toSecsSinceEpoch() : 0);
        q.integer(t.lastActivity.isValid() ? t.lastActivity.toSecsSinceEpoch() : 0);
        if (StoreError e = q.run(); e.isError())
            return e;
        if (!exists) {
            ftsInsert.integer(q.lastInsertRowId())
                    .text(t.subject)
                    .text(searchableCustomer(t.ownerName, t.ownerEmail, t.code));
            if (StoreError e = ftsInsert.run(); e.isError())
                return e;
        } else if (textChanged) {
            ftsUpdate.text(t.subject).text(searchableCustomer(t.ownerName, t.ownerEmail, t.code)).integer(rowid);
            if (StoreError e = ftsUpdate.run(); e.isError())
                return e;
        }
        ids.append(t.id);
    }
    if (StoreError e = tx.commit(); e.isError())
        return e;
    m_notifier.notifyTicketsChanged(ids);
    return {};
}

StoreError TicketCache::remove(const QStringList &ids)
{
    m_matchesFor.clear(); // the searchable texts change
    if (ids.isEmpty())
        return {};
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery &q = m_db.prepared(u"DELETE FROM tickets WHERE id = ?"_s);
    for (const QString &id : ids) {
        q.bindValue(0, id);
        if (StoreError e = m_db.exec(q); e.isError())
            return e;
    }
    if (StoreError e = tx.commit(); e.isError())
        return e;
    m_notifier.notifyTicketsChanged(ids);
    return {};
}

std::optional<Ticket> TicketCache::ticket(const QString &id) const
{
    QSqlQuery &q = m_db.prepared(
            u"SELECT id, code, subject, owner_contact_id, owner_email, owner_name, department_id, agent_id, status,"
            " channel_type, tags, date_created, date_changed, date_resolved, date_due, date_deleted, last_activity,"
            " last_activity_public, public_access_urlcode, custom_fields FROM tickets WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Ticket t;
    t.id = q.value(0).toString();
    t.code = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.ownerContactId = q.value(3).toString();
    t.ownerEmail = q.value(4).toString();
    t.ownerName = q.value(5).toString();
    t.departmentId = q.value(6).toString();
    t.agentId = q.value(7).toString();
    t.status = q.value(8).toString();
    t.channelType = q.value(9).toString();
    t.tagIds = SqlValues::idList(q.value(10));
    t.dateCreated = instant(q.value(11));
    t.dateChanged = instant(q.value(12));
    t.dateResolved = instant(q.value(13));
    t.dateDue = instant(q.value(14));
    t.dateDeleted = instant(q.value(15));
    t.lastActivity = instant(q.value(16));
    t.lastActivityPublic = instant(q.value(17));
    t.publicAccessUrlCode = q.value(18).toString();
    t.customFields = customFields(q.value(19));
    q.finish();
    return t;
}

std::optional<TicketRow> TicketCache::row(const QString &id) const
{
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM tickets t WHERE t.id = ?"_s.arg(QLatin1StringView(kRowColumns)));
    q.bindValue(0, id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    TicketRow r = readRow(q);
    q.finish();
    return r;
}

QHash<QString, TicketRow> TicketCache::rows(const QStringList &ids) const
{
    QHash<QString, TicketRow> found;
    if (ids.isEmpty())
        return found;
    // One statement for a page of ids (a JSON array), instead of one lookup each: QtSql's
    // per-exec cost (column metadata of 25 columns) was 18 us a ticket during a full pull.
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM tickets t WHERE t.id IN (SELECT value FROM json_each(?))"_s.arg(
            QLatin1StringView(kRowColumns)));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (q.exec()) {
        found.reserve(ids.size());
        while (q.next()) {
            TicketRow r = readRow(q);
            found.insert(r.id, std::move(r));
        }
    } else {
        qCWarning(lcStore) << "cannot read cached tickets:" << q.lastError().text();
    }
    q.finish();
    return found;
}

bool TicketCache::contains(const QString &id) const
{
    QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM tickets WHERE id = ?"_s);
    q.bindValue(0, id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QStringList TicketCache::activeIds(const QString &meId, const QStringList &departmentIds) const
{
    // Through SQLite's C API: the whole open set of the scope (12,000 ids for a large
    // department) is read at the end of every reconcile, on the UI thread; QtSql's per-row
    // QVariant copies made that one of the longest event-loop gaps of a first sync.
    const QByteArray sql = (u"SELECT t.id FROM tickets t WHERE t.active = 1 AND "_s + scopeSql(departmentIds)).toUtf8();
    SqliteStatement q(sqliteHandle(m_db.connection()), sql.constData());
    QStringList ids;
    if (!q.isValid()) {
        qCWarning(lcStore) << "activeIds: cannot prepare:" << q.errorText();
        return ids;
    }
    q.text(meId);
    if (departmentIds.isEmpty())
        q.null();
    for (const QString &d : departmentIds)
        q.text(d);
    while (q.next())
        ids.append(q.columnText(0));
    q.reset();
    return ids;
}

QDateTime TicketCache::newestChange() const
{
    QSqlQuery &q = m_db.prepared(u"SELECT max(date_changed) FROM tickets"_s);
    QDateTime result;
    if (q.exec() && q.next())
        result = instant(q.value(0));
    q.finish();
    return result;
}

StoreError TicketCache::applyLocal(const QString &ticketId, const TicketUpdate &u, const QDateTime &now, bool touch)
{
    QStringList sets;
    QVariantList values;
    if (u.agentId) {
        sets << u"agent_id = ?"_s;
        values << SqlValues::text(*u.agentId);
    }
    if (u.departmentId) {
        sets << u"department_id = ?"_s;
        values << SqlValues::text(*u.departmentId);
    }
    if (u.status) {
        sets << u"status = ?"_s << u"active = ?"_s;
        values << *u.status << (isActiveStatus(ticketStatusFromCode(*u.status)) ? 1 : 0);
        if (*u.status == u"R") {
            sets << u"date_resolved = ?"_s;
            values << instant(now);
        }
    }
    if (u.subject) {
        sets << u"subject = ?"_s;
        values << *u.subject;
        m_matchesFor.clear(); // a searchable text changes
    }
    if (u.tagIds) {
        sets << u"tags = ?"_s << u"vip = ?"_s;
        values << SqlValues::text(SqlValues::idList(*u.tagIds)) << (isVip(*u.tagIds) ? 1 : 0);
    }
    if (sets.isEmpty())
        return {};
    if (touch) {
        sets << u"last_activity = ?"_s << u"activity_key = ?"_s;
        values << instant(now) << now.toSecsSinceEpoch();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE tickets SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(ticketId);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    if (u.subject) { // the full-text row follows (no trigger: see upsert())
        QSqlQuery &fts = m_db.prepared(
                u"UPDATE ticket_fts SET subject = ? WHERE rowid = (SELECT rowid FROM tickets WHERE id = ?)"_s);
        fts.bindValue(0, *u.subject);
        fts.bindValue(1, ticketId);
        if (StoreError e = m_db.exec(fts); e.isError())
            return e;
        fts.finish();
    }
    m_db.onCommit([this, ticketId] { m_notifier.notifyTicketsChanged({ticketId}); });
    return {};
}

StoreError TicketCache::setPostponedUntil(const QString &ticketId, const QDateTime &until)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE tickets SET postponed_until = ? WHERE id = ?"_s);
    q.bindValue(0, instant(until));
    q.bindValue(1, ticketId);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    m_db.onCommit([this, ticketId] { m_notifier.notifyTicketsChanged({ticketId}); });
    return {};
}

StoreError TicketCache::setSla(const TicketSla &sla, const QDateTime &checkedAt)
{
    QSqlQuery &q = m_db.prepared(
            u"UPDATE tickets SET sla_level_id = ?, sla_first_answer = ?, sla_next_answer = ?, sla_first_resolve = ?,"
            " sla_first_assign = ?, sla_checked_at = ?, sla_checked_changed = date_changed WHERE id = ?"_s);
    q.bindValue(0, sla.slaLevelId);
    q.bindValue(1, instant(sla.firstAnswer));
    q.bindValue(2, instant(sla.nextAnswer));
    q.bindValue(3, instant(sla.firstResolve));
    q.bindValue(4, instant(sla.firstAssign));
    q.bindValue(5, instant(checkedAt));
    q.bindValue(6, sla.ticketId);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    const QString id = sla.ticketId;
    m_db.onCommit([this, id] { m_notifier.notifyTicketsChanged({id}); });
    return {};
}

QStringList TicketCache::ticketsNeedingSla(const QString &meId, const QStringList &departmentIds, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.id FROM tickets t WHERE t.active = 1 AND "_s + scopeSql(departmentIds)
              + u" AND (t.sla_checked_changed IS NULL OR t.sla_checked_changed <> t.date_changed) AND "_s
              + kNoActionsOnTheirWay + u" ORDER BY t.agent_id = ? DESC, t.due_key LIMIT ?"_s);
    bindScope(q, meId, departmentIds);
    q.addBindValue(meId);
    q.addBindValue(limit);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

StoreError TicketCache::setVipTagIds(const QSet<QString> &tagIds)
{
    if (tagIds == m_vipTagIds)
        return {};
    m_vipTagIds = tagIds;
    QStringList likes;
    QVariantList values;
    for (const QString &id : tagIds) {
        likes << u"tags LIKE ?"_s;
        values << QString(u"%,"_s + id + u",%"_s);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE tickets SET vip = (%1)"_s.arg(likes.isEmpty() ? u"0"_s : likes.join(u" OR "_s)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (StoreError e = m_db.exec(q); e.isError())
        return e;
    m_db.onCommit([this] { m_notifier.notifyTicketsChanged({}); });
    return {};
}

TicketQuerySql TicketCache::sqlFor(const TicketQuery &query) const
{
    const QString fts = TicketQuerySql::ftsExpression(query.search);
    if (fts.isEmpty())
        return TicketQuerySql::build(query, 0);
    m_searchText = query.search;
    return TicketQuerySql::build(query, loadSearchMatches(fts));
}

int TicketCache::loadSearchMatches(const QString &fts) const
{
    // Inside a transaction the table may be rolled back with it: load, but do not remember.
    if (fts == m_matchesFor && !m_db.inTransaction())
        return m_matchCount;
    m_matchesFor.clear();
    if (StoreError e = m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"_s);
        e.isError()) {
        qCWarning(lcStore) << "cannot create the search table:" << e.detail;
        return 0;
    }
    m_matchCount = insertSearchMatches(fts, true);
    if (m_matchCount < 0) {
        // The words as prefixes matched too many distinct words (the first letters of order
        // numbers or customer names, a second over 100,000 tickets): while the agent is still
        // typing, whole words stand in for them.
        qCDebug(lcStore) << "search cut short after" << m_searchBudget.count() << "ms; matching whole words";
        m_matchCount = insertSearchMatches(TicketQuerySql::ftsExpression(m_searchText, false), false);
    }
    if (m_matchCount < 0)
        m_matchCount = 0;
    else if (!m_db.inTransaction())
        m_matchesFor = fts;
    return m_matchCount;
}

int TicketCache::insertSearchMatches(const QString &fts, bool withinBudget) const
{
    m_db.exec(u"DELETE FROM temp.search_hits"_s);
    QSqlQuery &q =
            m_db.prepared(u"INSERT INTO temp.search_hits (id) SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?"_s);
    q.bindValue(0, fts);
    // An interrupted statement inside a transaction would roll the whole transaction back:
    // the time budget applies to searches of their own only (the list's, as the agent types).
    sqlite3 *db = sqliteHandle(m_db.connection());
    const bool budgeted = withinBudget && !m_db.inTransaction() && db;
    QDeadlineTimer deadline(m_searchBudget, Qt::PreciseTimer);
    if (budgeted) {
        sqlite3_progress_handler(
                db, 1000, [](void *timer) -> int { return static_cast<QDeadlineTimer *>(timer)->hasExpired() ? 1 : 0; },
                &deadline);
    }
    const bool ok = q.exec();
    if (budgeted)
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (!ok) {
        const bool interrupted = budgeted && q.lastError().nativeErrorCode().toInt() == SQLITE_INTERRUPT;
        if (!interrupted)
            qCWarning(lcStore) << "search failed:" << q.lastError().text();
        q.finish();
        m_db.exec(u"DELETE FROM temp.search_hits"_s);
        return -1;
    }
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

int TicketCache::count(const TicketQuery &query) const
{
    const TicketQuerySql sql = sqlFor(query);
    const QString select = u"SELECT 1 FROM %1 WHERE %2"_s.arg(sql.from, sql.where);
    QSqlQuery &q = m_db.prepared(sql.limit < 0 ? u"SELECT count(*) FROM (%1)"_s.arg(select)
                                               : u"SELECT count(*) FROM (%1 LIMIT %2)"_s.arg(select).arg(sql.limit));
    for (int i = 0; i < sql.values.size(); ++i)
        q.bindValue(i, sql.values.at(i));
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    else
        qCWarning(lcStore) << "count failed:" << q.lastError().text();
    q.finish();
    return n;
}

int TicketCache::rowOf(const TicketQuery &query, const QString &ticketId) const
{
    const TicketQuerySql sql = sqlFor(query);
    // The sort-key values of the ticket, then how many rows of the query sort before them.
    QSqlQuery &keys =
            m_db.prepared(u"SELECT %1 FROM %2 WHERE t.id = ? AND %3"_s.arg(sql.keyColumns(), sql.from, sql.where));
    keys.bindValue(0, ticketId);
    for (int i = 0; i < sql.values.size(); ++i)
        keys.bindValue(i + 1, sql.values.at(i));
    if (!keys.exec() || !keys.next()) {
        keys.finish();
        return -1;
    }
    QVariantList keyValues;
    for (int i = 0; i < sql.orderKeys.size(); ++i)
        keyValues.append(keys.value(i));
    keys.finish();

    const auto [before, beforeValues] = sql.before(keyValues);
    QSqlQuery &q = m_db.prepared(u"SELECT count(*) FROM %1 WHERE %2 AND (%3)"_s.arg(sql.from, sql.where, before));
    int i = 0;
    for (const QVariant &v : sql.values)
        q.bindValue(i++, v);
    for (const QVariant &v : beforeValues)
        q.bindValue(i++, v);
    int row = -1;
    if (q.exec() && q.next())
        row = q.value(0).toInt();
    q.finish();
    return sql.limit >= 0 && row >= sql.limit ? -1 : row;
}

QList<TicketRow> TicketCache::rows(const TicketQuery &query, int offset, int limit) const
{
    const TicketQuerySql sql = sqlFor(query);
    if (sql.limit >= 0)
        limit = std::min(limit, sql.limit - offset);
    if (limit <= 0)
        return {};
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?"_s.arg(
            QLatin1StringView(kRowColumns), sql.from, sql.where, sql.orderBy()));
    int i = 0;
    for (; i < sql.values.size(); ++i)
        q.bindValue(i, sql.values.at(i));
    q.bindValue(i++, limit);
    q.bindValue(i, offset);
    QList<TicketRow> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "rows failed:" << q.lastError().text();
        return out;
    }
    out.reserve(limit);
    while (q.next())
        out.append(readRow(q));
    q.finish();
    return out;
}

} // namespace Frontline
