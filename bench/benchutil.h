// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <vector>

/// Small helpers shared by the benchmarks: timing, percentiles, peak RSS and one uniform
/// report line per figure, so docs/performance.md can quote them as printed.
namespace Frontline::Bench {

using Clock = std::chrono::steady_clock;

/// Seconds elapsed while running `f` once.
double seconds(const std::function<void()> &f);

/// The best (lowest) of `repeats` runs of `f`, in seconds: the least disturbed by the
/// other core's load.
double bestOf(int repeats, const std::function<void()> &f);

/// p-th percentile (0..100) of `samples` (sorted copy).
double percentile(std::vector<double> samples, double p);

/// Peak resident set size (VmHWM) so far of a process, in MiB; `pid` 0 is this process. -1
/// when it cannot be read.
double peakRssMiB(qint64 pid = 0);

/// CPU time (user + system, all threads) a process has used so far, in seconds; `pid` 0 is
/// this process. -1 when it cannot be read.
double cpuSeconds(qint64 pid = 0);

/// Prints: "<name>: <value> <unit> (floor <floor> <unit>, x<ratio>; budget <op> <budget> <unit>: OK|OVER)".
/// `lowerIsBetter` chooses whether the budget is a maximum or a minimum. Returns within budget.
bool report(const QString &name, double value, const QString &unit, double floor, double budget,
            bool lowerIsBetter = true);

/// Prints a figure that has no budget (context for the reader).
void note(const QString &name, double value, const QString &unit);

/// What runOnEventLoop() saw.
struct LoopRun
{
    double seconds = 0;
    double longestGapMs = 0; // between two ticks of a 1 ms timer: how long the loop was blocked
};

/// Runs `run(done)` on a local event loop until it calls done(), with a 1 ms precise timer
/// ticking on the same loop; returns the time taken and the longest gap between two ticks.
LoopRun runOnEventLoop(const std::function<void(std::function<void()> done)> &run);

} // namespace Frontline::Bench
