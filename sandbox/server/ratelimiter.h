// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace Frontline::Sandbox {

/// LiveAgent's request budget: at most N requests per API key in any 60 seconds of wall
/// time (the sandbox's accelerated clock does not make clients faster). Beyond it the
/// request is refused and the caller answers 429 with Retry-After.
class RateLimiter
{
public:
    /// `perMinute` 0 disables the limit; `monotonicMs` is the time source (tests inject one).
    explicit RateLimiter(int perMinute, std::function<qint64()> monotonicMs = {});

    /// Counts one request for `key`: 0 when allowed, else the seconds until one is.
    int acquire(const QString &key);
    int perMinute() const { return m_perMinute; }

private:
    int m_perMinute;
    std::function<qint64()> m_now;
    QHash<QString, std::deque<qint64>> m_recent;
};

} // namespace Frontline::Sandbox
