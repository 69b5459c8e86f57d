// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <chrono>
#include <optional>

namespace Frontline {

/// An open interval of one weekday in local time. `end` of 24:00 is stored as
/// `endsAtMidnight`; an end before the start runs past midnight into the next day.
struct LocalInterval
{
    QTime start;
    QTime end;
    bool endsAtMidnight = false;
    friend bool operator==(const LocalInterval &, const LocalInterval &) = default;
};

/// The business hours of an SLA level as configured: plain data, validated and compiled
/// into a BusinessCalendar by core/sla. A day without intervals is closed, so hours without
/// intervals on any day are never open; a level without business hours at all
/// (SlaLevel::businessHours empty) is 24/7 (contract section 11.2, docs/sla.md).
struct BusinessHours
{
    QByteArray timeZoneId; // IANA id, or a fixed offset such as "+01:00" (section 11.2)
    std::array<QList<LocalInterval>, 7> weekdays; // index 0 = Monday ... 6 = Sunday
    QList<QDate> holidays;
    friend bool operator==(const BusinessHours &, const BusinessHours &) = default;
};

/// Targets of an SLA level (`SlaValues`), in seconds (section 11.2); absent = no target.
struct SlaTargets
{
    std::optional<std::chrono::seconds> firstAnswer;
    std::optional<std::chrono::seconds> firstAssign;
    std::optional<std::chrono::seconds> firstResolve;
    std::optional<std::chrono::seconds> nextAnswer;
    std::optional<std::chrono::seconds> chatAnswer;
    std::optional<std::chrono::seconds> callAnswer;
    friend bool operator==(const SlaTargets &, const SlaTargets &) = default;
};

struct SlaLevel
{
    QString id;
    QString name;
    SlaTargets targets;
    std::optional<BusinessHours> businessHours; // absent: 24/7
    friend bool operator==(const SlaLevel &, const SlaLevel &) = default;
};

} // namespace Frontline
