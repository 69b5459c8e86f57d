// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ticketquery.h"

#include <QListView>

namespace Frontline {

class QueueModel;

/// The queues on the left, each with its count (shown as a badge; read by screen readers).
class QueueListView : public QListView
{
    Q_OBJECT

public:
    explicit QueueListView(QWidget *parent = nullptr);
    void setQueueModel(QueueModel *model);
    TicketQuery::Queue currentQueue() const;
    void selectQueue(TicketQuery::Queue queue);

Q_SIGNALS:
    void queueChanged(Frontline::TicketQuery::Queue queue);

protected:
    void changeEvent(QEvent *event) override;

private:
    QueueModel *m_model = nullptr;
};

} // namespace Frontline
