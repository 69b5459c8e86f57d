// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/liveagentclient.h"
#include "fakenetworkaccessmanager.h"

#include <QSignalSpy>

#include <chrono>
#include <memory>

namespace Frontline::Test {

/// A LiveAgentClient on a FakeNetworkAccessManager, with request budgets on a time source
/// the test moves by hand and retry delays of a millisecond, so nothing sleeps.
class ApiClientFixture
{
public:
    static constexpr auto Key = "v3-secret-key-0123456789";
    static constexpr auto V1Key = "v1-secret-key-9876543210";

    explicit ApiClientFixture(const QString &server = QStringLiteral("https://acme.ladesk.com"));

    static RetryPolicy fastRetries();

    /// Waits for the job to finish and hands it over (auto-delete off). A job still running
    /// after 10 s is aborted, so the test fails on its assertions instead of crashing.
    template<typename Job>
    std::unique_ptr<Job> finish(Job *job)
    {
        job->setAutoDelete(false);
        if (job->state() == ApiJob::State::Running) {
            QSignalSpy spy(job, &ApiJob::finished);
            if (!spy.wait(10000))
                job->abort();
        }
        return std::unique_ptr<Job>(job);
    }

    /// Moves the budgets' time and lets them grant what has become due.
    void advance(std::chrono::milliseconds by);

    std::chrono::milliseconds now{0};
    FakeNetworkAccessManager network;
    RequestBudget budget;
    RequestBudget v1Budget;
    LiveAgentClient client;
};

} // namespace Frontline::Test
