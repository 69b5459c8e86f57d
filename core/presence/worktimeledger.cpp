// SPDX-License-Identifier: GPL-3.0-or-later
#include "worktimeledger.h"

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

struct Clipped
{
    QDateTime start;
    QDateTime end;
    bool empty() const { return start >= end; }
    std::chrono::seconds length() const { return std::chrono::seconds(start.secsTo(end)); }
};

Clipped clip(const PresenceInterval &i, const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    const QDateTime end = i.end.isValid() ? i.end : now;
    return {std::max(i.start, from), std::min({end, to, std::max(now, i.start)})};
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString quoted = s;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

WorkTimeSummary WorkTimeLedger::summarize(const QList<PresenceInterval> &intervals, const QDateTime &from,
                                          const QDateTime &to, const QDateTime &now)
{
    WorkTimeSummary s;
    for (const PresenceInterval &i : intervals) {
        const Clipped c = clip(i, from, to, now);
        if (c.empty())
            continue;
        switch (i.state) {
        case PresenceState::Available:
        case PresenceState::Offline:
            s.working += c.length();
            if (i.state == PresenceState::Offline)
                s.offline += c.length();
            if (!s.firstActivity.isValid() || c.start < s.firstActivity)
                s.firstActivity = c.start;
            if (!s.lastActivity.isValid() || c.end > s.lastActivity)
                s.lastActivity = c.end;
            break;
        case PresenceState::Paused:
            s.paused += c.length();
            s.pausedByReason[i.reason] += c.length();
            ++s.pauseCount;
            break;
        case PresenceState::SignedOut:
            break;
        }
    }
    return s;
}

std::pair<QDateTime, QDateTime> WorkTimeLedger::dayBounds(const QDate &day, const QTimeZone &zone)
{
    const QDateTime start = QDateTime(day, QTime(0, 0), zone).toUTC();
    const QDateTime end = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    return {start, end};
}

std::pair<QDateTime, QDateTime> WorkTimeLedger::weekBounds(const QDate &day, const QTimeZone &zone)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {dayBounds(monday, zone).first, dayBounds(monday.addDays(7), zone).first};
}

QByteArray WorkTimeLedger::toCsv(const QList<PresenceInterval> &intervals, const QDateTime &from, const QDateTime &to,
                                 const QDateTime &now, const QTimeZone &zone)
{
    QString out = u"date,start,end,state,reason,seconds\r\n"_s;
    for (const PresenceInterval &i : intervals) {
        const Clipped c = clip(i, from, to, now);
        if (c.empty())
            continue;
        const QDateTime start = c.start.toTimeZone(zone);
        const QDateTime end = c.end.toTimeZone(zone);
        out += start.date().toString(Qt::ISODate) + u',' + start.toString(Qt::ISODate) + u','
                + end.toString(Qt::ISODate) + u',' + presenceStateName(i.state) + u',' + csvField(i.reason) + u','
                + QString::number(c.length().count()) + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace Frontline
