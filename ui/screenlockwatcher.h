// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Frontline {

/// Tells when the screen locks and unlocks and how long the session has been idle, for the
/// optional auto-pause: the freedesktop and GNOME screensavers' ActiveChanged on the session
/// bus, logind's Lock/Unlock on the system bus, and idle time from GNOME's Mutter IdleMonitor
/// or the freedesktop screensaver's GetSessionIdleTime. Where none of these exists (other
/// platforms, desktops without them) isAvailable() is false and nothing is ever reported.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QDBusConnection session = QDBusConnection::sessionBus(),
                               QDBusConnection system = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~ScreenLockWatcher() override;

    /// Something reports locking: a screensaver service on the session bus or a logind session.
    bool isAvailable() const;
    /// Something answers the idle-time question (known after the first poll).
    bool isIdleAvailable() const { return m_idleSource != IdleSource::None; }
    bool isLocked() const { return m_locked; }

    /// Polls the idle time every `interval` (0 stops; idle polling costs a D-Bus call each time).
    void setIdlePolling(std::chrono::milliseconds interval);
    /// Asks for the idle time now; idleFor() follows when the answer changes the minutes.
    void pollIdle();

Q_SIGNALS:
    void locked();
    void unlocked();
    /// The session has been idle this many whole minutes (0: active again). Sent when the
    /// number changes.
    void idleFor(int minutes);

private Q_SLOTS:
    // Connected by name: QDBusConnection::connect only takes SLOT() strings.
    void onActiveChanged(bool active);
    void onLogindLock();
    void onLogindUnlock();

private:
    enum class IdleSource { Unknown, Mutter, ScreenSaver, None };
    void setLocked(bool locked);
    void findLogindSession();
    void queryIdle(IdleSource source);
    void idleAnswer(qint64 ms);

    QDBusConnection m_session;
    QDBusConnection m_system;
    QString m_logindSession; // object path, empty until known
    bool m_locked = false;
    IdleSource m_idleSource = IdleSource::Unknown;
    int m_idleMinutes = 0;
    QTimer m_idleTimer;
};

} // namespace Frontline
