// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenotificationserver.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace Frontline::Test {

namespace {

const auto kService = u"org.freedesktop.Notifications"_s;
const auto kPath = u"/org/freedesktop/Notifications"_s;

} // namespace

FakeNotificationServer::FakeNotificationServer()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s))
{ }

FakeNotificationServer::~FakeNotificationServer()
{
    stop();
    QDBusConnection::disconnectFromBus(u"fake-notifications"_s);
}

bool FakeNotificationServer::start()
{
    return m_bus.isConnected() && m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)
            && m_bus.registerService(kService);
}

void FakeNotificationServer::stop()
{
    if (!m_bus.isConnected())
        return;
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
}

QStringList FakeNotificationServer::summaries() const
{
    QStringList out;
    for (const Call &c : m_calls)
        out << c.summary;
    return out;
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int expireTimeout)
{
    Q_UNUSED(replacesId)
    Q_UNUSED(expireTimeout)
    const uint id = ++m_nextId;
    m_calls.append(Call{id, appName, appIcon, summary, body, actions, hints});
    Q_EMIT notified();
    return id;
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return {u"actions"_s, u"body"_s, u"body-markup"_s};
}

void FakeNotificationServer::CloseNotification(uint id)
{
    Q_UNUSED(id)
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, u"ActionInvoked"_s);
    signal << id << actionKey;
    m_bus.send(signal);
}

} // namespace Frontline::Test
