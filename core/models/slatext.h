// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sla/slaclock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <chrono>

namespace Frontline {

/// The words of the SLA column, the ticket view and the tray, in the UI language: durations
/// as each language writes them ("1 h 20 min", "1 t 20 min"), weekday names and times from
/// the locale ("paused until Mon 09:00").
class SlaText
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::SlaText)

public:
    /// A span of business time: "< 1 min", "45 min", "1 h 20 min", "3 d 2 h" (days of 24 h
    /// from 48 h on).
    static QString duration(std::chrono::seconds span, const QLocale &locale);
    /// An instant relative to now, in the agent's zone: "14:30", "Mon 09:00", "12 Dec 09:00".
    static QString when(const QDateTime &instant, const QDateTime &now, const QLocale &locale, const QTimeZone &zone);
    /// The column text: "1 h 20 min", "paused until Mon 09:00", "overdue 35 min", "met",
    /// "postponed until Tue 10:00".
    static QString reading(const SlaReading &reading, const QDateTime &now, const QLocale &locale,
                           const QTimeZone &zone);
    /// The state in words (the column never relies on colour alone).
    static QString stateName(SlaState state);
    static QString targetName(SlaTarget target);
};

} // namespace Frontline
