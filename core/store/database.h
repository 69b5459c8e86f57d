// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitestatement.h"
#include "storeerror.h"
#include "walcheckpointer.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class QObject;
class QThread;

namespace Frontline {

/// One SQLite connection to one account's cache file: opening with the right pragmas and
/// file mode, the integrity check, migrations, nested transactions and a cache of prepared
/// statements. A damaged file is set aside and replaced by a fresh one after salvaging what
/// the server cannot give back: the outbox, drafts and the presence log.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// When open() checks the file for damage (PRAGMA quick_check reads every page: 0.2-0.4 s
    /// for 100,000 cached tickets): before anything is read, or later, from checkInBackground().
    enum class IntegrityCheck { BeforeUse, Later };

    StoreError open(IntegrityCheck check = IntegrityCheck::BeforeUse);
    /// Refreshes the query planner's statistics where the data grew a lot, and closes.
    void close();
    bool isOpen() const;

    /// Runs the integrity check on a read-only connection of its own in a worker thread (WAL
    /// lets it read while this connection writes). `done` gets the problems found, empty when
    /// there are none, on `context`'s thread; not called if the check could not run.
    void checkInBackground(QObject *context, std::function<void(const QString &problems)> done);
    /// Sets the damaged file aside and starts a fresh one with the salvaged local-only tables
    /// (what open() does when the check fails).
    StoreError recover(const QString &why) { return recoverFromCorruption(why); }

    const QString &path() const { return m_path; }
    /// True when open() found the file damaged and rebuilt it (the caller shows a notice
    /// and syncs from scratch); corruptCopyPath() is where the damaged file went.
    bool recoveredFromCorruption() const { return m_recovered; }
    const QString &corruptCopyPath() const { return m_corruptCopy; }
    int salvagedOutboxRows() const { return m_salvagedOutbox; }

    QSqlDatabase connection() const;

    /// A prepared statement, reused across calls (STYLE.md 8). Bind, exec, then finish().
    QSqlQuery &prepared(const QString &sql);
    /// Runs a statement without results; the error, if any.
    StoreError exec(const QString &sql);
    StoreError exec(QSqlQuery &query);
    /// A statement of SQLite's C API on this connection, compiled once (for bulk writes; see
    /// SqliteStatement). `sql` is a literal: it is also the cache key. Invalid when closed.
    SqliteStatement &native(const char *sql);
    static StoreError errorOf(const QSqlQuery &query);

    StoreError begin();
    StoreError commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    /// Called once when the outermost transaction commits (change notifications wait for it).
    void onCommit(std::function<void()> callback);

private:
    StoreError openConnection();
    StoreError configure();
    static bool passesQuickCheck(const QSqlDatabase &db, QString *detail);
    StoreError recoverFromCorruption(const QString &why);
    void ensureStatistics();
    void waitForCheck();

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_native;
    int m_depth = 0;
    QList<std::function<void()>> m_onCommit;
    bool m_recovered = false;
    QString m_corruptCopy;
    int m_salvagedOutbox = 0;
    std::unique_ptr<QThread> m_check;
    WalCheckpointer m_checkpointer;
};

} // namespace Frontline
