// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingactionsdialog.h"

#include "pendingactionsmodel.h"

#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

bool isText(OutboxEntry::Kind kind)
{
    return kind == OutboxEntry::Kind::Reply || kind == OutboxEntry::Kind::Note;
}

} // namespace

PendingActionsDialog::PendingActionsDialog(Store &store, TicketActions &actions, OutboxPusher &pusher, SyncEngine &sync,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actions(actions)
    , m_pusher(pusher)
    , m_sync(sync)
    , m_model(new PendingActionsModel(store, this))
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_listLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PendingActionsModel::Ticket, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PendingActionsModel::ServerMessage, QHeaderView::Stretch);
    for (int c : {PendingActionsModel::What, PendingActionsModel::Since, PendingActionsModel::State})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_listLabel->setBuddy(m_table);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(140);
    m_textLabel->setBuddy(m_text);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_retry = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_discard = new QPushButton(this);
    m_save = new QPushButton(this);
    m_cancelEdit = new QPushButton(this);
    for (QPushButton *b : {m_retry, m_edit, m_discard, m_save, m_cancelEdit})
        b->setAutoDefault(false);
    m_save->hide();
    m_cancelEdit->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PendingActionsDialog::reject);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_retry);
    actionRow->addWidget(m_edit);
    actionRow->addWidget(m_discard);
    actionRow->addStretch(1);
    actionRow->addWidget(m_save);
    actionRow->addWidget(m_cancelEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addLayout(actionRow);
    layout->addWidget(m_buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingActionsDialog::selectionChanged);
    // The pusher moves entries along while the list is open: details and buttons follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PendingActionsDialog::showDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PendingActionsDialog::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PendingActionsDialog::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &PendingActionsDialog::retry);
    connect(m_edit, &QPushButton::clicked, this, &PendingActionsDialog::startEditing);
    connect(m_discard, &QPushButton::clicked, this, &PendingActionsDialog::discard);
    connect(m_save, &QPushButton::clicked, this, &PendingActionsDialog::saveEdit);
    connect(m_cancelEdit, &QPushButton::clicked, this, &PendingActionsDialog::stopEditing);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PendingActionsDialog::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] {
        if (m_discard->isEnabled())
            discard();
    });

    resize(760, 520);
    retranslate();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    selectionChanged();
}

qint64 PendingActionsDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(PendingActionsModel::OutboxIdRole).toLongLong();
}

void PendingActionsDialog::selectEntry(qint64 outboxId)
{
    const int row = m_model->rowOf(outboxId);
    if (row >= 0)
        m_table->selectRow(row);
}

void PendingActionsDialog::selectionChanged()
{
    // The text being edited belongs to one entry; choosing another one ends the edit.
    if (m_editingId != 0 && selectedId() != m_editingId)
        stopEditing();
    m_problem->hide();
    showDetails();
}

void PendingActionsDialog::showDetails()
{
    const int row = m_model->rowOf(selectedId());
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_listLabel->setVisible(any);
    m_empty->setVisible(!any);
    if (row < 0) {
        m_details->clear();
        m_details->setVisible(false);
        m_textLabel->setVisible(false);
        m_text->setVisible(false);
        updateButtons();
        return;
    }
    const OutboxEntry &e = m_model->entry(row);
    QString details;
    switch (e.state) {
    case OutboxEntry::State::Failed:
        details = tr("The server did not accept this action. Edit it, try again or discard it.");
        break;
    case OutboxEntry::State::Unknown:
        details = tr("It was sent but no answer came back; Frontline checks with the server before sending it "
                     "again, so nothing is sent twice.");
        break;
    case OutboxEntry::State::Sending:
        details = tr("It is being sent now.");
        break;
    case OutboxEntry::State::Pending:
        details = e.attempts > 0 ? tr("It could not be sent yet; Frontline keeps trying.")
                                 : tr("It is sent as soon as the server can be reached.");
        break;
    }
    if (!e.errorMessage.isEmpty())
        //: %1 is our sentence about the action's state, %2 the server's (or network's) explanation
        details = tr("%1 Last problem: %2").arg(details, e.errorMessage);
    m_details->setText(details);
    m_details->setVisible(true);
    const bool text = isText(e.kind);
    m_textLabel->setVisible(text);
    m_text->setVisible(text);
    if (text && m_editingId == 0)
        m_text->setPlainText(e.payload.value(u"body"_s).toString());
    updateButtons();
}

void PendingActionsDialog::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool editing = m_editingId != 0;
    const OutboxEntry *e = row >= 0 ? &m_model->entry(row) : nullptr;
    const bool idle = e && e->state != OutboxEntry::State::Sending;
    m_retry->setEnabled(!editing && idle);
    m_edit->setEnabled(!editing && e && e->state == OutboxEntry::State::Failed && isText(e->kind));
    m_discard->setEnabled(!editing && idle);
    m_save->setVisible(editing);
    m_cancelEdit->setVisible(editing);
    m_save->setEnabled(editing && !m_text->toPlainText().trimmed().isEmpty());
    m_table->setEnabled(!editing);
}

void PendingActionsDialog::retry()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (StoreError e = m_store.outbox().retryNow(id); e.isError()) {
        showProblem(e.humanMessage());
        return;
    }
    m_pusher.kick();
}

void PendingActionsDialog::startEditing()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !isText(m_model->entry(row).kind))
        return;
    m_editingId = id;
    m_text->setReadOnly(false);
    m_text->setFocus();
    m_text->selectAll();
    updateButtons();
    m_save->setDefault(true);
}

void PendingActionsDialog::stopEditing()
{
    if (m_editingId == 0)
        return;
    m_editingId = 0;
    m_text->setReadOnly(true);
    m_save->setDefault(false);
    showDetails(); // the stored text again
    m_table->setFocus();
}

void PendingActionsDialog::saveEdit()
{
    const qint64 id = m_editingId;
    const QString body = m_text->toPlainText();
    if (id == 0 || body.trimmed().isEmpty())
        return;
    if (StoreError e = m_actions.editText(id, body); e.isError()) {
        showProblem(e.humanMessage());
        return;
    }
    stopEditing();
    m_pusher.kick();
}

void PendingActionsDialog::discard()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const OutboxEntry entry = m_model->entry(row);
    const QString what = m_model->index(row, PendingActionsModel::What).data().toString();
    const QString ticket = m_model->index(row, PendingActionsModel::Ticket).data().toString();

    QMessageBox box(QMessageBox::Warning, tr("Discard Action"), QString(), QMessageBox::NoButton, this);
    box.setText(ticket.isEmpty()
                        //: %1 is an action such as "Reply"
                        ? tr("Discard “%1”?").arg(what)
                        //: %1 is an action such as "Reply", %2 a ticket
                        : tr("Discard “%1” on %2?").arg(what, ticket));
    QString info = tr("It will not be sent, and the ticket is read again from the server.");
    if (entry.state == OutboxEntry::State::Unknown)
        info += u' ' + tr("It may already have reached the server.");
    box.setInformativeText(info);
    QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != discardButton)
        return;

    if (StoreError e = m_actions.discard(entry.id); e.isError()) {
        showProblem(e.humanMessage());
        return;
    }
    // The optimistic change is gone from the outbox but not from the cached ticket: ask the server.
    if (!entry.ticketId.isEmpty())
        m_sync.refreshTicket(entry.ticketId);
}

void PendingActionsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void PendingActionsDialog::reject()
{
    if (m_editingId != 0) {
        stopEditing();
        return;
    }
    QDialog::reject();
}

void PendingActionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PendingActionsDialog::retranslate()
{
    setWindowTitle(tr("Pending Actions"));
    m_intro->setText(tr("Your actions stay here until the server has them. Actions the server refused wait for "
                        "you: edit, retry or discard them."));
    m_listLabel->setText(tr("&Actions not yet on the server:"));
    m_table->setAccessibleName(tr("Pending actions"));
    m_empty->setText(tr("Nothing is waiting: the server has all your actions."));
    m_textLabel->setText(tr("Message &text:"));
    m_text->setAccessibleName(tr("Text of the reply or note"));
    m_retry->setText(tr("&Retry now"));
    m_retry->setToolTip(tr("Send the selected action again now"));
    //: Button: edit the text of a refused reply or note
    m_edit->setText(tr("&Edit text"));
    m_discard->setText(tr("&Discard…"));
    m_discard->setToolTip(tr("Give up the selected action; the ticket is read again from the server"));
    m_save->setText(tr("&Save and send"));
    m_cancelEdit->setText(tr("Ca&ncel editing"));
    m_model->retranslate();
    showDetails();
}

} // namespace Frontline
