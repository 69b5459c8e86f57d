// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const auto kService = u"org.freedesktop.Notifications"_s;
const auto kPath = u"/org/freedesktop/Notifications"_s;
const auto kInterface = u"org.freedesktop.Notifications"_s;
const auto kDefaultAction = u"default"_s;

uchar urgencyByte(Notification::Urgency u)
{
    switch (u) {
    case Notification::Urgency::Low:
        return 0;
    case Notification::Urgency::Normal:
        return 1;
    case Notification::Urgency::Critical:
        return 2;
    }
    return 1;
}

} // namespace

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *fallback, QDBusConnection bus, QObject *parent)
    : Notifier(parent)
    , m_bus(std::move(bus))
    , m_fallback(fallback)
{
    if (m_fallback) {
        connect(m_fallback, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_fallbackTicket.isEmpty())
                Q_EMIT activated(m_fallbackTicket);
        });
    }
    if (!m_bus.isConnected()) {
        qCInfo(lcUi) << "no D-Bus session: notifications go to the tray icon";
        return;
    }
    QDBusConnectionInterface *daemon = m_bus.interface();
    // Notification daemons are often started on demand: an activatable name counts as there.
    m_hasService = daemon->isServiceRegistered(kService).value()
            || daemon->activatableServiceNames().value().contains(kService);
    m_watcher = new QDBusServiceWatcher(
            kService, m_bus, QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration,
            this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        m_hasService = true;
        readCapabilities();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_hasService = m_bus.interface()->activatableServiceNames().value().contains(kService);
        m_tickets.clear();
    });
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    if (m_hasService)
        readCapabilities();
}

void DesktopNotifier::readCapabilities()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (!reply.isError())
            m_bodyMarkup = reply.value().contains(u"body-markup"_s);
    });
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::desktopEntry()
{
    return u"io.frontline.Frontline"_s;
}

void DesktopNotifier::notify(const Notification &n)
{
    if (!m_hasService) {
        showFallback(n);
        return;
    }
    QStringList actions;
    if (!n.ticketId.isEmpty()) {
        //: Notification button: open the ticket this notification is about
        actions << kDefaultAction << tr("Open ticket");
    }
    const QVariantMap hints{
            {u"desktop-entry"_s, desktopEntry()},
            {u"urgency"_s, QVariant::fromValue(urgencyByte(n.urgency))},
    };
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    // Servers that support body markup read the body as a subset of HTML: a subject with
    // "<" or "&" must stay text. Others show the body as it is.
    call << QCoreApplication::applicationName() << uint(0) << desktopEntry() << n.summary
         << (m_bodyMarkup ? n.body.toHtmlEscaped() : n.body) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, n] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcUi) << "notification service failed:" << reply.error().name();
            showFallback(n);
            return;
        }
        if (!n.ticketId.isEmpty())
            m_tickets.insert(reply.value(), n.ticketId);
    });
}

void DesktopNotifier::showFallback(const Notification &n)
{
    if (!m_fallback || !m_fallback->isVisible())
        return;
    m_fallbackTicket = n.ticketId;
    const auto icon =
            n.urgency == Notification::Urgency::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
    m_fallback->showMessage(n.summary, n.body, icon);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Another application's notifications share the signal: only our own ids are known here.
    const auto it = m_tickets.constFind(id);
    if (it == m_tickets.cend() || actionKey != kDefaultAction)
        return;
    Q_EMIT activated(*it);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_tickets.remove(id);
}

} // namespace Frontline
