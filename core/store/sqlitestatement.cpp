// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Frontline {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!m_db)
        return;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare" << sql << sqlite3_errmsg(m_db);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

SqliteStatement &SqliteStatement::text(const QString &s)
{
    ++m_index;
    // UTF-16 as QString holds it; SQLite converts to the database's UTF-8 itself (no QByteArray).
    const void *utf16 = s.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(s.utf16());
    const int rc = sqlite3_bind_text16(m_statement, m_index, utf16, int(s.size() * 2), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

SqliteStatement &SqliteStatement::nullableText(const QString &s)
{
    return s.isNull() ? null() : text(s);
}

SqliteStatement &SqliteStatement::integer(qint64 n)
{
    const int rc = sqlite3_bind_int64(m_statement, ++m_index, n);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

SqliteStatement &SqliteStatement::instant(const QDateTime &t)
{
    return t.isValid() ? integer(t.toSecsSinceEpoch()) : null();
}

SqliteStatement &SqliteStatement::null()
{
    const int rc = sqlite3_bind_null(m_statement, ++m_index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

StoreError SqliteStatement::run()
{
    if (!m_statement)
        return {StoreError::Kind::Sql, errorText()};
    const int rc = m_bindError ? m_bindError : sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); // before reset() can change it
    reset();
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    return StoreError::fromSqlite(rc, m_error);
}

bool SqliteStatement::next()
{
    if (!m_statement || m_bindError)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rc == SQLITE_ROW;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString::fromUtf16(utf16, bytes / 2);
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_index = 0;
    m_bindError = 0;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

QString SqliteStatement::errorText() const
{
    if (!m_db)
        return QStringLiteral("no SQLite connection");
    return m_statement ? m_error : QStringLiteral("statement not prepared");
}

const char *SqliteStatement::sql() const
{
    return m_statement ? sqlite3_sql(m_statement) : "";
}

} // namespace Frontline
