// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include <QElapsedTimer>

#include <memory>

namespace Frontline::Sandbox {

namespace {

constexpr qint64 hourMs = 3'600'000;

} // namespace

LoginThrottle::LoginThrottle(std::function<qint64()> monotonicMs)
    : m_now(std::move(monotonicMs))
{
    if (!m_now) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_now = [timer] { return timer->elapsed(); };
    }
}

void LoginThrottle::expire(std::deque<qint64> &failures, qint64 now) const
{
    while (!failures.empty() && failures.front() <= now - hourMs)
        failures.pop_front();
}

int LoginThrottle::blockedFor(const QString &login)
{
    const qint64 now = m_now();
    std::deque<qint64> &failures = m_failures[login.toLower()];
    expire(failures, now);
    if (int(failures.size()) < maxFailures)
        return 0;
    return int((failures.front() + hourMs - now + 999) / 1000);
}

void LoginThrottle::failed(const QString &login)
{
    m_failures[login.toLower()].push_back(m_now());
}

void LoginThrottle::succeeded(const QString &login)
{
    m_failures.remove(login.toLower());
}

} // namespace Frontline::Sandbox
