// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Frontline {

/// Runs the cache's WAL checkpoints on a thread of their own. SQLite's automatic checkpoint
/// runs inside the COMMIT that fills the log (1,000 pages): it copies the log into the
/// database and syncs both files, 20-80 ms during which the UI thread, which writes the
/// cache, would not paint (DESIGN: the UI thread never waits on a bulk write). Installed as
/// the connection's WAL hook instead, it hands that work to a second connection in a
/// background thread (PASSIVE: it never blocks the writer or readers).
class WalCheckpointer
{
public:
    WalCheckpointer() = default;
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Takes over the checkpoints of `db` (the connection to the database at `path`).
    void attach(sqlite3 *db, const QString &path);
    /// Gives them back and stops the thread; call before the connection closes.
    void detach();

    /// The log size (pages) from which a checkpoint is started in the background.
    static constexpr int kPages = 1000;
    /// Should the background never get through (a reader that stays), the writer checkpoints
    /// itself from this size on, as SQLite would, so the log cannot grow without bounds.
    static constexpr int kWriterPages = 20000;

private:
    static int walHook(void *self, sqlite3 *db, const char *name, int pages);
    void request();
    void run();

    sqlite3 *m_db = nullptr;
    std::string m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
};

} // namespace Frontline
