// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the real frontline-sandbox (tests/data/sandbox/ui.json) over pinned
// TLS, driven by key presses where the focus is: a canned reply and an internal note with
// their placeholders filled in, taking, assigning and transferring with the History tab, the
// stale-reply warning, and the keyboard-only path from launch to a sent reply. Each outcome is
// checked on the server, as another client sees it.
#include "dialogchecks.h"
#include "mainwindowsession.h"
#include "testdata.h"

#include "cannedpicker.h"
#include "composer.h"
#include "dialogs/transferdialog.h"
#include "mainwindow.h"
#include "queuelistview.h"
#include "ticketlistview.h"
#include "ticketview.h"

#include "domain/clock.h"
#include "models/queuemodel.h"
#include "models/ticketlistmodel.h"
#include "store/store.h"
#include "sync/workspace.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

constexpr int kWait = 30000;
const QString kLars = QStringLiteral("ag-lars");

/// The agent replies and notes of a server conversation whose text contains `words`.
QList<MessageGroup> groupsContaining(const QList<MessageGroup> &groups, const QString &words)
{
    QList<MessageGroup> out;
    for (const MessageGroup &g : groups) {
        for (const Message &m : g.messages) {
            if (m.body.contains(words)) {
                out.append(g);
                break;
            }
        }
    }
    return out;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

} // namespace

class TestMainWindowSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--seed"), dataPath(QStringLiteral("sandbox/ui.json")),
                              QStringLiteral("--rate-limit"), QStringLiteral("0")}};
    SystemClock m_clock;
    std::unique_ptr<MainWindowSession> m_session;

    MainWindow &window() { return m_session->window(); }
    Composer *composer() { return window().ticketView()->composer(); }
    QPlainTextEdit *editor() { return composer()->editor(); }

    /// Shows the ticket and waits until its conversation is on screen.
    void open(const QString &ticketId, const QString &lastWords)
    {
        window().openTicket(ticketId);
        QCOMPARE(window().ticketView()->ticketId(), ticketId);
        QVERIFY2(QTest::qWaitFor([&] { return window().ticketView()->conversationText().contains(lastWords); }, kWait),
                 qPrintable(window().ticketView()->conversationText()));
    }

    /// Moves through the list with j/k and the arrows until `ticketId` is the current ticket.
    void walkTo(const QString &ticketId)
    {
        TicketListView *list = window().ticketListView();
        QCOMPARE(keyboardFocus(), list);
        const int target = list->ticketModel()->rowOf(ticketId);
        const int last = list->ticketModel()->rowCount() - 1;
        QVERIFY2(target >= 0, qPrintable(ticketId));
        auto row = [list] { return list->currentIndex().row(); };
        for (int guard = 0; row() < target && guard < 200; ++guard)
            press(Qt::Key_J);
        for (int guard = 0; row() > target && guard < 200; ++guard)
            press(Qt::Key_K);
        QCOMPARE(row(), target);
        // Away and back with both key sets (up first at the last row).
        const bool down = target < last;
        press(down ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(row(), down ? target + 1 : target - 1);
        press(down ? Qt::Key_Up : Qt::Key_Down);
        press(down ? Qt::Key_J : Qt::Key_K);
        QCOMPARE(row(), down ? target + 1 : target - 1);
        press(down ? Qt::Key_K : Qt::Key_J);
        QCOMPARE(list->currentTicketId(), ticketId);
        QCOMPARE(window().ticketView()->ticketId(), ticketId);
    }

    /// The canned picker is open with the focus in its search field.
    void expectPickerOpen()
    {
        CannedPicker *picker = composer()->cannedPicker();
        QVERIFY(QTest::qWaitFor([picker] { return picker->isVisible(); }, 5000));
        QVERIFY2(picker->isAncestorOf(keyboardFocus()), keyboardFocus()->metaObject()->className());
    }

    /// The entry the picker would insert on Enter.
    QString pickerChoice()
    {
        CannedPicker *picker = composer()->cannedPicker();
        auto *list = picker->findChild<QListView *>();
        if (!list || !list->currentIndex().isValid())
            return {};
        return picker->model()->response(list->currentIndex().row()).id;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init()
    {
        m_session = std::make_unique<MainWindowSession>(m_sandbox, m_clock);
        QVERIFY2(m_session->start(), qPrintable(m_session->errorString()));
    }

    void cleanup() { m_session.reset(); }

    void cannedReplyWithPlaceholdersReachesTheServer()
    {
        open(QStringLiteral("t-reply"), QStringLiteral("Any news about the parcel?"));
        window().ticketListView()->setFocus();
        press(Qt::Key_R);
        QCOMPARE(keyboardFocus(), editor());
        QCOMPARE(composer()->mode(), Composer::Mode::Reply);

        press(Qt::Key_Space, Qt::ControlModifier);
        expectPickerOpen();
        type(QStringLiteral("ptnce")); // fuzzy: the letters of "patience", not a substring of any text
        QCOMPARE(pickerChoice(), QStringLiteral("cm-04"));
        press(Qt::Key_Return);
        QVERIFY(!composer()->cannedPicker()->isVisible());
        QCOMPARE(keyboardFocus(), editor());
        const QString expected =
                QStringLiteral("Hi Emma, thank you for your patience. Your case UIT-RPL-101 is with me now and I will "
                               "write again today. Kind regards, Lars Nielsen");
        QCOMPARE(editor()->toPlainText(), expected);

        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(editor()->toPlainText().isEmpty(), qPrintable(composer()->statusText()));
        QVERIFY(m_session->waitOutboxEmpty());

        SandboxClient client(m_sandbox);
        const QList<MessageGroup> sent =
                groupsContaining(serverConversation(client, QStringLiteral("t-reply")), expected);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().type, QStringLiteral("4")); // an agent's reply the customer receives
        QCOMPARE(sent.first().userId, kLars);
        QCOMPARE(serverTicket(client, QStringLiteral("t-reply")).status, QStringLiteral("A"));
        // The confirmed reply is in the conversation on screen.
        QVERIFY(QTest::qWaitFor([&] { return window().ticketView()->conversationText().contains(expected); }, kWait));
    }

    void cannedInternalNoteFromSlashAtLineStart()
    {
        open(QStringLiteral("t-note"), QStringLiteral("trukket to gange"));
        window().ticketListView()->setFocus();
        press(Qt::Key_N);
        QCOMPARE(keyboardFocus(), editor());
        QCOMPARE(composer()->mode(), Composer::Mode::Note);

        // A "/" inside a line is text; at the start of a line it opens the picker. On Danish,
        // Norwegian and Spanish keyboards "/" is Shift+7: the shifted key counts too.
        type(QStringLiteral("a/"));
        QVERIFY(!composer()->cannedPicker()->isVisible());
        QCOMPARE(editor()->toPlainText(), QStringLiteral("a/"));
        editor()->clear();
        QTest::keyClick(editor(), Qt::Key_Slash, Qt::ShiftModifier);
        expectPickerOpen();
        QCOMPARE(composer()->cannedPicker()->filterText(), QString());
        type(QStringLiteral("paymnt prov"));
        QCOMPARE(pickerChoice(), QStringLiteral("cm-06"));
        press(Qt::Key_Enter);
        const QString inserted = QStringLiteral(
                "Checked UIT-NTE-102 with the payment provider: the double charge is reversed within 3 days.");
        QCOMPARE(editor()->toPlainText(), inserted);
        type(QStringLiteral(" Told her."));

        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(editor()->toPlainText().isEmpty(), qPrintable(composer()->statusText()));
        QVERIFY(m_session->waitOutboxEmpty());

        SandboxClient client(m_sandbox);
        const QList<MessageGroup> notes = groupsContaining(serverConversation(client, QStringLiteral("t-note")),
                                                           inserted + QStringLiteral(" Told her."));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().type, QStringLiteral("I")); // internal: the customer never sees it
        QCOMPARE(notes.first().userId, kLars);
        QCOMPARE(serverTicket(client, QStringLiteral("t-note")).status, QStringLiteral("N")); // a note answers nothing
    }

    void takeAssignAndTransferShowInHistory()
    {
        const QString id = QStringLiteral("t-take");
        SandboxClient client(m_sandbox);
        QVERIFY(serverTicket(client, id).agentId.isEmpty());

        // Take it from the Unassigned queue with T.
        window().selectQueue(TicketQuery::Queue::Unassigned);
        TicketListView *list = window().ticketListView();
        QVERIFY(list->selectTicket(id));
        list->setFocus();
        QVERIFY(window().action(QStringLiteral("take"))->isEnabled());
        press(Qt::Key_T);
        QCOMPARE(m_session->workspace().store().tickets().row(id)->agentId, kLars); // at once, before the server
        QVERIFY(m_session->waitOutboxEmpty());
        QCOMPARE(serverTicket(client, id).agentId, kLars);

        // Assign it to Ingrid (Billing, like the ticket) from All open, with Ctrl+Shift+A.
        window().selectQueue(TicketQuery::Queue::AllOpen);
        QVERIFY(list->selectTicket(id));
        list->setFocus();
        QVERIFY(!window().action(QStringLiteral("take"))->isEnabled()); // mine now
        bool assignShown = false;
        whenModalAppears<TransferDialog>(this, [&](TransferDialog *dialog) {
            assignShown = true;
            QCOMPARE(dialog->mode(), TransferDialog::Mode::Assign);
            QCOMPARE(dialog->departmentId(), QStringLiteral("billing"));
            dialog->setAgentId(QStringLiteral("ag-ingrid"));
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(assignShown);
        QVERIFY(m_session->waitOutboxEmpty());
        QCOMPARE(serverTicket(client, id).agentId, QStringLiteral("ag-ingrid"));

        // Transfer it to First line, to anyone there, with a note for the next agent (Ctrl+T).
        QVERIFY(DialogChecks::reactivate(&window()));
        const QString note =
                QStringLiteral("Customer prefers English; first line handles refunds of cancelled orders.");
        bool transferShown = false;
        whenModalAppears<TransferDialog>(this, [&](TransferDialog *dialog) {
            transferShown = true;
            QCOMPARE(dialog->mode(), TransferDialog::Mode::Transfer);
            dialog->setDepartmentId(QStringLiteral("first-line"));
            dialog->setAgentId(QString());
            QTest::keyClicks(dialog->noteEdit(), note);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        press(Qt::Key_T, Qt::ControlModifier);
        QVERIFY(transferShown);
        QVERIFY(m_session->waitOutboxEmpty());
        const Ticket moved = serverTicket(client, id);
        QCOMPARE(moved.departmentId, QStringLiteral("first-line"));
        QCOMPARE(moved.agentId, QString());
        const QList<MessageGroup> notes = groupsContaining(serverConversation(client, id), note);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().type, QStringLiteral("I"));

        // The History tab: who had it, in which department, oldest first.
        TicketView *view = window().ticketView();
        QCOMPARE(view->ticketId(), id); // still open: First line is one of Lars's departments
        auto *tabs = view->findChild<QTabWidget *>();
        auto *history = view->findChild<QTableWidget *>();
        QVERIFY(tabs && history);
        tabs->setCurrentWidget(history);
        QVERIFY(history->isVisible());
        const QStringList owners{QStringLiteral("Unassigned"), QStringLiteral("Lars Nielsen"),
                                 QStringLiteral("Ingrid Berg"), QStringLiteral("Unassigned")};
        QVERIFY2(QTest::qWaitFor([&] { return column(history, 2) == owners; }, kWait),
                 qPrintable(column(history, 2).join(u", ") + QStringLiteral(" / server: ")
                            + QString::fromUtf8(client.get(QStringLiteral("/tickets/%1/history").arg(id)).body)));
        QCOMPARE(column(history, 1),
                 QStringList({QStringLiteral("Billing"), QStringLiteral("Billing"), QStringLiteral("Billing"),
                              QStringLiteral("First line")}));
    }

    void staleReplyWarnsAndShowsTheNewMessage()
    {
        const QString id = QStringLiteral("t-stale");
        open(id, QStringLiteral("reset link says it has expired"));
        window().ticketListView()->setFocus();
        press(Qt::Key_R);
        const QString draft = QStringLiteral("Please try the link again, it works now.");
        type(draft);

        // Meanwhile the customer writes again; the window picks it up by itself.
        const QString newer = QStringLiteral("Now it says my account is locked!");
        QVERIFY(postCustomerReply(m_sandbox, id, QStringLiteral("emma.clarke@example.co.uk"), newer));
        QVERIFY2(QTest::qWaitFor([&] { return window().ticketView()->conversationText().contains(newer); }, kWait),
                 qPrintable(window().ticketView()->conversationText()));

        // Sending warns, shows the new message, and "Review first" sends nothing.
        QString warning;
        bool warned = false;
        whenModalAppears<QMessageBox>(this, [&](QMessageBox *box) {
            warned = true;
            warning = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QStringLiteral("Review first"))
                    b->click();
            }
        });
        QCOMPARE(keyboardFocus(), editor());
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(warned);
        QVERIFY2(warning.contains(newer), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("Emma Clarke")), qPrintable(warning));
        QCOMPARE(editor()->toPlainText(), draft);
        QCOMPARE(composer()->statusText(), QStringLiteral("Not sent: read the new message first."));
        QCOMPARE(m_session->workspace().store().outbox().count(), 0);
        SandboxClient client(m_sandbox);
        QVERIFY(groupsContaining(serverConversation(client, id), draft).isEmpty());

        // Having seen it, the agent sends: no second warning.
        QVERIFY(DialogChecks::reactivate(&window()));
        bool warnedAgain = false;
        whenModalAppears<QMessageBox>(this, [&](QMessageBox *box) {
            warnedAgain = true;
            box->reject();
        });
        editor()->setFocus();
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!warnedAgain);
        QVERIFY(editor()->toPlainText().isEmpty());
        QVERIFY(m_session->waitOutboxEmpty());
        QCOMPARE(groupsContaining(serverConversation(client, id), draft).size(), 1);
    }

    void keyboardOnlyFromLaunchToSentReplies()
    {
        // Launch (init) leaves the focus on the ticket list, so j and k work at once.
        TicketListView *list = window().ticketListView();
        QCOMPARE(keyboardFocus(), list);
        QCOMPARE(window().queueView()->currentQueue(), TicketQuery::Queue::Mine);
        // Away to the search field and back: focus alone opens no ticket; j starts at the top.
        press(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(keyboardFocus(), window().searchField());
        press(Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(keyboardFocus(), list);
        QVERIFY(!list->currentIndex().isValid());
        QVERIFY(window().ticketView()->ticketId().isEmpty());
        press(Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(list->selectionModel()->isRowSelected(0, QModelIndex()));
        QCOMPARE(window().ticketView()->ticketId(), list->currentTicketId());

        // j/k and arrows to a ticket, R, Ctrl+Space, a query, Enter, Ctrl+Enter.
        walkTo(QStringLiteral("t-keys1"));
        press(Qt::Key_R);
        QCOMPARE(keyboardFocus(), editor());
        press(Qt::Key_Space, Qt::ControlModifier);
        expectPickerOpen();
        type(QStringLiteral("patience"));
        press(Qt::Key_Return);
        const QString first = QStringLiteral("Hi Emma, thank you for your patience. Your case UIT-KEY-104 is with me "
                                             "now and I will write again today. Kind regards, Lars Nielsen");
        QCOMPARE(editor()->toPlainText(), first);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor()->toPlainText().isEmpty());

        // Ctrl+L back to the list, to the next ticket, Enter opens the reply, "/" the picker.
        press(Qt::Key_L, Qt::ControlModifier);
        walkTo(QStringLiteral("t-keys2"));
        press(Qt::Key_Return);
        QCOMPARE(keyboardFocus(), editor());
        QCOMPARE(composer()->mode(), Composer::Mode::Reply);
        press(Qt::Key_Slash);
        expectPickerOpen();
        type(QStringLiteral("tak"));
        QCOMPARE(pickerChoice(), QStringLiteral("cm-01"));
        press(Qt::Key_Escape); // changed their mind: nothing inserted, back in the editor
        QCOMPARE(keyboardFocus(), editor());
        QVERIFY(editor()->toPlainText().isEmpty());
        press(Qt::Key_Space, Qt::ControlModifier);
        expectPickerOpen();
        type(QStringLiteral("hej"));
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        QCOMPARE(pickerChoice(), QStringLiteral("cm-01"));
        press(Qt::Key_Return);
        const QString second = QStringLiteral(
                "Hej Kari, tak for din henvendelse. Vi kigger på det med det samme. Venlig hilsen Lars Nielsen");
        QCOMPARE(editor()->toPlainText(), second);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor()->toPlainText().isEmpty());

        QVERIFY(m_session->waitOutboxEmpty());
        SandboxClient client(m_sandbox);
        QCOMPARE(groupsContaining(serverConversation(client, QStringLiteral("t-keys1")), first).size(), 1);
        QCOMPARE(groupsContaining(serverConversation(client, QStringLiteral("t-keys2")), second).size(), 1);
    }
};

QTEST_MAIN(TestMainWindowSandbox)
#include "tst_mainwindow_sandbox.moc"
