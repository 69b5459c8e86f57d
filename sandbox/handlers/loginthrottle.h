// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace Frontline::Sandbox {

/// LiveAgent's login limit (contract section 4): 10 failed attempts per hour per login, the
/// counter reset by a successful login. Wall-clock time, like the request budget.
class LoginThrottle
{
public:
    explicit LoginThrottle(std::function<qint64()> monotonicMs = {});

    /// Seconds until `login` may try again; 0 when it may now.
    int blockedFor(const QString &login);
    void failed(const QString &login);
    void succeeded(const QString &login);

    static constexpr int maxFailures = 10;

private:
    void expire(std::deque<qint64> &failures, qint64 now) const;

    std::function<qint64()> m_now;
    QHash<QString, std::deque<qint64>> m_failures;
};

} // namespace Frontline::Sandbox
