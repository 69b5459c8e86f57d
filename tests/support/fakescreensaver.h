// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace Frontline::Test {

/// org.freedesktop.ScreenSaver on the test's private session bus, on a connection of its own:
/// locks and unlocks (ActiveChanged) and answers GetSessionIdleTime as the test says.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    FakeScreenSaver();
    ~FakeScreenSaver() override;

    bool start();
    void setActive(bool active); // sends ActiveChanged
    void setIdleSeconds(uint seconds) { m_idleSeconds = seconds; }
    int idleQueries() const { return m_idleQueries; }

public Q_SLOTS:
    bool GetActive();
    uint GetSessionIdleTime();

private:
    QDBusConnection m_bus;
    bool m_active = false;
    uint m_idleSeconds = 0;
    int m_idleQueries = 0;
};

} // namespace Frontline::Test
