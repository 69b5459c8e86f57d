// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <algorithm>

namespace Frontline::Sandbox {

FaultInjector::FaultInjector(const Settings &settings)
    : m_settings(settings)
    // A stream of its own, so that the simulator's draws never change the faults.
    , m_random(settings.randomSeed ^ 0x5eedfa17u)
{ }

FaultPlan FaultInjector::next()
{
    const double jitter = m_random.generateDouble();
    const double fail = m_random.generateDouble();
    const quint32 failKind = m_random.bounded(3u);
    const double drop = m_random.generateDouble();
    const double truncate = m_random.generateDouble();

    FaultPlan plan;
    const double spread = (jitter * 2 - 1) * m_settings.jitterMs;
    plan.delayMs = std::max(0, int(m_settings.latencyMs + spread));
    if (fail < m_settings.failRate) {
        static constexpr int statuses[] = {500, 502, 503};
        plan.failStatus = statuses[failKind];
        return plan;
    }
    plan.drop = drop < m_settings.dropRate;
    plan.truncate = !plan.drop && truncate < m_settings.truncateRate;
    return plan;
}

} // namespace Frontline::Sandbox
