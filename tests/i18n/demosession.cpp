// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosession.h"

#include "mainwindow.h"
#include "ticketlistview.h"
#include "workspacesession.h"

#include "account/profile.h"
#include "models/ticketlistmodel.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Frontline::Test {

namespace {

constexpr int kWait = 60000;

} // namespace

DemoSession::DemoSession()
    : m_sandbox({u"--rate-limit"_s, u"0"_s})
{ }

DemoSession::~DemoSession()
{
    m_window.reset();
    if (m_workspace)
        m_workspace->shutdown();
    m_workspace.reset();
    m_sandbox.stop();
}

bool DemoSession::start(QString *error)
{
    if (!m_sandbox.start()) {
        *error = m_sandbox.errorString();
        return false;
    }
    const AccountSettings account = DemoAgent::lars().account(m_sandbox.baseUrl(), m_sandbox.certificateFile());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"frontline.ini"_s), QSettings::IniFormat);
    m_workspace = std::make_unique<Workspace>(Profile::inDirectory(m_dir.path()), account,
                                              QString::fromLatin1(SandboxProcess::demoV3Key),
                                              QString::fromLatin1(SandboxProcess::demoV1Key), &m_network, m_clock);
    if (StoreError e = m_workspace->open(); e.isError()) {
        *error = e.humanMessage();
        return false;
    }
    QSignalSpy synced(&m_workspace->sync(), &SyncEngine::initialSyncFinished);
    m_workspace->start();
    if (!synced.wait(kWait)) {
        *error = u"the first sync did not finish: "_s + m_workspace->sync().errorText();
        return false;
    }
    return rebuildWindow(error);
}

bool DemoSession::rebuildWindow(QString *error)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings);
    m_window->setDemo(true);
    m_window->resize(1400, 860);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = u"the main window was not shown"_s;
        return false;
    }
    TicketListView *list = m_window->ticketListView();
    if (!QTest::qWaitFor([list] { return list->model() && list->model()->rowCount() > 0; }, kWait)) {
        *error = u"the ticket list stayed empty"_s;
        return false;
    }
    list->setCurrentIndex(list->model()->index(0, 0));
    QCoreApplication::processEvents();
    return true;
}

} // namespace Frontline::Test
