// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include "api/liveagentclient.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Frontline {

SyncStatusWidget::SyncStatusWidget(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_state = new QLabel(this);
    m_pending = new QToolButton(this);
    m_pending->setAutoRaise(true);
    m_rate = new QLabel(this);
    layout->addWidget(m_state);
    layout->addWidget(m_rate);
    layout->addStretch(1);
    layout->addWidget(m_pending);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatusWidget::pendingClicked);

    SyncEngine &sync = workspace.sync();
    connect(&sync, &SyncEngine::stateChanged, this, &SyncStatusWidget::refresh);
    connect(&sync, &SyncEngine::lastSuccessChanged, this, &SyncStatusWidget::refresh);
    connect(&workspace.store(), &Store::outboxChanged, this, &SyncStatusWidget::refresh);
    connect(&workspace.client(), &LiveAgentClient::rateLimitWaitChanged, this, [this](std::chrono::milliseconds wait) {
        m_rateWaitMs = wait.count();
        refresh();
    });
    m_tick.setInterval(30 * 1000); // "synced at" stays true; the pending count is live anyway
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick.start();
    refresh();
}

void SyncStatusWidget::refresh()
{
    const SyncEngine &sync = m_workspace.sync();
    const QLocale locale;
    QString state;
    switch (sync.state()) {
    case SyncEngine::State::Syncing:
        state = tr("Syncing…");
        break;
    case SyncEngine::State::Offline:
        //: Status bar while the server cannot be reached
        state = tr("Offline — your actions are kept and sent when the connection is back");
        break;
    case SyncEngine::State::Error:
        state = tr("Sync problem: %1").arg(sync.errorText());
        break;
    case SyncEngine::State::Idle:
        state = sync.lastSuccess().isValid()
                //: Status bar: the time of the last successful sync
                ? tr("Synced at %1").arg(locale.toString(sync.lastSuccess().toLocalTime().time(), QLocale::ShortFormat))
                : tr("Not synced yet");
        break;
    }
    m_state->setText(state);
    m_state->setToolTip(sync.errorText());

    int waiting = 0;
    int refused = 0;
    for (const OutboxEntry &e : m_workspace.store().outbox().all()) {
        if (e.state == OutboxEntry::State::Failed)
            ++refused;
        else
            ++waiting;
    }
    if (waiting + refused == 0) {
        m_pending->hide();
    } else {
        QString text = tr("%n action(s) waiting", nullptr, waiting);
        if (refused > 0)
            text = waiting > 0 ? tr("%1, %n refused", nullptr, refused).arg(text)
                               : tr("%n action(s) refused", nullptr, refused);
        m_pending->setText(text);
        m_pending->setToolTip(tr("Show the actions that are not on the server yet"));
        m_pending->setAccessibleName(text);
        m_pending->show();
    }
    m_rate->setVisible(m_rateWaitMs > 0);
    //: Requests are held back to stay under LiveAgent's request limit
    m_rate->setText(tr("Rate limit: waiting %n s", nullptr, int((m_rateWaitMs + 999) / 1000)));
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->isVisible() ? m_pending->text() : QString();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Frontline
