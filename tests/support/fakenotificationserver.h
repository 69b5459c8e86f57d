// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

namespace Frontline::Test {

/// org.freedesktop.Notifications on the test's private session bus, on a connection of its
/// own (so calls really cross the bus): records every Notify and can click a notification.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        uint id = 0;
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    FakeNotificationServer();
    ~FakeNotificationServer() override;

    /// Takes the well-known name; false when the bus refused.
    bool start();
    void stop();
    const QList<Call> &calls() const { return m_calls; }
    QStringList summaries() const;
    void clear() { m_calls.clear(); }
    /// The agent clicks notification `id` (sends ActionInvoked).
    void invokeAction(uint id, const QString &actionKey);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);

Q_SIGNALS:
    void notified();

private:
    QDBusConnection m_bus;
    QList<Call> m_calls;
    uint m_nextId = 100;
};

} // namespace Frontline::Test
