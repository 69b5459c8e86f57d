// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ticketquery.h"

#include <QMainWindow>
#include <QTimer>

class QComboBox;
class QLineEdit;
class QSettings;
class QSplitter;

namespace Frontline {

class PresenceButton;
class QueueListView;
class QueueModel;
class SyncStatusWidget;
class TicketListModel;
class TicketListView;
class TicketView;
class Workspace;

/// The window an agent lives in: queues on the left, the ticket list in the centre, the
/// ticket and its composer on the right; presence, search and sort in the toolbar; sync
/// state and waiting actions in the status bar. Every action has a shortcut (F1 lists them).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueListView *queueView() const { return m_queues; }
    QueueModel *queueModel() const { return m_queueModel; }
    TicketListView *ticketListView() const { return m_list; }
    TicketListModel *ticketListModel() const { return m_listModel; }
    TicketView *ticketView() const { return m_ticketView; }
    SyncStatusWidget *syncStatus() const { return m_status; }
    PresenceButton *presenceButton() const { return m_presence; }
    QLineEdit *searchField() const { return m_search; }
    QList<QAction *> allActions() const;
    QAction *action(const QString &objectName) const;

    void selectQueue(TicketQuery::Queue queue);
    void setSort(TicketQuery::Sort sort);
    void openTicket(const QString &ticketId);
    /// Brings the window back from the tray or the taskbar and gives it the focus.
    void bringToFront();
    /// Closing the window hides it (Frontline keeps running in the tray) instead of quitting.
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    /// Closes for good (quitting): the tray setting does not apply.
    void closeForQuit();
    /// A sentence about a failed action, shown in the status bar and a message box.
    void showProblem(const QString &message);
    /// The window belongs to the demo help desk: the title says so, in every language.
    void setDemo(bool demo);

Q_SIGNALS:
    void settingsRequested();
    void workTimeRequested();
    /// The window was closed to the tray (not quit).
    void hiddenToTray();
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void applyQuery();
    void updateTicketActions();
    void retranslate();
    void saveState();
    void restoreState();

    void take();
    void transfer(bool toAgent);
    void setStatus(const QString &letter);
    void postpone();
    void showPendingActions();
    void showShortcuts();
    void showAbout();

    Workspace &m_workspace;
    QSettings &m_settings;
    QueueModel *m_queueModel;
    TicketListModel *m_listModel;
    QueueListView *m_queues;
    TicketListView *m_list;
    TicketView *m_ticketView;
    SyncStatusWidget *m_status;
    PresenceButton *m_presence;
    QSplitter *m_splitter;
    QLineEdit *m_search;
    QComboBox *m_sort;
    QTimer m_searchDelay;
    QHash<QString, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_ticketMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    bool m_closeToTray = false;
    bool m_quitting = false;
    bool m_demo = false;
};

} // namespace Frontline
