// SPDX-License-Identifier: GPL-3.0-or-later
#include "slatext.h"

#include "slacatalog.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace Frontline {

QString SlaText::duration(std::chrono::seconds span, const QLocale &locale)
{
    const qint64 minutes = std::max<qint64>(0, span.count()) / 60;
    if (minutes < 1)
        //: Less than one minute of SLA time
        return tr("< 1 min");
    if (minutes < 60)
        //: Minutes of SLA time, abbreviated
        return tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        if (minutes % 60 == 0)
            //: Hours of SLA time, abbreviated (Danish: "%1 t")
            return tr("%1 h").arg(locale.toString(hours));
        //: Hours and minutes of SLA time, abbreviated (Danish: "%1 t %2 min")
        return tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes % 60));
    }
    const qint64 days = hours / 24;
    if (hours % 24 == 0)
        //: Days of SLA time (24 hours each), abbreviated
        return tr("%1 d").arg(locale.toString(days));
    //: Days and hours of SLA time, abbreviated
    return tr("%1 d %2 h").arg(locale.toString(days), locale.toString(hours % 24));
}

QString SlaText::when(const QDateTime &instant, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = today.daysTo(local.date());
    if (days == 0)
        return time;
    if (days > -7 && days < 7)
        //: A weekday and a time, e.g. "Mon 09:00"
        return tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    // Within the year the year is noise; the month's name keeps day and month apart in
    // every language ("18 Nov" rather than "11/18").
    const QString date = local.date().year() == today.year() ? locale.toString(local.date(), u"d MMM"_s)
                                                             : locale.toString(local.date(), QLocale::ShortFormat);
    //: A date and a time, e.g. "12 Dec 09:00"
    return tr("%1 %2").arg(date, time);
}

QString SlaText::reading(const SlaReading &r, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    switch (r.state) {
    case SlaState::Met:
        //: SLA target reached in time
        return tr("met");
    case SlaState::Breached:
        //: SLA deadline passed by this much business time
        return tr("overdue %1").arg(duration(r.overdue, locale));
    case SlaState::Paused:
        if (!r.resumesAt.isValid())
            //: SLA column: the clock stands still (outside business hours)
            return tr("paused");
        //: The SLA clock stands still outside business hours until this time
        return tr("paused until %1").arg(when(r.resumesAt, now, locale, zone));
    case SlaState::Postponed:
        if (!r.resumesAt.isValid() || r.resumesAt >= SlaCatalog::indefinitely())
            //: SLA column: the ticket is postponed without an end
            return tr("postponed");
        //: The ticket is postponed; the SLA clock waits until this time
        return tr("postponed until %1").arg(when(r.resumesAt, now, locale, zone));
    case SlaState::Running:
    case SlaState::Warning:
        if (!r.deadline.isValid() || r.remaining == std::chrono::seconds::max())
            //: No SLA deadline can be reached (no business hours ever)
            return tr("no deadline");
        return duration(r.remaining, locale);
    }
    return {};
}

QString SlaText::stateName(SlaState state)
{
    switch (state) {
    case SlaState::Running:
        //: SLA state
        return tr("On time");
    case SlaState::Warning:
        //: SLA state: little time left
        return tr("Due soon");
    case SlaState::Breached:
        //: SLA state
        return tr("Overdue");
    case SlaState::Paused:
        //: SLA state: outside business hours
        return tr("Paused");
    case SlaState::Met:
        //: SLA state
        return tr("Met");
    case SlaState::Postponed:
        //: SLA state: the ticket is postponed
        return tr("Postponed");
    }
    return {};
}

QString SlaText::targetName(SlaTarget target)
{
    switch (target) {
    case SlaTarget::FirstAnswer:
        return tr("First answer");
    case SlaTarget::NextAnswer:
        return tr("Next answer");
    case SlaTarget::Resolution:
        return tr("Resolution");
    case SlaTarget::FirstAssign:
        return tr("First assignment");
    }
    return {};
}

} // namespace Frontline
