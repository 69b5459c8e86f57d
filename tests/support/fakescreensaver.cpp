// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakescreensaver.h"

#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace Frontline::Test {

namespace {

const auto kService = u"org.freedesktop.ScreenSaver"_s;
const auto kPath = u"/org/freedesktop/ScreenSaver"_s;

} // namespace

FakeScreenSaver::FakeScreenSaver()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-screensaver"_s))
{ }

FakeScreenSaver::~FakeScreenSaver()
{
    if (m_bus.isConnected()) {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
    }
    QDBusConnection::disconnectFromBus(u"fake-screensaver"_s);
}

bool FakeScreenSaver::start()
{
    return m_bus.isConnected() && m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)
            && m_bus.registerService(kService);
}

void FakeScreenSaver::setActive(bool active)
{
    m_active = active;
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, u"ActiveChanged"_s);
    signal << active;
    m_bus.send(signal);
}

bool FakeScreenSaver::GetActive()
{
    return m_active;
}

uint FakeScreenSaver::GetSessionIdleTime()
{
    ++m_idleQueries;
    return m_idleSeconds;
}

} // namespace Frontline::Test
