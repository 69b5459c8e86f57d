// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "logging.h"

#include <sqlite3.h>

namespace Frontline {

WalCheckpointer::~WalCheckpointer()
{
    detach();
}

void WalCheckpointer::attach(sqlite3 *db, const QString &path)
{
    detach();
    m_db = db;
    m_path = path.toStdString();
    m_stop = false;
    m_requested = false;
    sqlite3_wal_hook(db, &WalCheckpointer::walHook, this); // replaces the automatic checkpoint
    m_thread = std::thread([this] { run(); });
}

void WalCheckpointer::detach()
{
    if (!m_db)
        return;
    sqlite3_wal_hook(m_db, nullptr, nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    m_db = nullptr;
}

int WalCheckpointer::walHook(void *self, sqlite3 *db, const char *name, int pages)
{
    if (pages >= kWriterPages)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (pages >= kPages)
        static_cast<WalCheckpointer *>(self)->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stop; });
            if (m_stop)
                break;
            m_requested = false;
        }
        if (!db) {
            if (sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
                != SQLITE_OK) {
                qCWarning(lcStore) << "checkpoint connection:" << sqlite3_errmsg(db);
                sqlite3_close(db);
                db = nullptr;
                continue; // the writer's next commit over kPages asks again
            }
            sqlite3_busy_timeout(db, 1000);
            // A connection learns that the file is in WAL mode when it first reads it. Until
            // then a checkpoint does nothing and reports no log (-1): read the schema, and
            // try again with a new connection at the next request if that did not work.
            if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
                qCDebug(lcStore) << "checkpoint connection: reading the schema:" << sqlite3_errmsg(db);
                sqlite3_close(db);
                db = nullptr;
                continue;
            }
        }
        int logged = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
        if (rc == SQLITE_BUSY) {
            qCDebug(lcStore) << "checkpoint: busy, left for the next request";
        } else if (rc != SQLITE_OK) {
            qCWarning(lcStore) << "checkpoint failed:" << sqlite3_errmsg(db);
        } else if (logged < 0) {
            qCWarning(lcStore) << "checkpoint: the connection does not see the cache in WAL mode; reconnecting";
            sqlite3_close(db);
            db = nullptr;
        }
    }
    sqlite3_close(db);
}

} // namespace Frontline
