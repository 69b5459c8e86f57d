// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbudget.h"

#include "logging.h"

#include <algorithm>

using namespace std::chrono;

namespace Frontline {

namespace {

milliseconds steadyNow()
{
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch());
}

} // namespace

RequestBudget::RequestBudget(QObject *parent)
    : RequestBudget(kDefaultLimit, kDefaultWindow, steadyNow, parent)
{ }

RequestBudget::RequestBudget(int limit, milliseconds window, TimeSource now, QObject *parent)
    : QObject(parent)
    , m_limit(std::max(1, limit))
    , m_window(window)
    , m_now(std::move(now))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestBudget::process);
}

RequestBudget::~RequestBudget() = default;

void RequestBudget::prune(milliseconds now) const
{
    while (!m_sent.empty() && m_sent.front() + m_window <= now)
        m_sent.pop_front();
}

milliseconds RequestBudget::waitAt(milliseconds now) const
{
    prune(now);
    milliseconds wait{0};
    if (int(m_sent.size()) >= m_limit) // the slot of the oldest send in the window frees first
        wait = m_sent[m_sent.size() - size_t(m_limit)] + m_window - now;
    if (m_pausedUntil > now)
        wait = std::max(wait, m_pausedUntil - now);
    return std::max(wait, milliseconds{0});
}

milliseconds RequestBudget::currentWait() const
{
    return waitAt(now());
}

int RequestBudget::usedInWindow() const
{
    prune(now());
    return int(m_sent.size());
}

bool RequestBudget::isPaused() const
{
    return m_pausedUntil > now();
}

RequestBudget::Ticket RequestBudget::acquire(std::function<void()> granted)
{
    const Ticket ticket = m_nextTicket++;
    const milliseconds t = now();
    if (m_waiting.empty() && waitAt(t) == milliseconds{0}) {
        m_sent.push_back(t);
        granted();
        return ticket;
    }
    m_waiting.push_back({ticket, std::move(granted)});
    schedule();
    announce();
    return ticket;
}

void RequestBudget::cancel(Ticket ticket)
{
    const auto it =
            std::find_if(m_waiting.begin(), m_waiting.end(), [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it == m_waiting.end())
        return;
    m_waiting.erase(it);
    if (m_waiting.empty())
        m_timer.stop();
    announce();
}

void RequestBudget::pauseFor(milliseconds delay)
{
    const milliseconds until = now() + delay;
    if (until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    qCInfo(lcApi) << "request budget paused for" << delay.count() << "ms (server rate limit)";
    schedule();
    announce();
}

void RequestBudget::process()
{
    // A granted callback may start or finish other jobs, which may call acquire() or
    // cancel() again; the loop re-reads the queue each round, so re-entry is safe.
    if (m_processing)
        return;
    m_processing = true;
    while (!m_waiting.empty()) {
        const milliseconds t = now();
        if (waitAt(t) > milliseconds{0})
            break;
        Waiter w = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_sent.push_back(t);
        w.granted();
    }
    m_processing = false;
    schedule();
    announce();
}

void RequestBudget::schedule()
{
    if (m_waiting.empty()) {
        m_timer.stop();
        return;
    }
    const milliseconds wait = currentWait();
    // At least 1 ms: a zero wait with waiters left means process() is about to run anyway.
    m_timer.start(std::max(wait, milliseconds{1}));
}

void RequestBudget::announce()
{
    const milliseconds wait = m_waiting.empty() ? (isPaused() ? currentWait() : milliseconds{0}) : currentWait();
    if (wait == m_announcedWait)
        return;
    // Only announce transitions and coarse changes, not every millisecond of a countdown.
    if (wait > milliseconds{0} && m_announcedWait > milliseconds{0}
        && std::chrono::abs(wait - m_announcedWait) < milliseconds{1000})
        return;
    m_announcedWait = wait;
    Q_EMIT waitChanged(wait);
}

} // namespace Frontline
