// SPDX-License-Identifier: GPL-3.0-or-later
// SLA time (issue 3): the state and remaining business time of 10,000 tickets at one instant
// (every second for the visible rows, every minute for the tray's "next breach"), and
// addBusinessTime for a 30-business-day target. Each figure is printed next to a floor measured
// in the same run: the same loop doing only plain wall-clock arithmetic.
#include "benchutil.h"

#include "sla/slaclock.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

#include <random>

using namespace Frontline;
using namespace std::chrono_literals;

namespace {

constexpr int kTickets = 10'000;
constexpr int kStarts = 10'000;

BusinessHours hours(const char *zone, const QList<LocalInterval> &day, const QList<int> &weekdays)
{
    BusinessHours h;
    h.timeZoneId = zone;
    for (const int w : weekdays)
        h.weekdays[std::size_t(w - 1)] = day;
    // A year and a half of public holidays, as a real level would carry.
    for (int year = 2026; year <= 2027; ++year) {
        for (const auto &[month, day] : {std::pair{1, 1},
                                         {4, 2},
                                         {4, 3},
                                         {4, 6},
                                         {5, 1},
                                         {5, 14},
                                         {5, 25},
                                         {6, 5},
                                         {12, 24},
                                         {12, 25},
                                         {12, 26},
                                         {12, 31}})
            h.holidays.append(QDate(year, month, day));
    }
    return h;
}

QList<BusinessCalendar> calendars()
{
    const LocalInterval nineToFive{QTime(9, 0), QTime(17, 0), false};
    const QList<BusinessHours> all = {
            hours("Europe/Copenhagen", {nineToFive}, {1, 2, 3, 4, 5}),
            hours("Europe/Oslo",
                  {LocalInterval{QTime(8, 0), QTime(12, 0), false}, LocalInterval{QTime(13, 0), QTime(17, 0), false}},
                  {1, 2, 3, 4, 5}),
            hours("Europe/Madrid", {LocalInterval{QTime(22, 0), QTime(6, 0), false}}, {1, 2, 3, 4, 5, 6, 7}),
            hours("Europe/Ljubljana", {nineToFive}, {1, 2, 3, 4, 5, 6}),
            hours("America/New_York", {LocalInterval{QTime(7, 0), QTime(0, 0), true}}, {1, 2, 3, 4, 5}),
    };
    QList<BusinessCalendar> out;
    for (const BusinessHours &h : all)
        out.append(*BusinessCalendar::fromHours(h));
    out.append(BusinessCalendar()); // 24/7
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::mt19937_64 rng(3);
    const auto uniform = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };

    const double compileSeconds = Bench::bestOf(5, [] { (void)calendars(); });
    Bench::note(QStringLiteral("compile 6 SLA calendars (zone offset tables 1970-2200)"), compileSeconds * 1e3,
                QStringLiteral("ms"));
    const QList<BusinessCalendar> cals = calendars();

    // 10,000 open tickets with server deadlines from 3 days overdue to 3 weeks ahead, a mix of
    // targets; some answered already, some postponed.
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 17, 3), Qt::UTC);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    struct Row
    {
        SlaClock clock;
        std::optional<QDateTime> metAt;
        std::optional<QDateTime> postponedUntil;
    };
    std::vector<Row> rows;
    rows.reserve(kTickets);
    for (int i = 0; i < kTickets; ++i) {
        const BusinessCalendar &cal = cals.at(int(uniform(0, cals.size() - 1)));
        const QDateTime deadline = QDateTime::fromMSecsSinceEpoch(
                nowMs + uniform(-3, 21) * 86'400'000LL + uniform(0, 86'399'999), Qt::UTC);
        const std::chrono::seconds target = std::chrono::hours(uniform(1, 48));
        Row row{SlaClock(cal, deadline, target), std::nullopt, std::nullopt};
        const qint64 kind = uniform(0, 19);
        if (kind == 0)
            row.metAt = now.addSecs(-uniform(60, 86'400));
        else if (kind == 1)
            row.postponedUntil = now.addSecs(uniform(60, 3 * 86'400));
        rows.push_back(std::move(row));
    }

    volatile qint64 sink = 0;
    qint64 states[6] = {};
    const double readAll = Bench::bestOf(30, [&] {
        qint64 sum = 0;
        for (const Row &row : rows) {
            const SlaReading r = row.clock.read(now, row.metAt, row.postponedUntil);
            sum += r.remaining.count() + r.overdue.count() + int(r.state);
        }
        sink = sum;
    });
    for (const Row &row : rows)
        ++states[int(row.clock.read(now, row.metAt, row.postponedUntil).state)];
    // Floor: the same loop with wall-clock arithmetic only (deadline minus now, a threshold).
    const double readFloor = Bench::bestOf(30, [&] {
        qint64 sum = 0;
        for (const Row &row : rows) {
            SlaReading r;
            r.deadline = row.clock.deadline();
            const qint64 left = now.msecsTo(r.deadline);
            r.remaining = std::chrono::seconds(std::max<qint64>(0, left) / 1000);
            r.overdue = std::chrono::seconds(std::max<qint64>(0, -left) / 1000);
            r.state = left <= 0 ? SlaState::Breached : SlaState::Running;
            sum += r.remaining.count() + r.overdue.count() + int(r.state);
        }
        sink = sum;
    });
    QTextStream(stdout) << "tickets by state: Running " << states[0] << ", Paused " << states[1] << ", Warning "
                        << states[2] << ", Breached " << states[3] << ", Met " << states[4] << ", Postponed "
                        << states[5] << '\n';
    bool ok = Bench::report(QStringLiteral("read() state + remaining business time, 10,000 tickets"), readAll * 1e3,
                            QStringLiteral("ms"), readFloor * 1e3, 5.0);

    // addBusinessTime for a 30-business-day target (240 h of Mon-Fri 09-17, holidays, DST).
    const BusinessCalendar &office = cals.front();
    std::vector<QDateTime> starts;
    starts.reserve(kStarts);
    for (int i = 0; i < kStarts; ++i)
        starts.push_back(QDateTime::fromMSecsSinceEpoch(nowMs + uniform(0, 180LL * 86'400'000LL), Qt::UTC));
    const double addAll = Bench::bestOf(5, [&] {
        qint64 sum = 0;
        for (const QDateTime &start : starts)
            sum += office.addBusinessTime(start, 240h)->toMSecsSinceEpoch();
        sink = sum;
    });
    const double addFloor = Bench::bestOf(5, [&] {
        qint64 sum = 0;
        for (const QDateTime &start : starts)
            sum += start.addSecs(240 * 3600).toMSecsSinceEpoch();
        sink = sum;
    });
    ok = Bench::report(QStringLiteral("addBusinessTime, 30-business-day target (per call)"), addAll / kStarts * 1e6,
                       QStringLiteral("us"), addFloor / kStarts * 1e6, 20.0)
            && ok;

    // Context: the inverse over the same span, as the client computes remaining time.
    std::vector<QDateTime> ends;
    ends.reserve(kStarts);
    for (const QDateTime &start : starts)
        ends.push_back(*office.addBusinessTime(start, 240h));
    const double betweenAll = Bench::bestOf(5, [&] {
        qint64 sum = 0;
        for (int i = 0; i < kStarts; ++i)
            sum += office.businessTimeBetween(starts[std::size_t(i)], ends[std::size_t(i)]).count();
        sink = sum;
    });
    Bench::note(QStringLiteral("businessTimeBetween over 30 business days (per call)"), betweenAll / kStarts * 1e6,
                QStringLiteral("us"));
    Q_UNUSED(sink);
    return ok ? 0 : 1;
}
