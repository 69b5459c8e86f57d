// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Frontline {

class Workspace;

/// The status bar: "Synced at 10:24" / "Syncing…" / offline or the error in words, the number
/// of actions waiting to be sent (click to see them), and the wait imposed by the rate limit.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(Workspace &workspace, QWidget *parent = nullptr);
    QString stateText() const;
    QString pendingText() const;

Q_SIGNALS:
    void pendingClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Workspace &m_workspace;
    QLabel *m_state;
    QToolButton *m_pending;
    QLabel *m_rate;
    qint64 m_rateWaitMs = 0;
    QTimer m_tick;
};

} // namespace Frontline
