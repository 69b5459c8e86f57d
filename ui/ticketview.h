// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ticketrow.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTabWidget;
class QTableWidget;
class QToolBar;
class QSplitter;
class QVBoxLayout;

namespace Frontline {

class Composer;
class SafeTextBrowser;
class Workspace;

/// The ticket on the right: who, what, where, every SLA target with its deadline and the
/// business time left, the conversation (remote content blocked), the hand-over history
/// (seed 004: who had it, when) and the composer.
class TicketView : public QWidget
{
    Q_OBJECT

public:
    TicketView(Workspace &workspace, QWidget *parent = nullptr);

    void showTicket(const QString &ticketId);
    const QString &ticketId() const { return m_ticketId; }
    std::optional<TicketRow> currentRow() const { return m_row; }
    /// The composer; the view's content (header, actions, conversation, history, composer) is
    /// built with the first ticket shown, or here when asked for before.
    Composer *composer();
    /// Whether a reply or note is being written (false before the first ticket: no composer yet).
    bool hasDraft() const;
    /// The ticket actions (take, transfer, resolve…) shown above the conversation.
    void setActions(const QList<QAction *> &actions);
    /// Asks the agent until when to postpone an SLA (handed to the composer when it is made).
    void setPostponeAsker(std::function<std::optional<QDateTime>()> ask);
    /// The conversation as shown (for tests).
    QString conversationText() const;
    int historyRows() const;
    QStringList slaLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Builds what is hidden until a ticket is open (~12 ms of widgets, toolbar and tabs that the
    /// start-up does not need to paint the list).
    void ensureContent();
    void retranslateContent();
    void reloadHeader();
    void reloadConversation();
    void reloadHistory();
    void refreshSla();
    void retranslate();

    Workspace &m_workspace;
    QString m_ticketId;
    std::optional<TicketRow> m_row;
    QDateTime m_lastSeenChange;

    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_tags = nullptr;
    QWidget *m_slaBox = nullptr;
    QVBoxLayout *m_slaLayout = nullptr;
    QList<QLabel *> m_slaLabels;
    QToolBar *m_toolbar = nullptr;
    QTabWidget *m_tabs = nullptr;
    SafeTextBrowser *m_conversation = nullptr;
    QLabel *m_blockedNotice = nullptr;
    QTableWidget *m_history = nullptr;
    Composer *m_composer = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_slaTimer;
    QList<QAction *> m_actions;
    std::function<std::optional<QDateTime>()> m_askPostpone;
};

} // namespace Frontline
