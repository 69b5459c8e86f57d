// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notifier.h"
#include "uisettings.h"

#include "sync/ticketevent.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Frontline {

class Store;

/// Turns ticket events (SyncEngine::ticketEvents, SlaWatcher::ticketEvents) into desktop
/// notifications: drops the kinds the agent switched off and, while paused, all but SLA
/// breaches (a setting); coalesces a burst into one notification per kind and department
/// ("5 new tickets in Billing"); hands them to the Notifier; a click opens the ticket.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    NotificationCenter(Notifier &notifier, const Store &store, QObject *parent = nullptr);

    void setSettings(const UiSettings &settings);
    /// The agent is on a break (PresenceController::intendedState() == Paused).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Events arriving within this window after the first are shown together (default 2 s).
    void setCoalesceWindow(std::chrono::milliseconds window);
    /// Whether an event would be shown now (settings and the paused rule).
    bool accepts(const TicketEvent &event) const;
    /// The notifications a burst of events makes, most urgent kind first (no filtering).
    QList<Notification> compose(const QList<TicketEvent> &events) const;

    void addEvents(const QList<Frontline::TicketEvent> &events);
    /// Shows what is waiting now instead of at the end of the window.
    void flush();

Q_SIGNALS:
    void openTicket(const QString &ticketId);

private:
    QString departmentName(const QString &departmentId) const;
    Notification single(const TicketEvent &e) const;
    Notification coalesced(const QList<TicketEvent> &group) const;

    Notifier &m_notifier;
    const Store &m_store;
    UiSettings m_settings;
    bool m_paused = false;
    QList<TicketEvent> m_waiting;
    QTimer m_window;
};

} // namespace Frontline
