// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Frontline {

/// When and how often a job tries again. Transient failures (5xx, timeouts, network errors)
/// of idempotent requests are retried with exponential backoff and jitter, up to
/// `maxAttempts` attempts in all; a 429 is retried after its Retry-After for every method.
/// All delays are settable so tests run in milliseconds.
struct RetryPolicy
{
    int maxAttempts = 4; // first attempt included
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    double jitter = 0.3; // each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    int maxRateLimitRetries = 3;
    std::chrono::milliseconds defaultRetryAfter{10'000}; // a 429 without Retry-After
    std::chrono::milliseconds maxRetryAfter{5 * 60'000}; // longer waits fail instead of waiting

    /// The delay before retry number `retry` (1 for the first retry): baseDelay·2^(retry-1),
    /// capped at maxDelay, scaled by the jitter factor picked by `random01` ∈ [0, 1).
    std::chrono::milliseconds backoffDelay(int retry, double random01) const;

    /// A `Retry-After` value: delta-seconds, or an HTTP-date (IMF-fixdate, RFC 850 or asctime,
    /// as RFC 9110 lets a server send) counted from `now` (the response's `Date` when it has
    /// one, so that the two clocks need not agree). A date in the past gives zero.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// An HTTP-date, in any of the three forms above.
    static QDateTime parseHttpDate(const QByteArray &value);

    /// Never retry (the outbox uses it when it drives retries itself).
    static RetryPolicy none();

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace Frontline
