// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "composer.h"
#include "presencebutton.h"
#include "queuelistview.h"
#include "syncstatuswidget.h"
#include "ticketlistview.h"
#include "ticketview.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/pendingactionsdialog.h"
#include "dialogs/postponedialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/transferdialog.h"

#include "domain/clock.h"
#include "models/queuemodel.h"
#include "models/ticketlistmodel.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"
#include "sync/workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

constexpr std::array kSorts{TicketQuery::Sort::SlaDue,       TicketQuery::Sort::OldestFirst,
                            TicketQuery::Sort::NewestFirst,  TicketQuery::Sort::LastActivity,
                            TicketQuery::Sort::EasiestFirst, TicketQuery::Sort::VipFirst};

QString sortName(TicketQuery::Sort sort)
{
    switch (sort) {
    case TicketQuery::Sort::SlaDue:
        //: Sort order: the nearest SLA deadline first
        return MainWindow::tr("SLA due");
    case TicketQuery::Sort::OldestFirst:
        //: Sort order: first in, first out
        return MainWindow::tr("Oldest first (FIFO)");
    case TicketQuery::Sort::NewestFirst:
        return MainWindow::tr("Newest first");
    case TicketQuery::Sort::LastActivity:
        return MainWindow::tr("Last activity");
    case TicketQuery::Sort::EasiestFirst:
        //: Sort order: tickets with the fewest and shortest messages first
        return MainWindow::tr("Easiest first");
    case TicketQuery::Sort::VipFirst:
        return MainWindow::tr("VIP first");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Workspace &workspace, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_queueModel(new QueueModel(workspace.store(), workspace.clock(), this))
    , m_listModel(new TicketListModel(workspace.store(), workspace.clock(), workspace.slaCatalog(), this))
{
    setObjectName(u"MainWindow"_s);
    m_queues = new QueueListView(this);
    m_queues->setQueueModel(m_queueModel);
    m_list = new TicketListView(this);
    m_list->setTicketModel(m_listModel);
    m_ticketView = new TicketView(workspace, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_queues);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_ticketView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_status = new SyncStatusWidget(workspace, this);
    statusBar()->addWidget(m_status, 1);
    m_presence = new PresenceButton(workspace.presence(), workspace.clock(), this);

    m_search = new QLineEdit(this);
    // The clear button shows only over text: it is added with the first text (its theme icon
    // lookup costs ~8 ms of start-up).
    connect(
            m_search, &QLineEdit::textChanged, this, [this] { m_search->setClearButtonEnabled(true); },
            Qt::SingleShotConnection);
    m_search->setMinimumWidth(220);
    m_search->installEventFilter(this);
    m_sort = new QComboBox(this);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyQuery();
        m_list->setFocus();
        if (m_listModel->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_listModel->index(0, 0));
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MainWindow::applyQuery);

    createActions();
    createToolBar();
    createMenus();
    retranslate();

    connect(m_queues, &QueueListView::queueChanged, this, &MainWindow::applyQuery);
    connect(m_list, &TicketListView::currentTicketChanged, this, [this](const QString &id) {
        // A search or a queue switch that hides the open ticket must not take away a reply
        // being written: the ticket stays open until another one is chosen.
        if (id.isEmpty() && m_ticketView->hasDraft())
            return;
        m_ticketView->showTicket(id);
        updateTicketActions();
    });
    connect(m_list, &TicketListView::ticketActivated, this, [this](const QString &id) {
        openTicket(id);
        m_ticketView->composer()->startReply();
    });
    connect(&workspace.store(), &Store::ticketsChanged, this, &MainWindow::updateTicketActions);
    connect(&workspace.sync(), &SyncEngine::slaLevelsChanged, m_listModel, &TicketListModel::slaCatalogChanged);
    auto scope = [this] {
        m_queueModel->setScope(m_workspace.me().id, m_workspace.sync().myDepartmentIds());
        applyQuery();
    };
    connect(&workspace.sync(), &SyncEngine::lastSuccessChanged, this, scope);
    connect(m_presence, &PresenceButton::problem, this, &MainWindow::showProblem);
    connect(m_status, &SyncStatusWidget::pendingClicked, this, &MainWindow::showPendingActions);
    m_ticketView->setPostponeAsker([this]() -> std::optional<QDateTime> {
        PostponeDialog dialog(m_workspace.clock(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.until();
    });

    restoreState();
    m_queueModel->setScope(m_workspace.me().id, m_workspace.sync().myDepartmentIds());
    applyQuery();
    updateTicketActions();
    m_list->setFocus(); // j/k work from the first moment
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> list = m_actions.values();
    list.append(m_presence->toggleAction());
    std::sort(list.begin(), list.end(), [](QAction *a, QAction *b) { return a->objectName() < b->objectName(); });
    return list;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work wherever the focus is in the window
        m_actions.insert(name, a);
        return a;
    };
    make(u"syncNow"_s, QKeySequence(Qt::Key_F5), [this] { m_workspace.sync().syncNow(); });
    make(u"settings"_s, QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { Q_EMIT settingsRequested(); });
    make(u"signOut"_s, QKeySequence(), [this] { Q_EMIT signOutRequested(); });
    make(u"workTime"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] { Q_EMIT workTimeRequested(); });
    make(u"quit"_s, QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { Q_EMIT quitRequested(); });
    make(u"search"_s, QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    make(u"focusList"_s, QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_list->setFocus(); });
    make(u"reply"_s, QKeySequence(Qt::Key_R), [this] { m_ticketView->composer()->startReply(); });
    make(u"note"_s, QKeySequence(Qt::Key_N), [this] { m_ticketView->composer()->startNote(); });
    make(u"take"_s, QKeySequence(Qt::Key_T), &MainWindow::take);
    make(u"transfer"_s, QKeySequence(Qt::CTRL | Qt::Key_T), [this] { transfer(false); });
    make(u"assign"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { transfer(true); });
    make(u"resolve"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { setStatus(u"R"_s); });
    make(u"answered"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { setStatus(u"A"_s); });
    make(u"reopen"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { setStatus(u"C"_s); });
    make(u"postpone"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &MainWindow::postpone);
    make(u"pending"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), &MainWindow::showPendingActions);
    make(u"shortcuts"_s, QKeySequence(Qt::Key_F1), &MainWindow::showShortcuts);
    make(u"about"_s, QKeySequence(), &MainWindow::showAbout);
    for (int i = 0; i < QueueModel::kQueueCount; ++i) {
        make(u"queue%1"_s.arg(i + 1), QKeySequence(Qt::ALT | Qt::Key(int(Qt::Key_1) + i)),
             [this, i] { selectQueue(m_queueModel->queueAt(i)); });
    }
}

void MainWindow::createToolBar()
{
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->addWidget(m_presence);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions.value(u"syncNow"_s));
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_search);
    m_toolbar->addWidget(m_sort);
    m_ticketView->setActions({m_actions.value(u"take"_s), m_actions.value(u"transfer"_s), m_actions.value(u"assign"_s),
                              m_actions.value(u"resolve"_s), m_actions.value(u"postpone"_s)});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_actions.value(u"syncNow"_s), m_actions.value(u"pending"_s)});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_actions.value(u"settings"_s), m_actions.value(u"signOut"_s)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.value(u"quit"_s));

    m_ticketMenu = menuBar()->addMenu(QString());
    m_ticketMenu->addActions({m_actions.value(u"reply"_s), m_actions.value(u"note"_s)});
    m_ticketMenu->addSeparator();
    m_ticketMenu->addActions(
            {m_actions.value(u"take"_s), m_actions.value(u"assign"_s), m_actions.value(u"transfer"_s)});
    m_ticketMenu->addSeparator();
    m_ticketMenu->addActions({m_actions.value(u"answered"_s), m_actions.value(u"resolve"_s),
                              m_actions.value(u"postpone"_s), m_actions.value(u"reopen"_s)});
    m_ticketMenu->addSeparator();
    m_ticketMenu->addAction(m_presence->toggleAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_actions.value(u"search"_s), m_actions.value(u"focusList"_s)});
    m_viewMenu->addSeparator();
    for (int i = 0; i < QueueModel::kQueueCount; ++i)
        m_viewMenu->addAction(m_actions.value(u"queue%1"_s.arg(i + 1)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.value(u"workTime"_s));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_actions.value(u"shortcuts"_s), m_actions.value(u"about"_s)});
}

void MainWindow::retranslate()
{
    const QString me = m_workspace.me().name.isEmpty() ? m_workspace.me().email : m_workspace.me().name;
    //: Window title; %1 is the signed-in agent
    setWindowTitle((m_demo ? tr("Frontline — %1 (demo)") : tr("Frontline — %1")).arg(me));
    m_fileMenu->setTitle(tr("&File"));
    m_ticketMenu->setTitle(tr("&Ticket"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    auto text = [this](const QString &name, const QString &t) { m_actions.value(name)->setText(t); };
    text(u"syncNow"_s, tr("&Sync now"));
    text(u"settings"_s, tr("S&ettings…"));
    text(u"signOut"_s, tr("Sign &out"));
    text(u"quit"_s, tr("&Quit"));
    text(u"search"_s, tr("&Search tickets"));
    text(u"focusList"_s, tr("Ticket &list"));
    //: Menu: write a reply to the customer
    text(u"reply"_s, tr("&Reply"));
    text(u"note"_s, tr("Internal &note"));
    //: Take responsibility for an unassigned ticket
    text(u"take"_s, tr("&Take"));
    text(u"transfer"_s, tr("Trans&fer to department…"));
    text(u"assign"_s, tr("&Assign to agent…"));
    text(u"resolve"_s, tr("Re&solve"));
    text(u"answered"_s, tr("Mark ans&wered"));
    text(u"reopen"_s, tr("Re&open"));
    text(u"postpone"_s, tr("&Postpone…"));
    text(u"pending"_s, tr("&Pending actions…"));
    //: Menu: the agent's working time today and this week, pauses excluded
    text(u"workTime"_s, tr("&Working time…"));
    text(u"shortcuts"_s, tr("&Keyboard shortcuts"));
    text(u"about"_s, tr("&About Frontline"));
    for (int i = 0; i < QueueModel::kQueueCount; ++i)
        text(u"queue%1"_s.arg(i + 1), QueueModel::queueName(m_queueModel->queueAt(i)));
    m_search->setPlaceholderText(tr("Search tickets (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search tickets"));
    const int sort = std::max(m_sort->currentIndex(), 0);
    const QSignalBlocker block(m_sort);
    m_sort->clear();
    for (TicketQuery::Sort s : kSorts)
        m_sort->addItem(sortName(s), int(s));
    m_sort->setCurrentIndex(sort);
    m_sort->setAccessibleName(tr("Sort tickets"));
    m_sort->setToolTip(tr("Sort tickets"));
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ActivationChange)
        m_workspace.sync().setForeground(isActiveWindow());
    QMainWindow::changeEvent(event);
}

void MainWindow::applyQuery()
{
    TicketQuery q = m_queueModel->queryFor(m_queues->currentQueue());
    q.sort = TicketQuery::Sort(m_sort->currentData().toInt());
    q.search = m_search->text();
    m_listModel->setQuery(q);
    if (!m_list->currentIndex().isValid() && !m_ticketView->ticketId().isEmpty())
        m_list->selectTicket(m_ticketView->ticketId());
}

void MainWindow::selectQueue(TicketQuery::Queue queue)
{
    m_queues->selectQueue(queue);
    applyQuery();
}

void MainWindow::setSort(TicketQuery::Sort sort)
{
    m_sort->setCurrentIndex(m_sort->findData(int(sort)));
}

void MainWindow::openTicket(const QString &ticketId)
{
    if (!m_list->selectTicket(ticketId))
        m_ticketView->showTicket(ticketId);
}

void MainWindow::updateTicketActions()
{
    const auto row = m_ticketView->currentRow();
    const bool has = row.has_value();
    const bool active = has && isActiveStatus(row->statusKind());
    const QString me = m_workspace.me().id;
    m_actions.value(u"take"_s)->setEnabled(active && row->agentId != me);
    m_actions.value(u"transfer"_s)->setEnabled(active);
    m_actions.value(u"assign"_s)->setEnabled(active);
    m_actions.value(u"resolve"_s)->setEnabled(active);
    m_actions.value(u"answered"_s)->setEnabled(active && row->statusKind() != TicketStatus::Answered);
    m_actions.value(u"postpone"_s)->setEnabled(active);
    m_actions.value(u"reopen"_s)->setEnabled(has && !active);
    m_actions.value(u"reply"_s)->setEnabled(has);
    m_actions.value(u"note"_s)->setEnabled(has);
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    //: Title of the message shown when an action could not be stored
    QMessageBox::warning(this, tr("Not saved"), message);
}

void MainWindow::take()
{
    const QString id = m_ticketView->ticketId();
    if (id.isEmpty())
        return;
    if (StoreError e = m_workspace.actions().take(id); e.isError())
        showProblem(e.humanMessage());
}

void MainWindow::transfer(bool toAgent)
{
    const auto row = m_ticketView->currentRow();
    if (!row)
        return;
    TransferDialog dialog(m_workspace.store(), row->departmentId,
                          toAgent ? TransferDialog::Mode::Assign : TransferDialog::Mode::Transfer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreError e;
    if (toAgent && !dialog.agentId().isEmpty() && dialog.departmentId() == row->departmentId && dialog.note().isEmpty())
        e = m_workspace.actions().assign(row->id, dialog.agentId());
    else
        e = m_workspace.actions().transfer(row->id, dialog.departmentId(), dialog.agentId(), dialog.note());
    if (e.isError())
        showProblem(e.humanMessage());
}

void MainWindow::setStatus(const QString &letter)
{
    const QString id = m_ticketView->ticketId();
    if (id.isEmpty())
        return;
    if (StoreError e = m_workspace.actions().setStatus(id, letter); e.isError())
        showProblem(e.humanMessage());
}

void MainWindow::postpone()
{
    const QString id = m_ticketView->ticketId();
    if (id.isEmpty())
        return;
    PostponeDialog dialog(m_workspace.clock(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (StoreError e = m_workspace.actions().postpone(id, dialog.until()); e.isError())
        showProblem(e.humanMessage());
}

void MainWindow::showPendingActions()
{
    PendingActionsDialog dialog(m_workspace.store(), m_workspace.actions(), m_workspace.pusher(), m_workspace.sync(),
                                this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(allActions(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::saveState()
{
    m_settings.beginGroup(u"mainWindow"_s);
    m_settings.setValue(u"geometry"_s, saveGeometry());
    m_settings.setValue(u"state"_s, QMainWindow::saveState());
    m_settings.setValue(u"splitter"_s, m_splitter->saveState());
    m_settings.setValue(u"listHeader"_s, m_list->horizontalHeader()->saveState());
    m_settings.setValue(u"queue"_s, int(m_queues->currentQueue()));
    m_settings.setValue(u"sort"_s, m_sort->currentData().toInt());
    m_settings.endGroup();
    m_settings.sync();
}

void MainWindow::restoreState()
{
    m_settings.beginGroup(u"mainWindow"_s);
    if (!restoreGeometry(m_settings.value(u"geometry"_s).toByteArray()))
        resize(1400, 860);
    QMainWindow::restoreState(m_settings.value(u"state"_s).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({160, 700, 540});
    m_list->horizontalHeader()->restoreState(m_settings.value(u"listHeader"_s).toByteArray());
    const auto queue = TicketQuery::Queue(m_settings.value(u"queue"_s, int(TicketQuery::Queue::Mine)).toInt());
    const auto sort = TicketQuery::Sort(m_settings.value(u"sort"_s, int(TicketQuery::Sort::SlaDue)).toInt());
    m_settings.endGroup();
    m_queues->selectQueue(queue);
    setSort(sort);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::closeForQuit()
{
    m_quitting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_closeToTray && !m_quitting) {
        event->ignore();
        hide();
        Q_EMIT hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
    if (!m_quitting)
        Q_EMIT quitRequested();
}

} // namespace Frontline
