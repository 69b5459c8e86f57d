// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Frontline {

class OutboxPusher;
class PendingActionsModel;
class Store;
class SyncEngine;
class TicketActions;

/// The actions waiting for the server (status bar › pending): each with its ticket, age, state
/// and the server's words, live. The agent retries one now, edits the text of a refused reply
/// or note and sends it again, or discards it (after confirming; the ticket is then re-read).
class PendingActionsDialog : public QDialog
{
    Q_OBJECT

public:
    PendingActionsDialog(Store &store, TicketActions &actions, OutboxPusher &pusher, SyncEngine &sync,
                         QWidget *parent = nullptr);

    PendingActionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelEditButton() const { return m_cancelEdit; }
    /// The outbox entry the agent selected, or 0.
    qint64 selectedId() const;
    void selectEntry(qint64 outboxId);
    bool isEditing() const { return m_editingId != 0; }

public Q_SLOTS:
    /// Esc while editing a text leaves the editor, not the dialog.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectionChanged();
    void updateButtons();
    void showDetails();
    void retry();
    void startEditing();
    void saveEdit();
    void stopEditing();
    void discard();
    void showProblem(const QString &message);

    Store &m_store;
    TicketActions &m_actions;
    OutboxPusher &m_pusher;
    SyncEngine &m_sync;
    PendingActionsModel *m_model;
    QLabel *m_intro;
    QLabel *m_listLabel;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_details;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    QPushButton *m_save;
    QPushButton *m_cancelEdit;
    QDialogButtonBox *m_buttons;
    qint64 m_editingId = 0;
};

} // namespace Frontline
