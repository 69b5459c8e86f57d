// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "logging.h"
#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <span>

namespace Frontline::Schema {

namespace {

// Instants are INTEGER seconds since the epoch, UTC; NULL when absent.
constexpr std::array kVersion1{
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",

        "CREATE TABLE agents (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
        " role TEXT, avatar_url TEXT, online_status TEXT, status TEXT, gender TEXT, twofactor_auth TEXT,"
        " voice_status TEXT)",
        "CREATE TABLE departments (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', online_status TEXT,"
        " agent_count INTEGER, agent_ids TEXT NOT NULL DEFAULT '', mailaccount_id TEXT)",
        "CREATE TABLE sla_levels (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', json TEXT NOT NULL)",
        "CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', color TEXT, background_color TEXT,"
        " is_public TEXT, is_archived TEXT)",
        "CREATE TABLE canned_messages (id TEXT PRIMARY KEY, user_id TEXT, department_id TEXT, text TEXT NOT NULL,"
        " keywords TEXT)",
        "CREATE TABLE predefined_answers (id TEXT PRIMARY KEY, user_id TEXT, department_id TEXT, name TEXT NOT NULL,"
        " subject TEXT, body TEXT NOT NULL, format TEXT)",

        // The columns of the v3 Ticket, then what Frontline derives or learns separately: the SLA
        // level and due instants (GET /tickets/{id}/sla), conversation size for "easiest first".
        "CREATE TABLE tickets (id TEXT PRIMARY KEY, code TEXT, subject TEXT NOT NULL DEFAULT '',"
        " owner_contact_id TEXT, owner_email TEXT NOT NULL DEFAULT '', owner_name TEXT NOT NULL DEFAULT '',"
        " department_id TEXT NOT NULL DEFAULT '', agent_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
        " channel_type TEXT, tags TEXT NOT NULL DEFAULT '', date_created INTEGER, date_changed INTEGER,"
        " date_resolved INTEGER, date_due INTEGER, date_deleted INTEGER, last_activity INTEGER,"
        " last_activity_public INTEGER, public_access_urlcode TEXT, custom_fields TEXT,"
        " active INTEGER NOT NULL DEFAULT 1, vip INTEGER NOT NULL DEFAULT 0,"
        // Sort keys that are never NULL, so every list order is an index walk (no sort step).
        " due_key INTEGER NOT NULL DEFAULT 253402300799, created_key INTEGER NOT NULL DEFAULT 0,"
        " activity_key INTEGER NOT NULL DEFAULT 0,"
        " sla_level_id TEXT, sla_first_answer INTEGER, sla_next_answer INTEGER, sla_first_resolve INTEGER,"
        " sla_first_assign INTEGER, sla_checked_at INTEGER, sla_checked_changed INTEGER,"
        " postponed_until INTEGER,"
        " message_count INTEGER NOT NULL DEFAULT 0, text_length INTEGER NOT NULL DEFAULT 0,"
        " messages_synced_changed INTEGER)",
        "CREATE INDEX tickets_agent ON tickets (agent_id, active, due_key)",
        "CREATE INDEX tickets_department ON tickets (department_id, agent_id, active, due_key)",
        "CREATE INDEX tickets_due ON tickets (active, due_key)",
        "CREATE INDEX tickets_created ON tickets (active, created_key)",
        "CREATE INDEX tickets_activity ON tickets (active, activity_key)",
        "CREATE INDEX tickets_vip ON tickets (active, vip DESC, due_key)",
        "CREATE INDEX tickets_easiest ON tickets (active, message_count, text_length, created_key)",
        "CREATE INDEX tickets_changed ON tickets (date_changed)",

        "CREATE TABLE message_groups (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets (id)"
        " ON DELETE CASCADE, parent_id TEXT, user_id TEXT, user_full_name TEXT, type TEXT, status TEXT,"
        " date_created INTEGER, date_finished INTEGER, sort_order INTEGER NOT NULL DEFAULT 0,"
        " outbox_id INTEGER)", // set on the optimistic group of a reply not yet confirmed by the server
        "CREATE INDEX message_groups_ticket ON message_groups (ticket_id, date_created)",
        "CREATE TABLE messages (group_id TEXT NOT NULL REFERENCES message_groups (id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL, id TEXT, user_id TEXT, type TEXT, format TEXT, body TEXT, visibility TEXT,"
        " date_created INTEGER, PRIMARY KEY (group_id, seq)) WITHOUT ROWID",

        "CREATE TABLE ticket_history (ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL, id TEXT, ticket_code TEXT, department_id TEXT, department_name TEXT, agent_id TEXT,"
        " status TEXT, date_from INTEGER, date_to INTEGER, elapsed_time TEXT, PRIMARY KEY (ticket_id, seq))"
        " WITHOUT ROWID",

        // What the agent did and the server has not confirmed yet. Never rebuilt from the server.
        "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT NOT NULL DEFAULT '',"
        " kind TEXT NOT NULL, payload TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
        " attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, last_attempt_at INTEGER,"
        " next_attempt_at INTEGER, error_kind TEXT, error_message TEXT)",
        "CREATE INDEX outbox_state ON outbox (state, id)",
        "CREATE INDEX outbox_ticket ON outbox (ticket_id)",

        // Working time: local only, never rebuilt from the server.
        "CREATE TABLE presence_log (id INTEGER PRIMARY KEY AUTOINCREMENT, state TEXT NOT NULL, reason TEXT,"
        " started_at INTEGER NOT NULL, ended_at INTEGER)",
        "CREATE INDEX presence_log_time ON presence_log (started_at)",

        "CREATE TABLE drafts (ticket_id TEXT PRIMARY KEY, mode TEXT NOT NULL, body TEXT NOT NULL,"
        " updated_at INTEGER NOT NULL) WITHOUT ROWID",

        // Full-text index over subject, customer and message text, keyed by tickets.rowid.
        "CREATE VIRTUAL TABLE ticket_fts USING fts5(subject, customer, body,"
        " tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN"
        " INSERT INTO ticket_fts (rowid, subject, customer, body) VALUES (new.rowid, new.subject,"
        " new.owner_name || ' ' || new.owner_email || ' ' || coalesce(new.code, ''), ''); END",
        "CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject, owner_name, owner_email, code ON tickets BEGIN"
        " UPDATE ticket_fts SET subject = new.subject,"
        " customer = new.owner_name || ' ' || new.owner_email || ' ' || coalesce(new.code, '')"
        " WHERE rowid = new.rowid; END",
        "CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN"
        " DELETE FROM ticket_fts WHERE rowid = old.rowid; END",
};

// Counting a queue over 100,000 tickets reads its scope (active, department, agent) from this
// index alone instead of every row (500 ms before, 15 ms after).
constexpr std::array kVersion2{
        "CREATE INDEX tickets_scope ON tickets (active, department_id, agent_id)",
};

// The full-text rows of tickets are written by TicketCache::upsert() (an FTS5 write from a
// trigger flushed FTS5's pending terms at every upsert: 60 us a ticket instead of 7).
constexpr std::array kVersion3{
        "DROP TRIGGER IF EXISTS tickets_fts_insert",
        "DROP TRIGGER IF EXISTS tickets_fts_update",
};

// The open set of a scope (read at the end of every full pull to find the tickets that left
// it) from the scope index alone: with the ids in it, no table row is read (10,000 open
// tickets: 10 ms -> 2 ms on the UI thread).
constexpr std::array kVersion4{
        "DROP INDEX IF EXISTS tickets_scope",
        "CREATE INDEX tickets_scope ON tickets (active, department_id, agent_id, id)",
};

StoreError execAll(Database &db, std::span<const char *const> statements)
{
    QSqlQuery q(db.connection());
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            const QSqlError e = q.lastError();
            qCWarning(lcStore) << "migration statement failed:" << e.text() << sql;
            return StoreError::fromSqlite(e.nativeErrorCode().toInt(), e.text());
        }
    }
    return {};
}

StoreError migrateTo1(Database &db)
{
    return execAll(db, kVersion1);
}

StoreError migrateTo2(Database &db)
{
    return execAll(db, kVersion2);
}

StoreError migrateTo3(Database &db)
{
    return execAll(db, kVersion3);
}

StoreError migrateTo4(Database &db)
{
    return execAll(db, kVersion4);
}

using Migration = StoreError (*)(Database &);
constexpr std::array<Migration, kCurrentVersion> kMigrations{migrateTo1, migrateTo2, migrateTo3, migrateTo4};

} // namespace

int userVersion(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

StoreError migrate(Database &db)
{
    const int from = userVersion(db);
    if (from < 0) {
        const QSqlError e = db.connection().lastError();
        return StoreError::fromSqlite(e.nativeErrorCode().toInt(),
                                      QStringLiteral("cannot read user_version: ") + e.text());
    }
    if (from > kCurrentVersion) {
        return {StoreError::Kind::TooNew,
                QStringLiteral("schema version %1 is newer than %2").arg(from).arg(kCurrentVersion)};
    }
    for (int version = from + 1; version <= kCurrentVersion; ++version) {
        SqlTransaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        if (StoreError e = kMigrations[std::size_t(version - 1)](db); e.isError())
            return e; // rolled back by tx
        if (StoreError e = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); e.isError())
            return e;
        if (StoreError e = tx.commit(); e.isError())
            return e;
        qCInfo(lcStore) << "migrated cache to schema version" << version;
    }
    return {};
}

} // namespace Frontline::Schema
