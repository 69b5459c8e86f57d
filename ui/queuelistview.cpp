// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuelistview.h"

#include "models/queuemodel.h"

#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace Frontline {

namespace {

/// Name on the left, count on the right.
class QueueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QVariant n = index.data(QueueModel::CountRole); // invalid until counted
        const QString count = n.isValid() ? QLocale().toString(n.toInt()) : QString();
        QStyledItemDelegate::paint(painter, opt, index);
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        QFont f = opt.font;
        f.setBold(index.data(QueueModel::QueueRole).toInt() == int(TicketQuery::Queue::Overdue)
                  && index.data(QueueModel::CountRole).toInt() > 0);
        painter->setFont(f);
        painter->drawText(opt.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 14));
        return s;
    }
};

} // namespace

QueueListView::QueueListView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new QueueDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Queues"));
    setMinimumWidth(170);
}

void QueueListView::setQueueModel(QueueModel *model)
{
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT queueChanged(m_model->queueAt(current.row()));
    });
}

void QueueListView::changeEvent(QEvent *event)
{
    // The queue names come from the model, translated when asked: ask again.
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Queues"));
        doItemsLayout();
    }
    QListView::changeEvent(event);
}

TicketQuery::Queue QueueListView::currentQueue() const
{
    return m_model ? m_model->queueAt(currentIndex().row()) : TicketQuery::Queue::Mine;
}

void QueueListView::selectQueue(TicketQuery::Queue queue)
{
    if (m_model)
        setCurrentIndex(m_model->index(m_model->rowOf(queue)));
}

} // namespace Frontline
