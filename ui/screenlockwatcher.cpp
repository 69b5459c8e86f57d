// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenlockwatcher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const auto kFdoService = u"org.freedesktop.ScreenSaver"_s;
const auto kFdoPath = u"/org/freedesktop/ScreenSaver"_s;
const auto kKdePath = u"/ScreenSaver"_s; // KDE's screensaver also answers here
const auto kGnomeService = u"org.gnome.ScreenSaver"_s;
const auto kGnomePath = u"/org/gnome/ScreenSaver"_s;
const auto kMutterService = u"org.gnome.Mutter.IdleMonitor"_s;
const auto kMutterPath = u"/org/gnome/Mutter/IdleMonitor/Core"_s;
const auto kLogindService = u"org.freedesktop.login1"_s;
const auto kLogindPath = u"/org/freedesktop/login1"_s;
const auto kLogindManager = u"org.freedesktop.login1.Manager"_s;
const auto kLogindSession = u"org.freedesktop.login1.Session"_s;

bool hasService(const QDBusConnection &bus, const QString &name)
{
    if (!bus.isConnected())
        return false;
    return bus.interface()->isServiceRegistered(name).value();
}

} // namespace

ScreenLockWatcher::ScreenLockWatcher(QDBusConnection session, QDBusConnection system, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_system(std::move(system))
{
    if (m_session.isConnected()) {
        // Matched by the well-known name: QtDBus follows its owner, so a screensaver that
        // starts after Frontline is heard too. Duplicates (KDE sends on two paths) are harmless:
        // only changes of the state are reported.
        m_session.connect(kFdoService, kFdoPath, kFdoService, u"ActiveChanged"_s, this, SLOT(onActiveChanged(bool)));
        m_session.connect(kFdoService, kKdePath, kFdoService, u"ActiveChanged"_s, this, SLOT(onActiveChanged(bool)));
        m_session.connect(kGnomeService, kGnomePath, kGnomeService, u"ActiveChanged"_s, this,
                          SLOT(onActiveChanged(bool)));
    }
    if (m_system.isConnected())
        findLogindSession();
    connect(&m_idleTimer, &QTimer::timeout, this, &ScreenLockWatcher::pollIdle);
}

ScreenLockWatcher::~ScreenLockWatcher() = default;

bool ScreenLockWatcher::isAvailable() const
{
    return !m_logindSession.isEmpty() || hasService(m_session, kFdoService) || hasService(m_session, kGnomeService);
}

void ScreenLockWatcher::findLogindSession()
{
    // "auto" is the caller's session, or the user's graphical one when the caller has none
    // (started by a user service).
    QDBusMessage call = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, u"GetSession"_s);
    call << u"auto"_s;
    auto *watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcUi) << "no logind session:" << reply.error().name();
            return;
        }
        m_logindSession = reply.value().path();
        m_system.connect(kLogindService, m_logindSession, kLogindSession, u"Lock"_s, this, SLOT(onLogindLock()));
        m_system.connect(kLogindService, m_logindSession, kLogindSession, u"Unlock"_s, this, SLOT(onLogindUnlock()));
    });
}

void ScreenLockWatcher::onActiveChanged(bool active)
{
    setLocked(active);
}

void ScreenLockWatcher::onLogindLock()
{
    setLocked(true);
}

void ScreenLockWatcher::onLogindUnlock()
{
    setLocked(false);
}

void ScreenLockWatcher::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    qCInfo(lcUi) << "screen" << (locked ? "locked" : "unlocked");
    if (locked)
        Q_EMIT this->locked();
    else
        Q_EMIT unlocked();
}

void ScreenLockWatcher::setIdlePolling(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(interval);
}

void ScreenLockWatcher::pollIdle()
{
    if (!m_session.isConnected() || m_idleSource == IdleSource::None)
        return;
    queryIdle(m_idleSource == IdleSource::Unknown ? IdleSource::Mutter : m_idleSource);
}

void ScreenLockWatcher::queryIdle(IdleSource source)
{
    QDBusMessage call = source == IdleSource::Mutter
            ? QDBusMessage::createMethodCall(kMutterService, kMutterPath, kMutterService, u"GetIdletime"_s)
            : QDBusMessage::createMethodCall(kFdoService, kFdoPath, kFdoService, u"GetSessionIdleTime"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_session.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, source] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
            if (m_idleSource != IdleSource::Unknown) // it worked before: a passing failure
                return;
            if (source == IdleSource::Mutter) {
                queryIdle(IdleSource::ScreenSaver);
            } else {
                qCInfo(lcUi) << "no idle-time service: auto-pause after idle minutes is unavailable";
                m_idleSource = IdleSource::None;
            }
            return;
        }
        m_idleSource = source;
        const qint64 value = reply.arguments().constFirst().toLongLong();
        // Mutter answers in milliseconds, the freedesktop screensaver in seconds.
        idleAnswer(source == IdleSource::Mutter ? value : value * 1000);
    });
}

void ScreenLockWatcher::idleAnswer(qint64 ms)
{
    const int minutes = int(std::max<qint64>(0, ms) / 60000);
    if (minutes == m_idleMinutes)
        return;
    m_idleMinutes = minutes;
    Q_EMIT idleFor(minutes);
}

} // namespace Frontline
