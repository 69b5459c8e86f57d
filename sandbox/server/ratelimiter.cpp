// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Frontline::Sandbox {

namespace {

constexpr qint64 windowMs = 60'000;

} // namespace

RateLimiter::RateLimiter(int perMinute, std::function<qint64()> monotonicMs)
    : m_perMinute(perMinute)
    , m_now(std::move(monotonicMs))
{
    if (!m_now) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_now = [timer] { return timer->elapsed(); };
    }
}

int RateLimiter::acquire(const QString &key)
{
    if (m_perMinute <= 0)
        return 0;
    const qint64 now = m_now();
    std::deque<qint64> &recent = m_recent[key];
    while (!recent.empty() && recent.front() <= now - windowMs)
        recent.pop_front();
    if (int(recent.size()) >= m_perMinute) {
        const qint64 waitMs = recent.front() + windowMs - now;
        return int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    recent.push_back(now);
    return 0;
}

} // namespace Frontline::Sandbox
