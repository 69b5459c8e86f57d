// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace Frontline::Sandbox {

/// The sandbox's SQLite database: one connection, the numbered schema, WAL, reused
/// prepared statements and transactions. Only the classes of sandbox/store write SQL.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Expected<std::unique_ptr<Database>, QString> open(const QString &file);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// A prepared statement for `sql`, prepared once and reused.
    QSqlQuery &prepare(const QString &sql);
    /// Prepares (cached), binds `args` positionally and executes; logs and returns false on error.
    bool run(QSqlQuery &query, const QVariantList &args = {});
    QSqlQuery &run(const QString &sql, const QVariantList &args = {}, bool *ok = nullptr);

    /// A one-off statement (DDL, dynamic SQL); not cached.
    bool execute(const QString &sql);
    QSqlDatabase &connection() { return m_db; }

    /// Rolls back unless committed (RAII).
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        bool commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        Database &m_db;
        bool m_done = false;
    };

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    /// Indexes are built after a bulk seed (faster than maintaining them row by row).
    bool createIndexes();

    /// Instants are stored as UTC seconds since the epoch; NULL for none.
    static QVariant toDb(const QDateTime &instant);
    static QDateTime fromDb(const QVariant &value);

private:
    Database() = default;
    bool migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace Frontline::Sandbox
