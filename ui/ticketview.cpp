// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketview.h"

#include "composer.h"
#include "conversationrenderer.h"
#include "safetextbrowser.h"
#include "stateicons.h"
#include "uitext.h"

#include "domain/clock.h"
#include "models/slatext.h"
#include "models/tickettext.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

QString agentName(Store &store, const QString &id)
{
    if (id.isEmpty())
        return {};
    if (const auto a = store.reference().agent(id))
        return UiText::person(a->name, a->email);
    return id;
}

QString departmentName(Store &store, const QString &id)
{
    if (const auto d = store.reference().department(id))
        return d->name;
    return id;
}

} // namespace

TicketView::TicketView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    Store &store = workspace.store();
    connect(&store, &Store::ticketsChanged, this, [this](const QStringList &ids) {
        if (!m_ticketId.isEmpty() && (ids.isEmpty() || ids.contains(m_ticketId)))
            reloadHeader();
    });
    connect(&store, &Store::conversationChanged, this, [this](const QString &id) {
        if (!m_ticketId.isEmpty() && id == m_ticketId) {
            reloadConversation();
            reloadHistory();
        }
    });
    connect(&m_workspace.sync(), &SyncEngine::slaLevelsChanged, this, &TicketView::refreshSla);
    m_slaTimer.setInterval(1000);
    connect(&m_slaTimer, &QTimer::timeout, this, &TicketView::refreshSla);
    retranslate();
}

void TicketView::ensureContent()
{
    if (m_content)
        return;
    m_content = new QWidget(this);
    m_content->hide();
    this->layout()->addWidget(m_content);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(8, 4, 8, 4);

    m_subject = new QLabel(m_content);
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_subject);
    m_meta = new QLabel(m_content);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_meta);
    m_tags = new QLabel(m_content);
    column->addWidget(m_tags);

    m_slaBox = new QWidget(m_content);
    m_slaLayout = new QVBoxLayout(m_slaBox);
    m_slaLayout->setContentsMargins(0, 2, 0, 2);
    m_slaLayout->setSpacing(2);
    column->addWidget(m_slaBox);

    m_toolbar = new QToolBar(m_content);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addActions(m_actions);
    column->addWidget(m_toolbar);

    m_splitter = new QSplitter(Qt::Vertical, m_content);
    m_tabs = new QTabWidget(m_splitter);
    auto *conversationPage = new QWidget(m_tabs);
    auto *conversationLayout = new QVBoxLayout(conversationPage);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    m_blockedNotice = new QLabel(conversationPage);
    m_blockedNotice->setWordWrap(true);
    m_blockedNotice->hide();
    conversationLayout->addWidget(m_blockedNotice);
    m_conversation = new SafeTextBrowser(conversationPage);
    conversationLayout->addWidget(m_conversation);
    m_tabs->addTab(conversationPage, QString());
    m_history = new QTableWidget(0, 4, m_tabs);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_history, QString());
    m_composer = new Composer(m_workspace, m_splitter);
    if (m_askPostpone)
        m_composer->setPostponeAsker(m_askPostpone);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_composer);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(u"ticketSplitter"_s);
    column->addWidget(m_splitter, 1);

    connect(m_conversation, &SafeTextBrowser::remoteContentBlocked, this, [this](int count) {
        m_blockedNotice->setText(
                //: Shown above an e-mail whose remote images were not loaded
                tr("%n remote image(s) or file(s) in this message were not loaded, so the sender cannot see that "
                   "you read it.",
                   nullptr, count));
        m_blockedNotice->show();
    });
    retranslateContent();
}

Composer *TicketView::composer()
{
    ensureContent();
    return m_composer;
}

bool TicketView::hasDraft() const
{
    return m_composer && !m_composer->editor()->toPlainText().trimmed().isEmpty();
}

void TicketView::setActions(const QList<QAction *> &actions)
{
    m_actions = actions;
    if (m_toolbar) {
        m_toolbar->clear();
        m_toolbar->addActions(actions);
    }
}

void TicketView::setPostponeAsker(std::function<std::optional<QDateTime>()> ask)
{
    m_askPostpone = std::move(ask);
    if (m_composer)
        m_composer->setPostponeAsker(m_askPostpone);
}

void TicketView::showTicket(const QString &ticketId)
{
    m_ticketId = ticketId;
    if (!ticketId.isEmpty())
        ensureContent();
    if (m_composer)
        m_composer->setTicket(ticketId);
    m_empty->setVisible(ticketId.isEmpty());
    if (m_content)
        m_content->setVisible(!ticketId.isEmpty());
    if (ticketId.isEmpty()) {
        m_row.reset();
        m_slaTimer.stop();
        return;
    }
    m_lastSeenChange = QDateTime();
    reloadHeader();
    reloadConversation();
    reloadHistory();
    m_slaTimer.start();
    m_workspace.sync().openTicket(ticketId);
}

void TicketView::reloadHeader()
{
    m_row = m_workspace.store().tickets().row(m_ticketId);
    if (!m_row) {
        m_subject->setText(tr("This ticket is no longer in your queues."));
        m_meta->clear();
        m_tags->clear();
        return;
    }
    Store &store = m_workspace.store();
    const TicketRow &r = *m_row;
    m_subject->setText(r.subject.isEmpty() ? tr("(no subject)") : r.subject);
    QStringList meta;
    if (!r.code.isEmpty())
        meta << r.code.toHtmlEscaped();
    const QString customer = r.ownerEmail.isEmpty() || r.ownerName.isEmpty()
            ? UiText::person(r.ownerName, r.ownerEmail)
            : u"%1 &lt;%2&gt;"_s.arg(r.ownerName.toHtmlEscaped(), r.ownerEmail.toHtmlEscaped());
    //: Ticket header line: the customer
    meta << tr("Customer: %1").arg(customer);
    if (!r.channelType.isEmpty())
        meta << tr("Channel: %1").arg(TicketText::channel(r.channelType).toHtmlEscaped());
    meta << tr("Department: %1").arg(departmentName(store, r.departmentId).toHtmlEscaped());
    //: Ticket header line: the agent responsible for the ticket, or "Unassigned"
    meta << tr("Owner: %1").arg(r.agentId.isEmpty() ? tr("Unassigned") : agentName(store, r.agentId).toHtmlEscaped());
    meta << tr("Status: %1").arg(TicketText::status(r.status).toHtmlEscaped());
    if (r.pendingActions > 0)
        meta << u"<i>"_s + tr("%n action(s) waiting to be sent", nullptr, r.pendingActions) + u"</i>"_s;
    m_meta->setText(meta.join(u" · "_s));

    QStringList tagNames;
    const QList<Tag> tags = store.reference().tags();
    for (const QString &id : r.tagIds) {
        QString name = id;
        for (const Tag &t : tags) {
            if (t.id == id)
                name = t.name;
        }
        tagNames << name;
    }
    m_tags->setText(tagNames.isEmpty() ? QString() : tr("Tags: %1").arg(tagNames.join(u", "_s)));
    m_tags->setVisible(!tagNames.isEmpty());
    refreshSla();
    // The ticket changed on the server while open: fetch its conversation again.
    if (m_lastSeenChange.isValid() && r.dateChanged.isValid() && r.dateChanged > m_lastSeenChange)
        m_workspace.sync().openTicket(m_ticketId);
    m_lastSeenChange = r.dateChanged;
    m_composer->ticketChanged(r);
}

void TicketView::refreshSla()
{
    if (!m_row)
        return;
    const QDateTime now = m_workspace.clock().now();
    const QLocale locale;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QList<SlaCatalog::TargetClock> clocks = m_workspace.slaCatalog().clocks(*m_row);
    while (m_slaLabels.size() < clocks.size()) {
        auto *label = new QLabel(m_slaBox);
        label->setTextFormat(Qt::RichText);
        m_slaLayout->addWidget(label);
        m_slaLabels.append(label);
    }
    for (int i = 0; i < m_slaLabels.size(); ++i) {
        QLabel *label = m_slaLabels.at(i);
        if (i >= clocks.size()) {
            label->hide();
            continue;
        }
        const SlaCatalog::TargetClock &c = clocks.at(i);
        const SlaReading reading = c.clock.read(now, c.metAt, c.postponedUntil);
        const QColor color = StateIcons::slaColor(reading.state, palette());
        const QString deadline = reading.deadline.isValid()
                ? SlaText::when(reading.deadline, now, locale, zone)
                //: An SLA target without a reachable deadline: "First answer — due never"
                : tr("never");
        //: One SLA target of the ticket: "First answer — due Mon 10:00 — 1 h 20 min (On time)"
        const QString text =
                tr("%1 — due %2 — %3 (%4)")
                        .arg(SlaText::targetName(c.target), deadline, SlaText::reading(reading, now, locale, zone),
                             SlaText::stateName(reading.state));
        label->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text.toHtmlEscaped()));
        label->setAccessibleName(text);
        label->show();
    }
    m_slaBox->setVisible(!clocks.isEmpty());
}

void TicketView::reloadConversation()
{
    const QList<MessageGroup> groups = m_workspace.store().tickets().conversation(m_ticketId);
    QHash<QString, QString> names;
    for (const Agent &a : m_workspace.store().reference().agents())
        names.insert(a.id, a.name);
    ConversationRenderer renderer(QLocale(), QTimeZone::systemTimeZone(), palette());
    renderer.setAgentNames(names);
    const int scroll = m_conversation->verticalScrollBar()->value();
    const bool atEnd = scroll >= m_conversation->verticalScrollBar()->maximum() - 4;
    m_conversation->resetBlockedCount();
    m_blockedNotice->hide();
    if (groups.isEmpty()) {
        const bool synced = m_workspace.store().tickets().conversationSyncedAt(m_ticketId).isValid();
        m_conversation->setHtml(u"<p><i>%1</i></p>"_s.arg(
                (synced ? tr("No messages.") : tr("Loading the conversation…")).toHtmlEscaped()));
        return;
    }
    m_conversation->setHtml(renderer.render(groups));
    // Newest last: follow it when the agent was at the end.
    m_conversation->verticalScrollBar()->setValue(atEnd ? m_conversation->verticalScrollBar()->maximum() : scroll);
}

void TicketView::reloadHistory()
{
    Store &store = m_workspace.store();
    const QList<TicketHistoryEntry> entries = store.tickets().history(m_ticketId);
    m_history->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int i = 0; i < entries.size(); ++i) {
        const TicketHistoryEntry &h = entries.at(i);
        const QString when =
                h.dateFrom.isValid() ? locale.toString(h.dateFrom.toLocalTime(), QLocale::ShortFormat) : QString();
        const QString department =
                h.departmentName.isEmpty() ? departmentName(store, h.departmentId) : h.departmentName;
        const QString owner = h.agentId.isEmpty() ? tr("Unassigned") : agentName(store, h.agentId);
        m_history->setItem(i, 0, new QTableWidgetItem(when));
        m_history->setItem(i, 1, new QTableWidgetItem(department));
        m_history->setItem(i, 2, new QTableWidgetItem(owner));
        m_history->setItem(i, 3, new QTableWidgetItem(TicketText::status(h.status)));
    }
    m_history->resizeColumnsToContents();
}

QString TicketView::conversationText() const
{
    return m_conversation ? m_conversation->toPlainText() : QString();
}

int TicketView::historyRows() const
{
    return m_history ? m_history->rowCount() : 0;
}

QStringList TicketView::slaLines() const
{
    QStringList lines;
    for (const QLabel *l : m_slaLabels) {
        if (l->isVisible() || !l->isHidden())
            lines << l->accessibleName();
    }
    return lines;
}

void TicketView::retranslate()
{
    m_empty->setText(tr("Select a ticket to read it. Use j and k to move through the list, Enter to open, R to "
                        "reply."));
    if (!m_content)
        return;
    retranslateContent();
    if (!m_ticketId.isEmpty()) {
        reloadHeader();
        reloadConversation();
        reloadHistory();
    }
}

void TicketView::retranslateContent()
{
    m_tabs->setTabText(0, tr("Conversation"));
    m_tabs->setTabText(1, tr("History"));
    m_history->setHorizontalHeaderLabels({
            //: Column of the ticket's history: when it happened
            tr("When"),
            tr("Department"),
            //: Column of the ticket's history: the agent responsible from then on
            tr("Owner"),
            //: Column of the ticket's history: the ticket's status from then on
            tr("Status"),
    });
    m_conversation->setAccessibleName(tr("Conversation"));
    m_history->setAccessibleName(tr("Ticket history"));
}

void TicketView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_ticketId.isEmpty())
        reloadConversation();
    QWidget::changeEvent(event);
}

} // namespace Frontline
