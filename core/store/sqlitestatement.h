// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace Frontline {

/// The sqlite3 handle under a QtSql "QSQLITE" connection; nullptr for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A statement compiled once through SQLite's C API on a QtSql connection's own handle (so it
/// runs inside that connection's transactions), for the bulk write paths where QtSql's
/// per-value binding (a QVariant and a null check per value, column metadata per exec) costs
/// more than SQLite itself: the client's ticket ingest and the sandbox's seeding
/// (docs/performance.md, "Core" and "Sandbox"). Values are bound in order, then run() steps
/// it once and resets it for the next row.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    /// Text for a NOT NULL column: a null QString binds "".
    SqliteStatement &text(const QString &s);
    /// Text or SQL NULL for a null QString (as QtSql binds it).
    SqliteStatement &nullableText(const QString &s);
    SqliteStatement &integer(qint64 n);
    /// Seconds since the epoch (UTC); NULL when invalid (SqlValues::instant).
    SqliteStatement &instant(const QDateTime &t);
    SqliteStatement &null();

    /// Steps a statement that returns no rows and resets it with its bindings cleared. A failed
    /// bind reports its own error.
    StoreError run();
    /// Steps a query: true while it yields a row (read it with the column accessors, 0-based);
    /// call reset() when done with it.
    bool next();
    qint64 columnInt64(int column) const;
    /// A NULL column reads as a null QString.
    QString columnText(int column) const;
    /// Ready for new values (bindings cleared).
    void reset();
    /// The rowid of the connection's last INSERT (sqlite3_last_insert_rowid).
    qint64 lastInsertRowId() const;

    /// SQLite's message for the last run() that failed.
    QString errorText() const;
    const char *sql() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_index = 0; // the last bound parameter (1-based)
    int m_bindError = 0; // the first failed bind's code, 0 when all went well
    QString m_error;
};

} // namespace Frontline
