// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>
#include <QTimer>

namespace Frontline {

class TicketListModel;

/// The ticket list in the centre. Keeps the selected ticket when the list changes under it,
/// repaints only the visible SLA cells every second, and moves with j/k as well as the
/// arrows; Enter opens.
class TicketListView : public QTableView
{
    Q_OBJECT

public:
    explicit TicketListView(QWidget *parent = nullptr);

    void setTicketModel(TicketListModel *model);
    void reset() override;
    TicketListModel *ticketModel() const { return m_model; }
    QString currentTicketId() const;
    /// Selects a ticket by id (no-op when the list does not hold it).
    bool selectTicket(const QString &ticketId);
    /// The rows on screen (for tests and the refresh).
    std::pair<int, int> visibleRows() const;

Q_SIGNALS:
    void currentTicketChanged(const QString &ticketId);
    void ticketActivated(const QString &ticketId);
    /// The list was painted for the first time (with rows or without): the window is on
    /// screen, so what the start-up put off can begin.
    void firstPainted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void fitTextColumns();
    void refreshVisibleSla();
    void moveBy(int rows);

    TicketListModel *m_model = nullptr;
    QTimer m_slaTimer;
    QString m_rememberedId;
    QString m_emittedId;
    bool m_paintedRows = false;
    bool m_painted = false;
};

} // namespace Frontline
