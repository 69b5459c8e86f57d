// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

namespace Frontline::Sandbox {

/// What goes wrong with one response (all off by default).
struct FaultPlan
{
    int delayMs = 0;
    int failStatus = 0; // 500, 502 or 503 instead of handling the request; 0: none
    bool drop = false; // the connection closes in the middle of the response
    bool truncate = false; // the JSON body is cut short (with a matching Content-Length)
};

/// Decides the faults of each request, deterministically for a given `--random-seed`:
/// every request draws the same number of random values, so one fault does not shift the
/// decisions of the next requests.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMs = 0;
        int jitterMs = 0;
        double failRate = 0;
        double dropRate = 0;
        double truncateRate = 0;
        quint32 randomSeed = 1;
    };

    explicit FaultInjector(const Settings &settings);

    FaultPlan next();

private:
    Settings m_settings;
    QRandomGenerator m_random;
};

} // namespace Frontline::Sandbox
