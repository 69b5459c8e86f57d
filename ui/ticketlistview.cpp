// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlistview.h"

#include "sladelegate.h"

#include "logging.h"
#include "models/slatext.h"
#include "models/ticketlistmodel.h"
#include "models/tickettext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Frontline {

TicketListView::TicketListView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setSortingEnabled(false); // the sort menu orders through the cache's indexes
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Fixed row heights: 100,000 rows cost nothing to lay out.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    setItemDelegateForColumn(TicketListModel::SlaColumn, new SlaDelegate(this));
    setAccessibleName(tr("Tickets"));

    // Right-click on the header: choose the columns (subject and SLA always stay).
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_model)
            return;
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (column == TicketListModel::SubjectColumn || column == TicketListModel::SlaColumn)
                continue;
            QAction *a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!horizontalHeader()->isSectionHidden(column));
            connect(a, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
        }
        menu.exec(horizontalHeader()->mapToGlobal(pos));
    });

    m_slaTimer.setInterval(1000);
    connect(&m_slaTimer, &QTimer::timeout, this, &TicketListView::refreshVisibleSla);
    m_slaTimer.start();
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            Q_EMIT ticketActivated(m_model->ticketIdAt(index.row()));
    });
}

void TicketListView::setTicketModel(TicketListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (!model)
        return;
    // Keep the agent's place when rows come and go.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_rememberedId = currentTicketId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_rememberedId.isEmpty() && !selectTicket(m_rememberedId)) {
            m_emittedId.clear();
            Q_EMIT currentTicketChanged(QString());
        }
    });
    QHeaderView *h = horizontalHeader();
    h->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    // Sized for the usual content so the subject keeps most of the room and the SLA
    // countdown is never scrolled away; the agent's own widths are restored over these.
    const QFontMetrics fm(font());
    h->setMinimumSectionSize(fm.horizontalAdvance(u'M') * 4);
    h->resizeSection(TicketListModel::CustomerColumn, fm.horizontalAdvance(u"Anne-Marie Poulsen"_s));
    h->resizeSection(TicketListModel::DepartmentColumn, fm.horizontalAdvance(u"First line MM"_s));
    fitTextColumns();
}

void TicketListView::fitTextColumns()
{
    // The widths the words of the UI language need ("overskredet 20 t 59 min" is longer than
    // "overdue 20 h 59 min"); a column is widened to them, never narrowed below the agent's
    // own width.
    const QFontMetrics fm(font());
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    const QString margin = u"MM"_s;
    int status = 0;
    for (const auto letter : {u"N", u"C", u"A", u"T", u"P", u"R", u"I", u"L", u"X"})
        status = std::max(status, fm.horizontalAdvance(TicketText::status(QString::fromUtf16(letter)) + margin));
    const QDateTime lastWeek(now.date().addDays(-3), QTime(22, 22));
    const int activity =
            fm.horizontalAdvance(SlaText::when(lastWeek, now, locale, QTimeZone::systemTimeZone()) + margin);
    SlaReading overdue;
    overdue.state = SlaState::Breached;
    overdue.overdue = std::chrono::hours(20) + std::chrono::minutes(59);
    const int sla = fm.horizontalAdvance(SlaText::reading(overdue, now, locale, QTimeZone::systemTimeZone()) + margin)
            + 20; // the state icon
    QHeaderView *h = horizontalHeader();
    for (const auto &[column, width] :
         {std::pair{int(TicketListModel::CustomerColumn), 0}, std::pair{int(TicketListModel::DepartmentColumn), 0},
          std::pair{int(TicketListModel::StatusColumn), status},
          std::pair{int(TicketListModel::LastActivityColumn), activity},
          std::pair{int(TicketListModel::SlaColumn), sla}}) {
        const int needed = std::max(width, h->sectionSizeHint(column)); // and the header's own words
        if (h->sectionSize(column) < needed)
            h->resizeSection(column, needed);
    }
}

void TicketListView::reset()
{
    QTableView::reset();
    // An explicit "no current row": otherwise QAbstractItemView makes the first row current
    // when the list gets the focus, which opens a ticket the agent did not choose (and loads
    // its conversation before the window's first paint). j, k and the arrows start at the top.
    setCurrentIndex(QModelIndex());
}

QString TicketListView::currentTicketId() const
{
    const QModelIndex current = currentIndex();
    return m_model && current.isValid() ? m_model->ticketIdAt(current.row()) : QString();
}

bool TicketListView::selectTicket(const QString &ticketId)
{
    if (!m_model || ticketId.isEmpty())
        return false;
    const int row = m_model->rowOf(ticketId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, TicketListModel::SubjectColumn);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

std::pair<int, int> TicketListView::visibleRows() const
{
    if (!m_model || m_model->rowCount() == 0)
        return {0, -1};
    const int first = std::max(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    return {first, last};
}

void TicketListView::refreshVisibleSla()
{
    if (!m_model || !isVisible())
        return;
    const auto [first, last] = visibleRows();
    m_model->refreshSla(first, last);
}

void TicketListView::moveBy(int rows)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int row = std::clamp(currentIndex().row() + rows, 0, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row, TicketListModel::SubjectColumn);
    setCurrentIndex(index);
    scrollTo(index);
}

void TicketListView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_J:
            moveBy(1);
            return;
        case Qt::Key_K:
            moveBy(-1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_model && currentIndex().isValid())
                Q_EMIT ticketActivated(currentTicketId());
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void TicketListView::changeEvent(QEvent *event)
{
    // The model formats dates, times and durations with the locale it was given: after a
    // language switch, the new default locale (LanguageManager), and every text again.
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Tickets"));
        if (m_model) {
            m_model->setLocale(QLocale(), QTimeZone::systemTimeZone());
            fitTextColumns();
        }
    }
    QTableView::changeEvent(event);
}

void TicketListView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        Q_EMIT firstPainted();
    }
    // Start-up time is measured to this line (bench_ui, QT_LOGGING_RULES=frontline.ui.debug=true).
    if (!m_paintedRows && m_model && m_model->rowCount() > 0) {
        m_paintedRows = true;
        qCDebug(lcUi) << "ticket list first painted with" << m_model->rowCount() << "rows";
    }
}

void TicketListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    const QString id = currentTicketId();
    if (id != m_emittedId) {
        m_emittedId = id;
        Q_EMIT currentTicketChanged(id);
    }
}

} // namespace Frontline
