// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxprocess.h"

#include "domain/clock.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Frontline {
class MainWindow;
class Workspace;
} // namespace Frontline

namespace Frontline::Test {

/// The main window on the demo help desk, as Application builds it for --demo: a sandbox with
/// the built-in demo seed, a Workspace for its agent, the first sync done and the first
/// ticket open, so the window shows queues, rows, a ticket, its SLA and the composer.
class DemoSession
{
public:
    DemoSession();
    ~DemoSession();
    DemoSession(const DemoSession &) = delete;
    DemoSession &operator=(const DemoSession &) = delete;

    /// Starts the sandbox and the workspace and opens the window; false with `error`.
    bool start(QString *error);
    /// A new main window (the old one goes), built in the language now in effect: the
    /// window as it starts in that language.
    bool rebuildWindow(QString *error);

    MainWindow *window() const { return m_window.get(); }
    Workspace &workspace() { return *m_workspace; }
    const Clock &clock() const { return m_clock; }

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Frontline::Test
