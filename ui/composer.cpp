// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "cannedpicker.h"
#include "uitext.h"

#include "api/liveagentclient.h"
#include "domain/clock.h"
#include "models/cannedresponsemodel.h"
#include "models/languageguess.h"
#include "models/placeholders.h"
#include "store/store.h"
#include "sync/ticketactions.h"
#include "sync/workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

enum AfterSend { KeepAnswered, Resolve, Postpone };

bool isForeignGroup(const MessageGroup &g, const QString &meId)
{
    if (g.id.startsWith(u"local-") || g.userId == meId)
        return false;
    // System events (status changes, transfers) are not messages someone wrote.
    static const QStringList system{u"S"_s, u"T"_s, u"R"_s, u"J"_s, u"X"_s, u"B"_s, u"G"_s, u"L"_s, u"2"_s};
    return !system.contains(g.type);
}

QString uiLanguage()
{
    const QString name = QLocale().name();
    if (name.startsWith(u"nb") || name.startsWith(u"no") || name.startsWith(u"nn"))
        return u"nb"_s;
    return name.left(2);
}

} // namespace

Composer::Composer(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    m_v1Banner = new QLabel(this);
    m_v1Banner->setWordWrap(true);
    m_webPanelButton = new QPushButton(this);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_v1Banner, 1);
    bannerRow->addWidget(m_webPanelButton);
    layout->addLayout(bannerRow);

    auto *top = new QHBoxLayout;
    m_replyButton = new QToolButton(this);
    m_noteButton = new QToolButton(this);
    for (QToolButton *b : {m_replyButton, m_noteButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        top->addWidget(b);
    }
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    m_modeGroup->addButton(m_replyButton, int(Mode::Reply));
    m_modeGroup->addButton(m_noteButton, int(Mode::Note));
    m_replyButton->setChecked(true);
    top->addStretch(1);
    m_cannedButton = new QPushButton(this);
    top->addWidget(m_cannedButton);
    layout->addLayout(top);

    m_editor = new QPlainTextEdit(this);
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    layout->addWidget(m_editor, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_after = new QComboBox(this);
    bottom->addWidget(m_after);
    m_sendButton = new QPushButton(this);
    m_sendButton->setDefault(false);
    bottom->addWidget(m_sendButton);
    layout->addLayout(bottom);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(800);
    connect(&m_draftTimer, &QTimer::timeout, this, &Composer::saveDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (!m_baseline.isValid())
            m_baseline = latestForeignMessage();
        m_draftTimer.start();
    });
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    connect(m_cannedButton, &QPushButton::clicked, this, [this] { openCannedPicker(); });
    connect(m_webPanelButton, &QPushButton::clicked, this, &Composer::openInWebPanel);
    retranslate();
    setTicket(QString());
}

Composer::~Composer()
{
    saveDraft();
}

void Composer::retranslate()
{
    //: Composer mode: a reply the customer receives
    m_replyButton->setText(tr("&Reply"));
    //: Composer mode: an internal note only agents see
    m_noteButton->setText(tr("Internal &note"));
    m_cannedButton->setText(tr("Canned response…"));
    UiText::describe(m_cannedButton, tr("Insert a canned response"), tr("Insert a canned response (Ctrl+Space)"));
    m_sendButton->setText(tr("&Send"));
    UiText::describe(m_sendButton, tr("Send"), tr("Send (Ctrl+Enter)"));
    const int after = m_after->currentIndex();
    m_after->clear();
    //: After sending a reply: the ticket stays answered (waiting for the customer)
    m_after->addItem(tr("then leave answered"), KeepAnswered);
    //: After sending a reply: resolve the ticket
    m_after->addItem(tr("then resolve"), Resolve);
    //: After sending a reply: postpone the ticket until a chosen time
    m_after->addItem(tr("then postpone…"), Postpone);
    m_after->setCurrentIndex(std::max(after, 0));
    m_after->setAccessibleName(tr("After sending"));
    m_webPanelButton->setText(tr("Open in LiveAgent"));
    setMode(m_mode);
    updateAvailability();
    updateStatus();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::setMode(Mode mode)
{
    m_mode = mode;
    m_modeGroup->button(int(mode))->setChecked(true);
    const bool reply = mode == Mode::Reply;
    m_after->setVisible(reply);
    m_editor->setPlaceholderText(reply ? tr("Write a reply to the customer…")
                                       : tr("Write an internal note (only agents see it)…"));
    m_editor->setAccessibleName(reply ? tr("Reply") : tr("Internal note"));
    // A note looks different so it is never sent to a customer by mistake.
    QPalette p = palette();
    if (!reply)
        p.setColor(QPalette::Base, p.color(QPalette::Base).lightness() > 128 ? QColor(0xfff8dc) : QColor(0x3b3520));
    m_editor->setPalette(p);
    if (!m_loading)
        m_draftTimer.start();
}

void Composer::updateAvailability()
{
    const bool hasTicket = !m_ticketId.isEmpty();
    const bool canWrite = m_workspace.client().hasV1ApiKey();
    m_v1Banner->setText(tr("Replies and notes go through LiveAgent's API v1, and no v1 key was given. Add it in "
                           "Settings, or answer in the LiveAgent panel."));
    m_v1Banner->setVisible(hasTicket && !canWrite);
    m_webPanelButton->setVisible(hasTicket && !canWrite);
    m_sendButton->setEnabled(hasTicket && canWrite);
    m_editor->setEnabled(hasTicket);
    m_cannedButton->setEnabled(hasTicket);
}

void Composer::setTicket(const QString &ticketId)
{
    if (ticketId == m_ticketId && !ticketId.isEmpty())
        return;
    saveDraft();
    m_ticketId = ticketId;
    m_row = ticketId.isEmpty() ? std::nullopt : m_workspace.store().tickets().row(ticketId);
    m_baseline = QDateTime();
    m_loading = true;
    m_editor->clear();
    setMode(Mode::Reply);
    if (const auto draft = m_workspace.store().drafts().draft(ticketId)) {
        setMode(draft->mode == u"note" ? Mode::Note : Mode::Reply);
        m_editor->setPlainText(draft->body);
        m_baseline = latestForeignMessage();
        showStatus([] { return tr("Draft restored."); });
    } else {
        showStatus({});
    }
    m_loading = false;
    updateAvailability();
}

void Composer::ticketChanged(const TicketRow &row)
{
    if (row.id == m_ticketId)
        m_row = row;
}

void Composer::saveDraft()
{
    m_draftTimer.stop();
    if (m_ticketId.isEmpty())
        return;
    const Draft draft{m_ticketId, m_mode == Mode::Note ? u"note"_s : u"reply"_s, m_editor->toPlainText(),
                      m_workspace.clock().now()};
    if (StoreError e = m_workspace.store().drafts().save(draft); e.isError())
        showStatus([e] { return e.humanMessage(); }, true);
}

void Composer::startReply()
{
    setMode(Mode::Reply);
    m_editor->setFocus();
}

void Composer::startNote()
{
    setMode(Mode::Note);
    m_editor->setFocus();
}

CannedPicker *Composer::cannedPicker()
{
    // Made when first asked for: reading and indexing every canned response is not needed to
    // show the window.
    if (!m_picker) {
        m_cannedModel = new CannedResponseModel(&m_workspace.store(), this);
        m_picker = new CannedPicker(m_cannedModel, this);
        connect(m_picker, &CannedPicker::chosen, this, &Composer::insertResponse);
        connect(m_picker, &CannedPicker::dismissed, this, [this] { m_editor->setFocus(); });
    }
    return m_picker;
}

void Composer::openCannedPicker(const QString &filter)
{
    if (m_ticketId.isEmpty())
        return;
    QStringList languages{uiLanguage()};
    // Then the customer's language, read from what they wrote.
    for (const MessageGroup &g : m_workspace.store().tickets().conversation(m_ticketId)) {
        if (!isForeignGroup(g, m_workspace.me().id) || g.messages.isEmpty())
            continue;
        const QString lang = guessLanguage(g.messages.first().body);
        if (!lang.isEmpty() && !languages.contains(lang))
            languages << lang;
        break;
    }
    CannedPicker *picker = cannedPicker();
    m_cannedModel->setContext(m_row ? m_row->departmentId : QString(), m_workspace.me().id, languages);
    const QRect cursor = m_editor->cursorRect();
    picker->open(m_editor->viewport()->mapToGlobal(cursor.bottomLeft()), filter);
}

void Composer::insertResponse(const CannedResponse &response)
{
    PlaceholderContext ctx;
    if (m_row) {
        ctx.customerName = m_row->ownerName;
        ctx.customerEmail = m_row->ownerEmail;
        ctx.ticketCode = m_row->code;
        ctx.ticketSubject = m_row->subject;
        if (const auto d = m_workspace.store().reference().department(m_row->departmentId))
            ctx.departmentName = d->name;
    }
    ctx.agentName = m_workspace.me().name;
    QString text = response.html ? QTextDocumentFragment::fromHtml(response.text).toPlainText() : response.text;
    text = resolvePlaceholders(text, ctx);
    m_editor->insertPlainText(text);
    m_editor->setFocus();
}

QDateTime Composer::latestForeignMessage() const
{
    QDateTime latest;
    for (const MessageGroup &g : m_workspace.store().tickets().conversation(m_ticketId)) {
        if (isForeignGroup(g, m_workspace.me().id) && g.dateCreated.isValid()
            && (!latest.isValid() || g.dateCreated > latest))
            latest = g.dateCreated;
    }
    return latest;
}

QString Composer::messagesSince(const QDateTime &since) const
{
    QStringList parts;
    const QLocale locale;
    for (const MessageGroup &g : m_workspace.store().tickets().conversation(m_ticketId)) {
        if (!isForeignGroup(g, m_workspace.me().id) || !g.dateCreated.isValid()
            || (since.isValid() && g.dateCreated <= since))
            continue;
        QString body;
        for (const Message &m : g.messages) {
            if (m.type == u"M" || m.type == u"Y" || m.type == u"N" || m.type.isEmpty())
                body += (m.formatKind() == MessageFormat::Html ? QTextDocumentFragment::fromHtml(m.body).toPlainText()
                                                               : m.body)
                        + u'\n';
        }
        parts << u"%1 — %2\n%3"_s.arg(UiText::person(g.userFullName),
                                      locale.toString(g.dateCreated.toLocalTime(), QLocale::ShortFormat),
                                      body.trimmed().left(800));
    }
    return parts.join(u"\n\n"_s);
}

bool Composer::send()
{
    const QString body = m_editor->toPlainText();
    if (m_ticketId.isEmpty() || body.trimmed().isEmpty())
        return false;
    if (!m_workspace.client().hasV1ApiKey()) {
        showStatus([this] { return m_v1Banner->text(); }, true);
        return false;
    }
    // Stale-reply protection: someone wrote since the agent started.
    const QDateTime latest = latestForeignMessage();
    if (latest.isValid() && (!m_baseline.isValid() || latest > m_baseline)) {
        const QString newer = messagesSince(m_baseline);
        bool sendAnyway = false;
        if (m_decideStale) {
            sendAnyway = m_decideStale(newer);
        } else {
            QMessageBox box(QMessageBox::Warning, tr("New message on this ticket"),
                            tr("Someone wrote on this ticket since you started writing. Read it before you send?"),
                            QMessageBox::NoButton, this);
            box.setInformativeText(newer.left(1200));
            QPushButton *review = box.addButton(tr("Review first"), QMessageBox::RejectRole);
            box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
            box.setDefaultButton(review);
            box.exec();
            sendAnyway = box.clickedButton() != review;
        }
        m_baseline = latest; // asked once per new message
        if (!sendAnyway) {
            showStatus([] { return tr("Not sent: read the new message first."); });
            return false;
        }
    }

    TicketActions &actions = m_workspace.actions();
    StoreError error;
    if (m_mode == Mode::Note) {
        error = actions.note(m_ticketId, body);
    } else {
        const int after = m_after->currentData().toInt();
        if (after == Postpone) {
            const std::optional<QDateTime> until = m_askPostpone ? m_askPostpone() : std::nullopt;
            if (!until)
                return false;
            error = actions.reply(m_ticketId, body, false, TicketActions::AfterReply::Postponed, *until);
        } else {
            error = actions.reply(m_ticketId, body, false,
                                  after == Resolve ? TicketActions::AfterReply::Resolved
                                                   : TicketActions::AfterReply::Answered);
        }
    }
    if (error.isError()) {
        // Nothing is lost: the text stays in the editor and in the draft.
        showStatus([error] { return error.humanMessage(); }, true);
        return false;
    }
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    m_workspace.store().drafts().remove(m_ticketId);
    m_baseline = QDateTime();
    showStatus([note = m_mode == Mode::Note] {
        return note ? tr("Note saved; it is sent as soon as the server can be reached.")
                    : tr("Reply saved; it is sent as soon as the server can be reached.");
    });
    Q_EMIT sent(m_ticketId);
    return true;
}

void Composer::openInWebPanel()
{
    auto *job = m_workspace.client().getLoginKey(m_workspace.me().id);
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
        if (j->error()) {
            showStatus([e = *j->error()] { return e.humanMessage(); }, true);
            return;
        }
        const QString key = static_cast<GetLoginKeyJob *>(j)->loginKey();
        QDesktopServices::openUrl(m_workspace.client().endpoint().agentPanelLoginUrl(key));
    });
}

void Composer::showStatus(std::function<QString()> text, bool error)
{
    // Kept as a source, not a sentence: a language switch says it again in the new language.
    m_statusText = std::move(text);
    m_statusError = error;
    updateStatus();
}

void Composer::updateStatus()
{
    m_status->setText(m_statusText ? m_statusText() : QString());
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, m_statusError ? QColor(0xb3261e) : palette().color(QPalette::PlaceholderText));
    m_status->setPalette(p);
}

QString Composer::statusText() const
{
    return m_status->text();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Space && (key->modifiers() & Qt::ControlModifier)) {
            openCannedPicker();
            return true;
        }
        // "/" is Shift+7 on Danish, Norwegian and Spanish keyboards, and on the keypad too.
        if (key->text() == u"/" && !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))) {
            const QTextCursor c = m_editor->textCursor();
            const QString before = c.block().text().left(c.positionInBlock());
            if (before.trimmed().isEmpty()) {
                openCannedPicker();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Frontline
