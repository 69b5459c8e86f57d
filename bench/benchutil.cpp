// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <QTextStream>
#include <QTime>
#include <QTimer>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace Frontline::Bench {

double seconds(const std::function<void()> &f)
{
    const auto start = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double bestOf(int repeats, const std::function<void()> &f)
{
    double best = INFINITY;
    for (int i = 0; i < repeats; ++i)
        best = std::min(best, seconds(f));
    return best;
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = p / 100.0 * double(samples.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    const auto hi = static_cast<std::size_t>(std::ceil(rank));
    return samples[lo] + (samples[hi] - samples[lo]) * (rank - double(lo));
}

double peakRssMiB(qint64 pid)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray kib = line.mid(6).trimmed().split(' ').value(0);
            return kib.toDouble() / 1024.0;
        }
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    QFile stat(pid ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // After the name in parentheses: state is field 3, so utime (14) and stime (15) are the
    // 12th and 13th of the rest.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

bool report(const QString &name, double value, const QString &unit, double floor, double budget, bool lowerIsBetter)
{
    const bool ok = lowerIsBetter ? value <= budget : value >= budget;
    const double ratio = floor > 0 ? value / floor : 0;
    QTextStream(stdout) << name << ": " << QString::number(value, 'g', 4) << ' ' << unit << " (floor "
                        << QString::number(floor, 'g', 4) << ' ' << unit << ", x" << QString::number(ratio, 'f', 2)
                        << "; budget " << (lowerIsBetter ? "<= " : ">= ") << QString::number(budget, 'g', 4) << ' '
                        << unit << ": " << (ok ? "OK" : "OVER") << ")\n";
    return ok;
}

void note(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'g', 4) << ' ' << unit << '\n';
}

LoopRun runOnEventLoop(const std::function<void(std::function<void()> done)> &run)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    // BENCH_GAPS_MS=N: print every gap longer than N ms, with when it ended (to find its cause).
    const qint64 showGapsOver =
            qEnvironmentVariableIsSet("BENCH_GAPS_MS") ? qEnvironmentVariableIntValue("BENCH_GAPS_MS") * 1000000LL : -1;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (showGapsOver >= 0 && now - lastTick > showGapsOver)
            QTextStream(stderr) << "gap " << double(now - lastTick) / 1e6 << " ms, ended at " << double(now) / 1e6
                                << " ms, " << QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))
                                << " (QT_MESSAGE_PATTERN=\"%{time HH:mm:ss.zzz} ...\" lines up the logs)\n";
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    });
    clock.start();
    ticker.start();
    bool finished = false;
    run([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    const qint64 total = clock.nsecsElapsed();
    longestGap = std::max(longestGap, total - lastTick);
    return {double(total) / 1e9, double(longestGap) / 1e6};
}

} // namespace Frontline::Bench
