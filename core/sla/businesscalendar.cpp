// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesscalendar.h"

#include <algorithm>
#include <limits>
#include <ranges>
#include <vector>

using namespace Qt::StringLiterals;

// How it works (docs/sla.md has the reasoning): a UTC instant t maps to a *local* coordinate
// x = t + offset(t), milliseconds since 1970-01-01 00:00 local wall-clock time. Inside one stretch
// of constant UTC offset ("segment") that map is a shift, so the open time of a UTC range is the
// open time of a local range. Local open time is a weekly pattern minus holiday days, and its
// running total ("cumulative") is a closed formula: whole weeks times the weekly total, plus a
// binary search in the week, minus the holidays before x. Every query therefore costs a few
// binary searches per DST transition it crosses, whatever the length of the range.

namespace Frontline {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kDay = 86'400 * kSecond;
constexpr qint64 kWeek = 7 * kDay;
// 1970-01-01 was a Thursday; the week pattern starts on Monday 1970-01-05 00:00 local.
constexpr qint64 kWeekOrigin = 4 * kDay;
constexpr qint64 kJulianDayOfEpoch = 2'440'588;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr qint64 kEver = std::numeric_limits<qint64>::min();
// UTC offsets are tabulated for these years; outside them QTimeZone is asked each time.
constexpr int kTableFirstYear = 1970;
constexpr int kTableEndYear = 2200;
constexpr qint64 kMaxFixedOffset = qint64(14) * 3600;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 utcMsOf(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString weekdayName(int index)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return QString::fromLatin1(names[index]);
}

QString timeText(const QTime &t)
{
    return t.toString(t.second() == 0 && t.msec() == 0 ? u"HH:mm"_s : u"HH:mm:ss"_s);
}

bool isPlausibleZoneId(const QByteArray &id)
{
    // Keeps arbitrary text (paths, spaces) away from the zone backend, which maps ids to files.
    if (id.contains("..") || id.startsWith('/'))
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_'
                || c == '-' || c == '+' || c == ':';
    });
}

struct Span
{
    qint64 begin;
    qint64 end;
};

/// A stretch [begin, end) of UTC time with one UTC offset; begin/end may be kEver/kNever.
struct Segment
{
    qint64 begin;
    qint64 end;
    qint64 offset;
};

} // namespace

struct BusinessCalendar::Data
{
    QTimeZone zone;
    bool alwaysOpen = false;

    // UTC offsets: offsets[i] holds from starts[i] until starts[i + 1] (the last until tableEnd).
    bool fixedOffset = false;
    std::vector<qint64> starts;
    std::vector<qint64> offsets;
    qint64 tableBegin = 0;
    qint64 tableEnd = 0;

    // Open spans of the week, merged and sorted, in [0, kWeek] from Monday 00:00 local.
    std::vector<Span> week;
    std::vector<qint64> prefix; // open time before week[i]; prefix[week.size()] == weekTotal
    qint64 weekTotal = 0;

    // Holidays that remove open time, as local day numbers (days since 1970-01-01), sorted.
    std::vector<qint64> holidays;
    std::vector<qint64> holidayPrefix; // open time removed by holidays[0 .. i)

    void tabulateOffsets();
    Segment segmentAt(qint64 t) const;

    qint64 weekly(qint64 x) const;
    qint64 firstReaching(qint64 v) const;
    qint64 lastAtMost(qint64 v) const;
    qint64 cumulative(qint64 x) const;
    std::size_t spanAtOrAfter(qint64 r) const;
    bool patternOpen(qint64 x) const;
    qint64 patternNextOpen(qint64 x) const;
    qint64 patternRunEnd(qint64 x) const;
    bool isHoliday(qint64 day) const;
    bool openLocal(qint64 x) const { return patternOpen(x) && !isHoliday(floorDiv(x, kDay)); }
};

void BusinessCalendar::Data::tabulateOffsets()
{
    if (!zone.hasTransitions()) {
        fixedOffset = true;
        offsets = {qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))) * kSecond};
        return;
    }
    tableBegin = utcMsOf(kTableFirstYear);
    tableEnd = utcMsOf(kTableEndYear);
    // Walk backwards: Qt 6.4's nextTransition() loses its way where a zone file's explicit table
    // gives way to its recurring rule (around 2038 it reports a pseudo-transition on 19 January
    // and then none, so a whole year of DST went missing), while previousTransition() agrees with
    // offsetFromUtc() everywhere (checked for 24 zones, 1970-2199, every six hours).
    std::vector<std::pair<qint64, qint64>> found; // (instant, offset from then on), newest first
    QDateTime cursor = QDateTime::fromMSecsSinceEpoch(tableEnd, Qt::UTC);
    for (;;) {
        const QTimeZone::OffsetData tr = zone.previousTransition(cursor);
        if (!tr.atUtc.isValid())
            break;
        const qint64 at = tr.atUtc.toMSecsSinceEpoch();
        if (at <= tableBegin || at >= cursor.toMSecsSinceEpoch())
            break;
        found.emplace_back(at, qint64(tr.offsetFromUtc) * kSecond);
        cursor = tr.atUtc;
    }
    starts = {tableBegin};
    offsets = {qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(tableBegin, Qt::UTC))) * kSecond};
    for (const auto &[at, offset] : std::views::reverse(found)) {
        if (offset != offsets.back()) { // a change of name or DST flag alone changes nothing
            starts.push_back(at);
            offsets.push_back(offset);
        }
    }
}

Segment BusinessCalendar::Data::segmentAt(qint64 t) const
{
    if (fixedOffset)
        return {kEver, kNever, offsets.front()};
    if (t >= tableBegin && t < tableEnd) {
        const auto i = std::size_t(std::upper_bound(starts.begin(), starts.end(), t) - starts.begin()) - 1;
        return {starts[i], i + 1 < starts.size() ? starts[i + 1] : tableEnd, offsets[i]};
    }
    // Far past or far future: slow, but correct and never on a hot path.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    const qint64 offset = qint64(zone.offsetFromUtc(at)) * kSecond;
    const QTimeZone::OffsetData previous = zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData next = zone.nextTransition(at);
    qint64 begin = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : kEver;
    qint64 end = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : kNever;
    if (t < tableBegin)
        end = std::min(end, tableBegin);
    else
        begin = std::max(begin, tableEnd);
    return {begin, end, offset};
}

std::size_t BusinessCalendar::Data::spanAtOrAfter(qint64 r) const
{
    return std::size_t(std::partition_point(week.begin(), week.end(), [r](const Span &s) { return s.end <= r; })
                       - week.begin());
}

// Open time of the week pattern (holidays ignored) from the origin to local x; nondecreasing.
qint64 BusinessCalendar::Data::weekly(qint64 x) const
{
    const qint64 rel = x - kWeekOrigin;
    const qint64 q = floorDiv(rel, kWeek);
    const qint64 r = rel - q * kWeek;
    const std::size_t i = spanAtOrAfter(r);
    qint64 within = weekTotal;
    if (i < week.size())
        within = prefix[i] + std::max<qint64>(0, r - week[i].begin);
    return q * weekTotal + within;
}

// The smallest local x with weekly(x) >= v (weekTotal > 0).
qint64 BusinessCalendar::Data::firstReaching(qint64 v) const
{
    const qint64 q = ceilDiv(v, weekTotal) - 1;
    const qint64 rv = v - q * weekTotal; // in (0, weekTotal]
    const auto i = std::size_t(std::lower_bound(prefix.begin() + 1, prefix.end(), rv) - (prefix.begin() + 1));
    return kWeekOrigin + q * kWeek + week[i].begin + (rv - prefix[i]);
}

// The largest local x with weekly(x) <= v (weekTotal > 0).
qint64 BusinessCalendar::Data::lastAtMost(qint64 v) const
{
    const qint64 q = floorDiv(v, weekTotal);
    const qint64 rv = v - q * weekTotal; // in [0, weekTotal)
    const auto i = std::size_t(std::upper_bound(prefix.begin(), prefix.end() - 1, rv) - prefix.begin()) - 1;
    return kWeekOrigin + q * kWeek + week[i].begin + (rv - prefix[i]);
}

// Open time (holidays removed) from an arbitrary origin to local x; only differences matter.
qint64 BusinessCalendar::Data::cumulative(qint64 x) const
{
    const qint64 here = weekly(x);
    if (holidays.empty())
        return here;
    const qint64 day = floorDiv(x, kDay);
    const auto k = std::size_t(std::lower_bound(holidays.begin(), holidays.end(), day) - holidays.begin());
    qint64 removed = holidayPrefix[k];
    if (k < holidays.size() && holidays[k] == day)
        removed += here - weekly(day * kDay);
    return here - removed;
}

bool BusinessCalendar::Data::patternOpen(qint64 x) const
{
    const qint64 r = x - kWeekOrigin - floorDiv(x - kWeekOrigin, kWeek) * kWeek;
    const std::size_t i = spanAtOrAfter(r);
    return i < week.size() && week[i].begin <= r;
}

qint64 BusinessCalendar::Data::patternNextOpen(qint64 x) const
{
    const qint64 r = x - kWeekOrigin - floorDiv(x - kWeekOrigin, kWeek) * kWeek;
    const std::size_t i = spanAtOrAfter(r);
    if (i == week.size())
        return x - r + kWeek + week.front().begin;
    return week[i].begin <= r ? x : x - r + week[i].begin;
}

// The end of the open run of the pattern that contains x (x open); kNever for a full week.
qint64 BusinessCalendar::Data::patternRunEnd(qint64 x) const
{
    const qint64 r = x - kWeekOrigin - floorDiv(x - kWeekOrigin, kWeek) * kWeek;
    qint64 end = week[spanAtOrAfter(r)].end;
    if (end == kWeek && week.front().begin == 0) { // the run goes on into next Monday
        if (week.size() == 1)
            return kNever;
        end = kWeek + week.front().end;
    }
    return x - r + end;
}

bool BusinessCalendar::Data::isHoliday(qint64 day) const
{
    return std::binary_search(holidays.begin(), holidays.end(), day);
}

BusinessCalendar::BusinessCalendar() = default;

BusinessCalendar::BusinessCalendar(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{ }

std::optional<QTimeZone> BusinessCalendar::timeZoneFromId(const QByteArray &zoneId)
{
    const QByteArray id = zoneId.trimmed();
    if (id.isEmpty() || !isPlausibleZoneId(id))
        return std::nullopt;
    if (id.front() == '+' || id.front() == '-') {
        // "+01:00", "+0100" or "+01": a fixed offset (section 11.2).
        const QByteArray digits = id.size() == 6 && id.at(3) == ':' ? id.mid(1, 2) + id.mid(4) : id.mid(1);
        if ((digits.size() != 2 && digits.size() != 4)
            || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() == 4 ? digits.mid(2).toInt() : 0;
        const int seconds = hours * 3600 + minutes * 60;
        if (minutes >= 60 || seconds > kMaxFixedOffset)
            return std::nullopt;
        return QTimeZone(id.front() == '-' ? -seconds : seconds);
    }
    QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

Expected<BusinessCalendar, QString> BusinessCalendar::fromHours(const BusinessHours &hours)
{
    auto data = std::make_shared<Data>();
    if (hours.timeZoneId.trimmed().isEmpty())
        return u"no time zone given"_s;
    const std::optional<QTimeZone> zone = timeZoneFromId(hours.timeZoneId);
    if (!zone)
        return u"unknown time zone '%1'"_s.arg(QString::fromUtf8(hours.timeZoneId.left(64)));
    data->zone = *zone;

    std::vector<Span> raw;
    for (int w = 0; w < 7; ++w) {
        const QList<LocalInterval> &day = hours.weekdays[std::size_t(w)];
        for (qsizetype k = 0; k < day.size(); ++k) {
            const LocalInterval &iv = day.at(k);
            const QString where = u"%1[%2]"_s.arg(weekdayName(w)).arg(k);
            if (!iv.start.isValid())
                return u"%1: invalid start time"_s.arg(where);
            if (!iv.end.isValid())
                return u"%1: invalid end time"_s.arg(where);
            if (iv.endsAtMidnight && iv.end != QTime(0, 0))
                return u"%1: an end of 24:00 must be stored as 00:00, not %2"_s.arg(where, timeText(iv.end));
            const qint64 start = iv.start.msecsSinceStartOfDay();
            const qint64 end = iv.endsAtMidnight ? kDay : iv.end.msecsSinceStartOfDay();
            if (start == end)
                return u"%1: end equals start (%2); write 00:00-24:00 for a whole day"_s.arg(where, timeText(iv.start));
            const qint64 base = w * kDay;
            if (start < end) {
                raw.push_back({base + start, base + end});
            } else { // past midnight into the next day (Sunday into Monday)
                raw.push_back({base + start, base + kDay});
                const qint64 next = ((w + 1) % 7) * kDay;
                if (end > 0)
                    raw.push_back({next, next + end});
            }
        }
    }
    std::sort(raw.begin(), raw.end(), [](const Span &a, const Span &b) { return a.begin < b.begin; });
    for (const Span &s : raw) {
        if (!data->week.empty() && s.begin <= data->week.back().end)
            data->week.back().end = std::max(data->week.back().end, s.end);
        else
            data->week.push_back(s);
    }
    data->prefix.reserve(data->week.size() + 1);
    data->prefix.push_back(0);
    for (const Span &s : data->week)
        data->prefix.push_back(data->prefix.back() + (s.end - s.begin));
    data->weekTotal = data->prefix.back();

    std::vector<qint64> days;
    for (const QDate &date : hours.holidays) {
        if (!date.isValid())
            return u"invalid holiday date"_s;
        days.push_back(date.toJulianDay() - kJulianDayOfEpoch);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    data->holidayPrefix.push_back(0);
    for (const qint64 day : days) {
        const qint64 removed = data->weekTotal == 0 ? 0 : data->weekly((day + 1) * kDay) - data->weekly(day * kDay);
        if (removed == 0) // a holiday on a closed day changes nothing
            continue;
        data->holidays.push_back(day);
        data->holidayPrefix.push_back(data->holidayPrefix.back() + removed);
    }

    data->alwaysOpen = data->weekTotal == kWeek && data->holidays.empty();
    if (!data->alwaysOpen && data->weekTotal > 0)
        data->tabulateOffsets();
    return BusinessCalendar(std::move(data));
}

Expected<BusinessCalendar, QString> BusinessCalendar::fromLevel(const SlaLevel &level)
{
    if (!level.businessHours)
        return BusinessCalendar();
    return fromHours(*level.businessHours);
}

bool BusinessCalendar::isAlwaysOpen() const
{
    return !m_data || m_data->alwaysOpen;
}

bool BusinessCalendar::isNeverOpen() const
{
    return m_data && m_data->weekTotal == 0;
}

QTimeZone BusinessCalendar::timeZone() const
{
    return m_data ? m_data->zone : QTimeZone::utc();
}

bool BusinessCalendar::isOpenAt(qint64 t) const
{
    if (isAlwaysOpen())
        return true;
    if (isNeverOpen())
        return false;
    return m_data->openLocal(t + m_data->segmentAt(t).offset);
}

std::optional<qint64> BusinessCalendar::nextOpeningMs(qint64 t) const
{
    if (isAlwaysOpen())
        return t;
    if (isNeverOpen())
        return std::nullopt;
    const Data &d = *m_data;
    for (;;) {
        const Segment seg = d.segmentAt(t);
        const qint64 o = seg.offset;
        const qint64 xEnd = seg.end == kNever ? kNever : seg.end + o;
        qint64 x = t + o;
        while (x < xEnd) {
            const qint64 candidate = d.patternNextOpen(x);
            if (candidate >= xEnd)
                break;
            const qint64 day = floorDiv(candidate, kDay);
            if (!d.isHoliday(day))
                return candidate - o;
            x = (day + 1) * kDay;
        }
        if (seg.end == kNever)
            return std::nullopt; // unreachable: holidays are finite
        t = seg.end;
    }
}

std::optional<qint64> BusinessCalendar::nextClosingMs(qint64 t) const
{
    if (isAlwaysOpen())
        return std::nullopt;
    if (isNeverOpen())
        return t;
    const Data &d = *m_data;
    for (;;) {
        const Segment seg = d.segmentAt(t);
        const qint64 o = seg.offset;
        const qint64 x = t + o;
        if (!d.openLocal(x))
            return t;
        const qint64 xEnd = seg.end == kNever ? kNever : seg.end + o;
        const qint64 day = floorDiv(x, kDay);
        const auto next = std::upper_bound(d.holidays.begin(), d.holidays.end(), day);
        const qint64 holidayStart = next == d.holidays.end() ? kNever : *next * kDay;
        const qint64 close = std::min(d.patternRunEnd(x), holidayStart);
        if (close == kNever) // open all week and no holiday ahead: no change of offset matters
            return std::nullopt;
        if (close < xEnd)
            return close - o;
        t = seg.end; // the run reaches a change of offset: look again from there
    }
}

std::optional<qint64> BusinessCalendar::addBusinessMsecs(qint64 start, qint64 duration) const
{
    if (duration == 0 || isAlwaysOpen())
        return start + duration;
    if (isNeverOpen())
        return std::nullopt;
    const Data &d = *m_data;
    const auto hBegin = d.holidays.begin();
    const auto hEnd = d.holidays.end();
    qint64 t = start;
    if (duration > 0) {
        qint64 rest = duration;
        for (;;) {
            const Segment seg = d.segmentAt(t);
            const qint64 o = seg.offset;
            const qint64 xEnd = seg.end == kNever ? kNever : seg.end + o;
            qint64 x = t + o;
            while (x < xEnd) {
                const qint64 day = floorDiv(x, kDay);
                const auto h = std::lower_bound(hBegin, hEnd, day);
                if (h != hEnd && *h == day) {
                    x = (day + 1) * kDay;
                    continue;
                }
                const qint64 limit = std::min(xEnd, h == hEnd ? kNever : *h * kDay);
                const qint64 here = d.weekly(x);
                if (limit == kNever || rest <= d.weekly(limit) - here)
                    return d.firstReaching(here + rest) - o;
                rest -= d.weekly(limit) - here;
                x = limit;
            }
            t = seg.end;
        }
    }
    qint64 rest = -duration;
    for (;;) {
        const Segment seg = d.segmentAt(t - 1); // the stretch just before t
        const qint64 o = seg.offset;
        const qint64 xBegin = seg.begin == kEver ? kEver : seg.begin + o;
        qint64 x = t + o;
        while (x > xBegin) {
            const qint64 day = floorDiv(x - 1, kDay);
            const auto h = std::upper_bound(hBegin, hEnd, day);
            if (h != hBegin && *(h - 1) == day) {
                x = day * kDay;
                continue;
            }
            const qint64 limit = std::max(xBegin, h == hBegin ? kEver : (*(h - 1) + 1) * kDay);
            const qint64 here = d.weekly(x);
            if (limit == kEver || rest <= here - d.weekly(limit))
                return d.lastAtMost(here - rest) - o;
            rest -= here - d.weekly(limit);
            x = limit;
        }
        t = seg.begin;
    }
}

qint64 BusinessCalendar::businessMsecsBetween(qint64 a, qint64 b) const
{
    if (a > b)
        return -businessMsecsBetween(b, a);
    if (a == b || isNeverOpen())
        return 0;
    if (isAlwaysOpen())
        return b - a;
    const Data &d = *m_data;
    qint64 sum = 0;
    for (qint64 t = a; t < b;) {
        const Segment seg = d.segmentAt(t);
        const qint64 end = std::min(seg.end, b);
        sum += d.cumulative(end + seg.offset) - d.cumulative(t + seg.offset);
        t = end;
    }
    return sum;
}

bool BusinessCalendar::isOpen(const QDateTime &t) const
{
    return t.isValid() && isOpenAt(t.toMSecsSinceEpoch());
}

namespace {

std::optional<QDateTime> toInstant(std::optional<qint64> ms)
{
    if (!ms)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

} // namespace

std::optional<QDateTime> BusinessCalendar::nextOpening(const QDateTime &t) const
{
    if (!t.isValid())
        return std::nullopt;
    return toInstant(nextOpeningMs(t.toMSecsSinceEpoch()));
}

std::optional<QDateTime> BusinessCalendar::nextClosing(const QDateTime &t) const
{
    if (!t.isValid())
        return std::nullopt;
    return toInstant(nextClosingMs(t.toMSecsSinceEpoch()));
}

std::optional<QDateTime> BusinessCalendar::addBusinessTime(const QDateTime &start, std::chrono::seconds d) const
{
    if (!start.isValid())
        return std::nullopt;
    return toInstant(addBusinessMsecs(start.toMSecsSinceEpoch(), qint64(d.count()) * kSecond));
}

std::chrono::milliseconds BusinessCalendar::businessMsecsBetween(const QDateTime &a, const QDateTime &b) const
{
    if (!a.isValid() || !b.isValid())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(businessMsecsBetween(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch()));
}

std::chrono::seconds BusinessCalendar::businessTimeBetween(const QDateTime &a, const QDateTime &b) const
{
    return std::chrono::duration_cast<std::chrono::seconds>(businessMsecsBetween(a, b));
}

} // namespace Frontline
