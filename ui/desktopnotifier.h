// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QPointer>

class QDBusServiceWatcher;
class QSystemTrayIcon;

namespace Frontline {

/// Notifications through the freedesktop service (org.freedesktop.Notifications over D-Bus):
/// clicking one ("default" action) opens its ticket, an SLA breach is critical. Without the
/// service (or when a call fails) the tray icon's balloon shows it instead.
class DesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    /// `fallback` may be null (then nothing is shown without the service).
    explicit DesktopNotifier(QSystemTrayIcon *fallback, QDBusConnection bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const Notification &notification) override;
    /// The freedesktop service is there (running or startable on demand).
    bool hasService() const { return m_hasService; }
    /// The service reads the body as markup (its capabilities say so): the body is escaped.
    bool bodyIsMarkup() const { return m_bodyMarkup; }

    static QString desktopEntry(); // io.frontline.Frontline

private Q_SLOTS:
    // Connected by name: QDBusConnection::connect only takes SLOT() strings.
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    void showFallback(const Notification &n);
    void readCapabilities();

    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_fallback;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_hasService = false;
    bool m_bodyMarkup = false;
    QHash<uint, QString> m_tickets; // notification id -> ticket to open
    QString m_fallbackTicket; // the balloon shown last (there is only one)
};

} // namespace Frontline
