// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace Frontline {

/// The requests one API key may send: never more than `limit` in any sliding window
/// (150 per 60 s by default; LiveAgent allows 180 per minute per key). A request asks for a
/// slot and is called back when it has one — at once if the window has room, later
/// (asynchronously, from the event loop) otherwise. A 429 from the server pauses the whole
/// budget until its Retry-After. The time source is injected, so tests move time by hand.
class RequestBudget : public QObject
{
    Q_OBJECT

public:
    using TimeSource = std::function<std::chrono::milliseconds()>; // monotonic
    using Ticket = quint64;

    static constexpr int kDefaultLimit = 150;
    static constexpr std::chrono::milliseconds kDefaultWindow{60'000};

    explicit RequestBudget(QObject *parent = nullptr);
    RequestBudget(int limit, std::chrono::milliseconds window, TimeSource now, QObject *parent = nullptr);
    ~RequestBudget() override;

    /// Asks for a slot. `granted` runs synchronously when a slot is free and nobody is
    /// waiting, otherwise later in first-come order. The returned ticket cancels the wait.
    Ticket acquire(std::function<void()> granted);
    /// Forgets a waiting request (a job aborted or destroyed while waiting). Harmless for a
    /// ticket that was already granted.
    void cancel(Ticket ticket);
    /// Nothing goes out before `now + delay` (a 429 with Retry-After). Extends, never shortens.
    void pauseFor(std::chrono::milliseconds delay);

    /// How long the next request would wait now: zero while the window has room.
    std::chrono::milliseconds currentWait() const;
    int waitingCount() const { return int(m_waiting.size()); }
    int usedInWindow() const;
    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return m_window; }
    bool isPaused() const;

    /// Grants every waiter whose slot has come. The internal timer calls it; a test that
    /// moved its time source calls it directly.
    void process();

Q_SIGNALS:
    /// The wait changed: requests are held back (wait > 0) or flow again (0). For the
    /// "rate-limit wait" shown in the status bar.
    void waitChanged(std::chrono::milliseconds wait);

private:
    struct Waiter
    {
        Ticket ticket;
        std::function<void()> granted;
    };

    std::chrono::milliseconds now() const { return m_now(); }
    void prune(std::chrono::milliseconds now) const;
    std::chrono::milliseconds waitAt(std::chrono::milliseconds now) const;
    void schedule();
    void announce();

    int m_limit;
    std::chrono::milliseconds m_window;
    TimeSource m_now;
    mutable std::deque<std::chrono::milliseconds> m_sent; // send times inside the window
    std::deque<Waiter> m_waiting;
    std::chrono::milliseconds m_pausedUntil{0};
    Ticket m_nextTicket = 1;
    QTimer m_timer;
    std::chrono::milliseconds m_announcedWait{0};
    bool m_processing = false;
};

} // namespace Frontline
