// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketevent.h"

#include "sla/slaclock.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Frontline {

class Clock;
class SlaCatalog;
class Store;

/// What the tray and the notifications need about the agent's own tickets.
struct MyWorkSummary
{
    int needsAnswer = 0; // mine, waiting for an answer from me
    int warning = 0; // mine with a deadline in the warning window
    int breached = 0; // mine past a deadline
    QString nextTicketId; // the most urgent running deadline of mine
    QString nextSubject;
    SlaReading nextReading;
    friend bool operator==(const MyWorkSummary &, const MyWorkSummary &) = default;
};

/// Watches the SLA clocks of the agent's tickets: reports when one enters its warning window
/// or breaches (once per ticket and target deadline), and keeps a summary for the tray.
/// Re-evaluates when the cache changes and on a timer (deadlines pass without any change).
class SlaWatcher : public QObject
{
    Q_OBJECT

public:
    SlaWatcher(Store &store, const SlaCatalog &catalog, const Clock &clock, QObject *parent = nullptr);

    void setMe(const QString &meId);
    /// Evaluates now (normally on the timer and after changes).
    void evaluate();
    const MyWorkSummary &summary() const { return m_summary; }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

Q_SIGNALS:
    void summaryChanged(const Frontline::MyWorkSummary &summary);
    void ticketEvents(const QList<Frontline::TicketEvent> &events);

private:
    Store &m_store;
    const SlaCatalog &m_catalog;
    const Clock &m_clock;
    QString m_meId;
    MyWorkSummary m_summary;
    // Per ticket: the deadline already reported as warning / breached (a new deadline re-arms).
    QHash<QString, QDateTime> m_warned;
    QHash<QString, QDateTime> m_breached;
    bool m_primed = false;
    QTimer m_timer;
    QTimer m_coalesce;
};

} // namespace Frontline
