// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ticketrow.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QButtonGroup;

namespace Frontline {

class CannedPicker;
class CannedResponseModel;
struct CannedResponse;
class Workspace;

/// Writes replies and internal notes. Canned responses come from the keyboard (Ctrl+Space,
/// or "/" at the start of a line) with their placeholders filled in; Ctrl+Enter sends, then
/// the ticket is left answered, resolved or postponed. Drafts are saved per ticket as you
/// type. If the customer or a colleague wrote since you started, you are shown it before
/// anything is sent.
class Composer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Reply, Note };

    Composer(Workspace &workspace, QWidget *parent = nullptr);
    ~Composer() override;

    void setTicket(const QString &ticketId);
    /// The ticket row changed (status, owner…).
    void ticketChanged(const TicketRow &row);
    void startReply();
    void startNote();
    void openCannedPicker(const QString &filter = QString());
    /// Sends what is written. False when nothing was queued (empty, refused by the stale
    /// check, no v1 key, or the store could not save it — then the reason is shown).
    bool send();

    Mode mode() const { return m_mode; }
    QPlainTextEdit *editor() const { return m_editor; }
    /// The canned-response popup (made on first use).
    CannedPicker *cannedPicker();
    QString statusText() const;
    /// Asks the agent until when to postpone (the main window supplies the dialog).
    void setPostponeAsker(std::function<std::optional<QDateTime>()> ask) { m_askPostpone = std::move(ask); }
    /// Answers the stale-reply question without a dialog (tests); unset: a dialog asks.
    void setStaleReplyDecider(std::function<bool(const QString &newMessages)> decide)
    {
        m_decideStale = std::move(decide);
    }

Q_SIGNALS:
    void sent(const QString &ticketId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setMode(Mode mode);
    void saveDraft();
    void insertResponse(const CannedResponse &response);
    QDateTime latestForeignMessage() const;
    QString messagesSince(const QDateTime &since) const;
    void updateAvailability();
    void openInWebPanel();
    void showStatus(std::function<QString()> text, bool error = false);
    void updateStatus();
    void retranslate();

    Workspace &m_workspace;
    QString m_ticketId;
    std::optional<TicketRow> m_row;
    Mode m_mode = Mode::Reply;
    QDateTime m_baseline; // the newest message of others the agent had seen when they started
    bool m_loading = false;

    CannedResponseModel *m_cannedModel = nullptr; // with m_picker, on first use
    CannedPicker *m_picker = nullptr;
    QToolButton *m_replyButton;
    QToolButton *m_noteButton;
    QButtonGroup *m_modeGroup;
    QPlainTextEdit *m_editor;
    QComboBox *m_after;
    QPushButton *m_cannedButton;
    QPushButton *m_sendButton;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    bool m_statusError = false;
    QLabel *m_v1Banner;
    QPushButton *m_webPanelButton;
    QTimer m_draftTimer;
    std::function<std::optional<QDateTime>()> m_askPostpone;
    std::function<bool(const QString &)> m_decideStale;
};

} // namespace Frontline
