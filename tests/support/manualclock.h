// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

namespace Frontline::Test {

/// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Frontline::Test
