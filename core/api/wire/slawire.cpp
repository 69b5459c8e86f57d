// SPDX-License-Identifier: GPL-3.0-or-later
// SLA levels on the wire: `Sla`, `SlaValues`, `SlaBusinessHours`, `DayInterval` (contract 11.2).
#include "jsonreader.h"
#include "wire.h"
#include "wiretime.h"

#include "sla/businesscalendar.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

namespace {

const std::array<QLatin1StringView, 7> kWeekdays = {"monday"_L1, "tuesday"_L1,  "wednesday"_L1, "thursday"_L1,
                                                    "friday"_L1, "saturday"_L1, "sunday"_L1};

struct TargetKey
{
    QLatin1StringView key;
    std::optional<std::chrono::seconds> SlaTargets::*field;
};

const std::array<TargetKey, 6> kTargets = {{
        {"first_answer"_L1, &SlaTargets::firstAnswer},
        {"first_assign"_L1, &SlaTargets::firstAssign},
        {"first_resolve"_L1, &SlaTargets::firstResolve},
        {"next_answer"_L1, &SlaTargets::nextAnswer},
        {"chat_answer"_L1, &SlaTargets::chatAnswer},
        {"call_answer"_L1, &SlaTargets::callAnswer},
}};

struct WireTimeOfDay
{
    QTime time;
    bool midnight = false; // "24:00"
};

bool isDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// "HH:MM" or "HH:MM:SS" (an hour of one digit is accepted); "24:00[:00]" only for an end.
std::optional<WireTimeOfDay> parseTimeOfDay(const QString &text, bool allowMidnight)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    std::array<int, 3> values = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool sizeOk = i == 0 ? (part.size() == 1 || part.size() == 2) : part.size() == 2;
        if (!sizeOk || !isDigits(part))
            return std::nullopt;
        values[std::size_t(i)] = part.toInt();
    }
    if (values[0] == 24 && values[1] == 0 && values[2] == 0) {
        if (!allowMidnight)
            return std::nullopt;
        return WireTimeOfDay{QTime(0, 0), true};
    }
    const QTime time(values[0], values[1], values[2]);
    if (!time.isValid())
        return std::nullopt;
    return WireTimeOfDay{time, false};
}

QString formatTimeOfDay(const QTime &time, bool midnight)
{
    if (midnight)
        return u"24:00"_s;
    return time.toString(time.second() == 0 ? u"HH:mm"_s : u"HH:mm:ss"_s);
}

QString timeProblem(const QString &text)
{
    return u"expected a time 'HH:MM' or 'HH:MM:SS', got '%1'"_s.arg(text.left(40));
}

// One DayInterval; an empty one ({"start": "", "end": ""}) is a closed day: std::nullopt.
Decoded<std::optional<LocalInterval>> decodeInterval(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    const QString start = r.string("start"_L1).trimmed();
    const QString end = r.string("end"_L1).trimmed();
    if (!r.ok())
        return r.error();
    if (start.isEmpty() && end.isEmpty())
        return std::optional<LocalInterval>();
    if (start.isEmpty())
        return DecodeError{r.fieldPath("start"_L1), u"required when an end is given"_s};
    if (end.isEmpty())
        return DecodeError{r.fieldPath("end"_L1), u"required when a start is given"_s};
    const std::optional<WireTimeOfDay> from = parseTimeOfDay(start, false);
    if (!from)
        return DecodeError{r.fieldPath("start"_L1), timeProblem(start)};
    const std::optional<WireTimeOfDay> to = parseTimeOfDay(end, true);
    if (!to)
        return DecodeError{r.fieldPath("end"_L1), timeProblem(end)};
    if (!to->midnight && to->time == from->time)
        return DecodeError{
                r.fieldPath("end"_L1),
                u"end equals start (%1): an interval must not be empty; write 00:00-24:00 for a whole day"_s.arg(
                        start)};
    return std::optional<LocalInterval>(LocalInterval{from->time, to->time, to->midnight});
}

// A day: missing or null is closed; one DayInterval, or (our extension for split shifts) an array.
Decoded<QList<LocalInterval>> decodeDay(const QJsonValue &value, const QString &path)
{
    QList<LocalInterval> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (value.isObject()) {
        auto one = decodeInterval(value.toObject(), path);
        if (!one)
            return one.error();
        if (*one)
            out.append(**one);
        return out;
    }
    if (!value.isArray())
        return DecodeError{path, u"expected a DayInterval object or an array of them"_s};
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + u"[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return DecodeError{itemPath, u"expected a DayInterval object"_s};
        auto one = decodeInterval(array.at(i).toObject(), itemPath);
        if (!one)
            return one.error();
        if (*one)
            out.append(**one);
    }
    return out;
}

// std::nullopt when the object configures nothing at all (no zone, no hours, no holidays): 24/7.
Decoded<std::optional<BusinessHours>> decodeBusinessHours(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    const QString zone = r.string("timezone"_L1).trimmed();
    const QStringList holidays = r.stringList("exclude_holidays"_L1);
    if (!r.ok())
        return r.error();

    BusinessHours hours;
    bool anyInterval = false;
    for (std::size_t w = 0; w < kWeekdays.size(); ++w) {
        auto day = decodeDay(o.value(kWeekdays[w]), r.fieldPath(kWeekdays[w]));
        if (!day)
            return day.error();
        anyInterval = anyInterval || !day->isEmpty();
        hours.weekdays[w] = std::move(day).value();
    }
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const std::optional<QDate> date = WireTime::parseDate(holidays.at(i));
        if (!date)
            return DecodeError{r.fieldPath("exclude_holidays"_L1) + u"[%1]"_s.arg(i),
                               u"expected a date 'YYYY-MM-DD', got '%1'"_s.arg(holidays.at(i).left(40))};
        hours.holidays.append(*date);
    }

    if (zone.isEmpty()) {
        if (!anyInterval && hours.holidays.isEmpty())
            return std::optional<BusinessHours>();
        return DecodeError{r.fieldPath("timezone"_L1), u"required when business hours are given"_s};
    }
    hours.timeZoneId = zone.toUtf8();
    if (!BusinessCalendar::timeZoneFromId(hours.timeZoneId))
        return DecodeError{
                r.fieldPath("timezone"_L1),
                u"unknown time zone '%1' (expected an IANA id or an offset like +01:00)"_s.arg(zone.left(64))};
    return std::optional<BusinessHours>(std::move(hours));
}

Decoded<SlaTargets> decodeTargets(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    SlaTargets targets;
    for (const TargetKey &t : kTargets) {
        const std::optional<qint64> value = r.optionalInteger(t.key);
        if (value && *value < 0)
            r.fail(t.key, u"a target must not be negative"_s);
        else if (value && *value > 0) // 0 is "no target", never "due at once" (docs/sla.md)
            targets.*t.field = std::chrono::seconds(*value);
    }
    if (!r.ok())
        return r.error();
    return targets;
}

QJsonObject encodeInterval(const LocalInterval &iv)
{
    return QJsonObject{{"start"_L1, formatTimeOfDay(iv.start, false)},
                       {"end"_L1, formatTimeOfDay(iv.end, iv.endsAtMidnight)}};
}

QJsonObject encodeBusinessHours(const BusinessHours &hours)
{
    QJsonObject o{{"timezone"_L1, QString::fromUtf8(hours.timeZoneId)}};
    for (std::size_t w = 0; w < kWeekdays.size(); ++w) {
        const QList<LocalInterval> &day = hours.weekdays[w];
        if (day.size() == 1) {
            o.insert(kWeekdays[w], encodeInterval(day.first()));
        } else if (day.size() > 1) {
            QJsonArray intervals;
            for (const LocalInterval &iv : day)
                intervals.append(encodeInterval(iv));
            o.insert(kWeekdays[w], intervals);
        }
    }
    QJsonArray holidays;
    for (const QDate &date : hours.holidays)
        holidays.append(WireTime::formatDate(date));
    o.insert("exclude_holidays"_L1, holidays);
    return o;
}

} // namespace

Decoded<SlaLevel> decodeSlaLevel(const QJsonObject &o, const QString &path)
{
    JsonReader r(o, path);
    SlaLevel level;
    level.id = r.string("id"_L1, true);
    level.name = r.string("name"_L1);
    const QJsonObject values = r.object("values"_L1);
    const QJsonObject hoursObject = r.object("business_hours"_L1);
    if (!r.ok())
        return r.error();

    auto targets = decodeTargets(values, r.fieldPath("values"_L1));
    if (!targets)
        return targets.error();
    level.targets = *targets;

    if (r.has("business_hours"_L1)) {
        auto hours = decodeBusinessHours(hoursObject, r.fieldPath("business_hours"_L1));
        if (!hours)
            return hours.error();
        level.businessHours = std::move(hours).value();
    }
    return level;
}

QJsonObject encodeSlaLevel(const SlaLevel &level)
{
    QJsonObject values;
    for (const TargetKey &t : kTargets) {
        if (const auto &value = level.targets.*t.field)
            values.insert(t.key, qint64(value->count()));
    }
    QJsonObject o{{"id"_L1, level.id}, {"name"_L1, level.name}, {"values"_L1, values}};
    if (level.businessHours)
        o.insert("business_hours"_L1, encodeBusinessHours(*level.businessHours));
    return o;
}

} // namespace Frontline::Wire
