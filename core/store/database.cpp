// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "logging.h"
#include "schema.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

namespace Frontline {

namespace {

std::atomic<int> s_connectionCounter{0};

// Tables whose rows exist only on this machine; copied out of a damaged file.
const QStringList &localOnlyTables()
{
    static const QStringList tables{QStringLiteral("outbox"), QStringLiteral("drafts"), QStringLiteral("presence_log")};
    return tables;
}

struct SalvagedTable
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

QList<SalvagedTable> salvageLocalTables(const QString &path)
{
    QList<SalvagedTable> out;
    const QString name = QStringLiteral("frontline-salvage-%1").arg(s_connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const QString &table : localOnlyTables()) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT * FROM ") + table)) {
                    qCWarning(lcStore) << "salvage: cannot read" << table << q.lastError().text();
                    continue;
                }
                SalvagedTable t{table, {}, {}};
                const QSqlRecord record = q.record();
                for (int i = 0; i < record.count(); ++i)
                    t.columns.append(record.fieldName(i));
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < record.count(); ++i)
                        row.append(q.value(i));
                    t.rows.append(row);
                }
                // A damaged page may end the scan early with an error: keep what was read.
                if (q.lastError().isValid())
                    qCWarning(lcStore) << "salvage: partial read of" << table << q.lastError().text();
                out.append(t);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("frontline-store-%1").arg(s_connectionCounter.fetch_add(1)))
{ }

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    waitForCheck();
    m_checkpointer.detach();
    m_statements.clear();
    m_native.clear(); // finalized before the connection closes
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = connection();
            if (db.isOpen()) {
                // SQLite's advice for long-lived connections: refresh the planner's statistics
                // on the way out (it analyses only tables that grew a lot, such as after the
                // first sync; then about 0.1 s for 100,000 tickets, once).
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA optimize"));
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_depth = 0;
    m_onCommit.clear();
}

StoreError Database::openConnection()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return {StoreError::Kind::CannotOpen, QStringLiteral("cannot create %1").arg(info.absolutePath())};
    // Create the file ourselves so it is private (0600) from its first byte; SQLite gives
    // the -wal and -shm files the same mode.
    if (!info.exists()) {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly))
            return {StoreError::Kind::CannotOpen, f.errorString()};
        f.close();
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        const QSqlError e = db.lastError();
        return StoreError::fromSqlite(e.nativeErrorCode().toInt(), e.text());
    }
    return {};
}

StoreError Database::configure()
{
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY"}) {
        if (StoreError e = exec(QString::fromLatin1(pragma)); e.isError())
            return e;
    }
    if (sqlite3 *db = sqliteHandle(connection()))
        m_checkpointer.attach(db, m_path);
    return {};
}

bool Database::passesQuickCheck(const QSqlDatabase &db, QString *detail)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = q.lastError().text();
        return false;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    *detail = problems.join(u"; ");
    return problems.isEmpty();
}

StoreError Database::open(IntegrityCheck check)
{
    close();
    m_recovered = false;
    m_corruptCopy.clear();
    m_salvagedOutbox = 0;

    StoreError error = openConnection();
    if (error.kind == StoreError::Kind::Corrupt)
        return recoverFromCorruption(error.detail);
    if (error.isError())
        return error;

    error = configure();
    if (error.kind == StoreError::Kind::Corrupt)
        return recoverFromCorruption(error.detail);
    if (error.isError())
        return error;

    QString problems;
    if (check == IntegrityCheck::BeforeUse && !passesQuickCheck(connection(), &problems))
        return recoverFromCorruption(problems);

    error = Schema::migrate(*this);
    if (error.kind == StoreError::Kind::Corrupt)
        return recoverFromCorruption(error.detail);
    if (!error.isError())
        ensureStatistics();
    return error;
}

void Database::ensureStatistics()
{
    // Without statistics SQLite takes `active = 1` for a selective condition and walks every
    // open ticket for the queue counts (35 ms each with 100,000 cached); with them it seeks.
    // A cache closed before has them (close()); a new one, or one whose migration added an
    // index the statistics do not know yet, gets them here.
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) && q.next()) {
        q.finish();
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name = "
                                  "'tickets' AND m.sql IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s "
                                  "WHERE s.idx = m.name)"))
            && q.next() && q.value(0).toInt() == 0)
            return;
        q.finish();
        // An empty cache has no rows to describe: nothing to gain until the first sync fills it.
        if (q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM tickets)")) && q.next() && q.value(0).toBool())
            return;
    }
    q.finish();
    // A full ANALYZE: a sampled one (analysis_limit) misjudges the two-valued `active` column
    // and the plans get worse than with none. Once per new or migrated cache.
    if (!q.exec(QStringLiteral("ANALYZE")))
        qCWarning(lcStore) << "cannot gather statistics:" << q.lastError().text();
}

void Database::checkInBackground(QObject *context, std::function<void(const QString &problems)> done)
{
    waitForCheck();
    const QString path = m_path;
    const QString name = m_connectionName + QStringLiteral("-check");
    m_check.reset(QThread::create([path, name, context, done = std::move(done)] {
        bool ran = false;
        QString problems;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
            if (db.open()) {
                ran = true;
                // quick_check reads every page once: a page cache would only hold memory
                // (SQLite's default, 2 MiB, is most of what the check costs).
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -128"));
                passesQuickCheck(db, &problems);
            } else {
                qCWarning(lcStore) << "integrity check: cannot open" << path << db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // close() waits for this thread before the owner of `context` goes, so it is alive.
        if (ran)
            QMetaObject::invokeMethod(
                    context, [done, problems] { done(problems); }, Qt::QueuedConnection);
    }));
    m_check->start(QThread::LowPriority);
}

void Database::waitForCheck()
{
    if (m_check) {
        m_check->wait();
        m_check.reset();
    }
}

StoreError Database::recoverFromCorruption(const QString &why)
{
    qCWarning(lcStore) << "cache" << m_path << "is damaged:" << why.left(300);
    close();

    const QList<SalvagedTable> salvaged = salvageLocalTables(m_path);

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_corruptCopy = m_path + QStringLiteral(".corrupt-") + stamp;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, m_corruptCopy + suffix)) {
            QFile::remove(m_corruptCopy + suffix);
            if (!QFile::rename(m_path + suffix, m_corruptCopy + suffix))
                return {StoreError::Kind::CannotOpen, QStringLiteral("cannot move the damaged cache aside")};
        }
    }

    if (StoreError e = openConnection(); e.isError())
        return e;
    if (StoreError e = configure(); e.isError())
        return e;
    if (StoreError e = Schema::migrate(*this); e.isError())
        return e;

    SqlTransaction tx(*this);
    for (const SalvagedTable &table : salvaged) {
        if (table.rows.isEmpty())
            continue;
        // Only columns the fresh schema knows (a damaged file may come from another version).
        QSqlQuery probe(connection());
        probe.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table.name));
        const QSqlRecord fresh = probe.record();
        QStringList columns;
        QList<int> indexes;
        for (int i = 0; i < table.columns.size(); ++i) {
            if (fresh.indexOf(table.columns.at(i)) >= 0) {
                columns.append(table.columns.at(i));
                indexes.append(i);
            }
        }
        QStringList marks(columns.size(), QStringLiteral("?"));
        QSqlQuery insert(connection());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                               .arg(table.name, columns.join(u','), marks.join(u',')));
        for (const QVariantList &row : table.rows) {
            for (int i = 0; i < indexes.size(); ++i)
                insert.bindValue(i, row.at(indexes.at(i)));
            if (!insert.exec())
                qCWarning(lcStore) << "salvage: lost a row of" << table.name << insert.lastError().text();
            else if (table.name == u"outbox")
                ++m_salvagedOutbox;
        }
    }
    if (StoreError e = tx.commit(); e.isError())
        return e;

    m_recovered = true;
    qCWarning(lcStore) << "cache rebuilt; damaged copy kept at" << m_corruptCopy
                       << "salvaged outbox rows:" << m_salvagedOutbox;
    return {};
}

SqliteStatement &Database::native(const char *sql)
{
    auto it = m_native.find(sql);
    if (it == m_native.end())
        it = m_native.emplace(sql, std::make_unique<SqliteStatement>(sqliteHandle(connection()), sql)).first;
    return *it->second;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qCWarning(lcStore) << "prepare failed:" << q.lastError().text() << sql;
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

StoreError Database::errorOf(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return StoreError::fromSqlite(e.nativeErrorCode().toInt(), e.text());
}

StoreError Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorOf(q);
    return {};
}

StoreError Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        StoreError e = errorOf(query);
        qCWarning(lcStore) << "statement failed:" << e.detail;
        query.finish();
        return e;
    }
    return {};
}

StoreError Database::begin()
{
    // IMMEDIATE takes the write lock now, so a commit cannot fail on a lock upgrade.
    const QString sql =
            m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (StoreError e = exec(sql); e.isError())
        return e;
    ++m_depth;
    return {};
}

StoreError Database::commit()
{
    if (m_depth <= 0)
        return {StoreError::Kind::Sql, QStringLiteral("commit without transaction")};
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (StoreError e = exec(sql); e.isError())
        return e;
    --m_depth;
    if (m_depth == 0) {
        const auto callbacks = std::exchange(m_onCommit, {});
        for (const auto &cb : callbacks)
            cb();
    }
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"));
        m_onCommit.clear();
    } else {
        const QString sp = QStringLiteral("sp%1").arg(m_depth - 1);
        exec(QStringLiteral("ROLLBACK TO ") + sp);
        exec(QStringLiteral("RELEASE ") + sp);
    }
    --m_depth;
}

void Database::onCommit(std::function<void()> callback)
{
    if (m_depth == 0)
        callback();
    else
        m_onCommit.append(std::move(callback));
}

} // namespace Frontline
