// SPDX-License-Identifier: GPL-3.0-or-later
// The pending-actions list over a real Store and real TicketActions; the pusher and the sync
// engine talk to a FakeNetworkAccessManager, so the test sees exactly what the dialog asked of them.
#include "dialogs/pendingactionsdialog.h"
#include "dialogs/pendingactionsmodel.h"

#include "apiclientfixture.h"
#include "dialogchecks.h"
#include "manualclock.h"

#include "models/slacatalog.h"
#include "store/store.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"
#include "sync/ticketactions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using Column = PendingActionsModel::Column;

namespace {

const QDateTime kNow(QDate(2026, 11, 12), QTime(10, 0), Qt::UTC);

Ticket ticket(const QString &id, const QString &code, const QString &subject)
{
    Ticket t;
    t.id = id;
    t.code = code;
    t.subject = subject;
    t.departmentId = QStringLiteral("sup");
    t.agentId = QStringLiteral("me");
    t.status = QStringLiteral("C");
    t.dateCreated = t.dateChanged = t.lastActivity = kNow.addDays(-1);
    return t;
}

} // namespace

class TestPendingActionsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiClientFixture> m_api;
    std::unique_ptr<ManualClock> m_clock;
    Agent m_me;
    std::unique_ptr<TicketActions> m_actions;
    std::unique_ptr<OutboxPusher> m_pusher;
    SlaCatalog m_catalog;
    std::unique_ptr<SyncEngine> m_sync;
    qint64 m_noteId = 0;
    qint64 m_takeId = 0;
    qint64 m_replyId = 0;

    std::unique_ptr<PendingActionsDialog> makeDialog()
    {
        return std::make_unique<PendingActionsDialog>(*m_store, *m_actions, *m_pusher, *m_sync);
    }

    static void showAndActivate(QDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    static QString cell(const PendingActionsDialog &dialog, int row, int column)
    {
        return dialog.table()->model()->index(row, column).data().toString();
    }

    static void clickRow(PendingActionsDialog &dialog, int row)
    {
        QTableView *table = dialog.table();
        const QRect rect = table->visualRect(table->model()->index(row, Column::What));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    int requestsTo(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_api->network.requests()) {
            if (r.method == method && r.path().endsWith(path))
                ++n;
        }
        return n;
    }

    /// Answers the next message box (the discard confirmation) with a key, from inside its exec().
    static void answerNextBox(QWidget *dialog, Qt::Key key, Qt::KeyboardModifiers modifiers, QString *text)
    {
        DialogChecks::whenMessageBoxAppears(dialog, [key, modifiers, text](QMessageBox *box) {
            *text = box->text();
            if (!DialogChecks::reactivate(box))
                qWarning("the message box did not become the active window");
            if (modifiers & Qt::AltModifier)
                DialogChecks::pressAlt(box, key);
            else
                QTest::keyClick(box->focusWidget() ? box->focusWidget() : box, key, modifiers);
            if (box->isVisible()) { // the key did nothing: unblock the test, which then fails
                *text = QStringLiteral("(the box ignored the key)");
                box->done(-1);
            }
        });
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++n)));
        QVERIFY(!m_store->open().isError());
        QVERIFY(!m_store->tickets()
                         .upsert({ticket(QStringLiteral("t1"), QStringLiteral("ABC-1"),
                                         QStringLiteral("Printer on fire")),
                                  ticket(QStringLiteral("t2"), QStringLiteral("ABC-2"), QStringLiteral("Refund"))})
                         .isError());
        m_api = std::make_unique<ApiClientFixture>();
        // Every request is refused: what the dialog makes the pusher send stays in sight.
        m_api->network.setHandler([](const RecordedRequest &) {
            return CannedReply::json(422, R"({"message":"Refused by the test server"})");
        });
        m_clock = std::make_unique<ManualClock>(kNow);
        m_me.id = QStringLiteral("me");
        m_me.name = QStringLiteral("Agent Me");
        m_me.email = QStringLiteral("me@acme.example");
        m_actions = std::make_unique<TicketActions>(*m_store, *m_clock, m_me);
        m_pusher = std::make_unique<OutboxPusher>(*m_store, m_api->client, *m_actions, *m_clock, m_me);
        m_sync = std::make_unique<SyncEngine>(*m_store, m_api->client, *m_actions, m_catalog, *m_clock, m_me);

        QVERIFY(!m_actions->note(QStringLiteral("t1"), QStringLiteral("First text")).isError());
        QVERIFY(!m_actions->take(QStringLiteral("t1")).isError());
        QVERIFY(!m_actions->reply(QStringLiteral("t2"), QStringLiteral("Hello there"), false).isError());
        const QList<OutboxEntry> all = m_store->outbox().all();
        QCOMPARE(all.size(), 3);
        m_noteId = all.at(0).id;
        m_takeId = all.at(1).id;
        m_replyId = all.at(2).id;
        // Refused before the pusher gets to it; the take then waits behind it (same ticket).
        QVERIFY(!m_store->outbox()
                         .markFailed(m_noteId, QStringLiteral("bad_request"), QStringLiteral("Body too long"))
                         .isError());
        // The pusher tries what it can (the reply) and settles: a steady outbox for the test.
        QTRY_COMPARE(m_store->outbox().entry(m_replyId)->state, OutboxEntry::State::Failed);
        QTRY_VERIFY(!m_pusher->isBusy());
        QCOMPARE(m_store->outbox().entry(m_takeId)->state, OutboxEntry::State::Pending);
    }

    void cleanup()
    {
        m_sync.reset();
        m_pusher.reset();
        m_actions.reset();
        m_api.reset();
        m_store.reset();
    }

    void modelPassesTheTesterWhileTheOutboxChanges()
    {
        PendingActionsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!m_actions->setStatus(QStringLiteral("t2"), QStringLiteral("R")).isError());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!m_actions->discard(m_takeId).isError());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(m_takeId), -1);
        QCOMPARE(model.rowOf(m_replyId), 1);
        QVERIFY(!m_store->outbox().markSending(m_replyId, kNow).isError());
        QCOMPARE(model.index(1, Column::State).data().toString(), QStringLiteral("Sending"));
        model.retranslate();
        QCOMPARE(model.index(2, Column::What).data().toString(), QStringLiteral("Set status: Resolved"));
    }

    void listsWhatWhichTicketSinceStateAndTheServersWords()
    {
        auto dialog = makeDialog();
        QCOMPARE(dialog->table()->model()->rowCount(), 3);
        QCOMPARE(cell(*dialog, 0, Column::What), QStringLiteral("Internal note"));
        QCOMPARE(cell(*dialog, 0, Column::Ticket), QStringLiteral("ABC-1 · Printer on fire"));
        QCOMPARE(cell(*dialog, 0, Column::State), QStringLiteral("Refused"));
        QCOMPARE(cell(*dialog, 0, Column::ServerMessage), QStringLiteral("Body too long"));
        QCOMPARE(cell(*dialog, 1, Column::What), QStringLiteral("Take"));
        QCOMPARE(cell(*dialog, 1, Column::State), QStringLiteral("Waiting"));
        QCOMPARE(cell(*dialog, 2, Column::What), QStringLiteral("Reply"));
        QCOMPARE(cell(*dialog, 2, Column::Ticket), QStringLiteral("ABC-2 · Refund"));
        QCOMPARE(cell(*dialog, 2, Column::State), QStringLiteral("Refused"));
        QCOMPARE(cell(*dialog, 2, Column::ServerMessage), QStringLiteral("Refused by the test server"));
        QCOMPARE(cell(*dialog, 2, Column::Since), QLocale().toString(kNow.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(!dialog->table()->model()->index(0, Column::State).data(Qt::DecorationRole).isNull());
    }

    void followsTheOutboxLiveAndKeepsTheSelection()
    {
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        clickRow(*dialog, 2);
        QCOMPARE(dialog->selectedId(), m_replyId);
        QVERIFY(!m_store->outbox()
                         .markUnknown(m_replyId, kNow.addSecs(60), QStringLiteral("timeout"),
                                      QStringLiteral("No answer in time"))
                         .isError());
        QCOMPARE(cell(*dialog, 2, Column::State), QStringLiteral("Checking"));
        QCOMPARE(cell(*dialog, 2, Column::ServerMessage), QStringLiteral("No answer in time"));
        QVERIFY(!m_actions->postpone(QStringLiteral("t2"), kNow.addDays(1)).isError());
        QCOMPARE(dialog->table()->model()->rowCount(), 4);
        QVERIFY(cell(*dialog, 3, Column::What).startsWith(QStringLiteral("Postpone until ")));
        QVERIFY(!m_actions->discard(m_takeId).isError()); // a row above the selection goes
        QCOMPARE(dialog->selectedId(), m_replyId);
    }

    void retryNowSendsAgain()
    {
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        clickRow(*dialog, 0);
        QVERIFY(dialog->retryButton()->isEnabled());
        const int before = requestsTo("POST", QStringLiteral("/conversations/t1/messages"));
        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(requestsTo("POST", QStringLiteral("/conversations/t1/messages")), before + 1);
        QTRY_COMPARE(m_store->outbox().entry(m_noteId)->attempts, 1);
        QTRY_COMPARE(cell(*dialog, 0, Column::ServerMessage), QStringLiteral("Refused by the test server"));

        // From the keyboard too.
        DialogChecks::pressAlt(dialog.get(), Qt::Key_R);
        QTRY_COMPARE(requestsTo("POST", QStringLiteral("/conversations/t1/messages")), before + 2);
    }

    void editsARefusedNoteAndSendsIt()
    {
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        clickRow(*dialog, 1);
        QVERIFY(!dialog->editButton()->isEnabled()); // a take has no text
        clickRow(*dialog, 0);
        QCOMPARE(dialog->textView()->toPlainText(), QStringLiteral("First text"));
        QVERIFY(dialog->textView()->isReadOnly());
        QVERIFY(dialog->editButton()->isEnabled());

        DialogChecks::pressAlt(dialog.get(), Qt::Key_E);
        QVERIFY(dialog->isEditing());
        QCOMPARE(QApplication::focusWidget(), dialog->textView());
        QVERIFY(!dialog->textView()->isReadOnly());
        QVERIFY(!dialog->retryButton()->isEnabled());
        QVERIFY(!dialog->discardButton()->isEnabled());
        QTest::keyClicks(dialog->textView(), QStringLiteral("Second text")); // replaces the selected text
        const int before = requestsTo("POST", QStringLiteral("/conversations/t1/messages"));
        DialogChecks::pressAlt(dialog.get(), Qt::Key_S);
        QVERIFY(!dialog->isEditing());
        QCOMPARE(m_store->outbox().entry(m_noteId)->payload.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Second text"));
        // The unconfirmed note in the conversation shows the new text as well.
        const QList<MessageGroup> groups = m_store->tickets().conversation(QStringLiteral("t1"));
        QVERIFY(!groups.isEmpty());
        QCOMPARE(groups.constLast().messages.constFirst().body, QStringLiteral("Second text"));
        QTRY_COMPARE(requestsTo("POST", QStringLiteral("/conversations/t1/messages")), before + 1);
        QVERIFY(m_api->network.requests().constLast().body.contains("Second"));
    }

    void escapeLeavesTheEditorNotTheDialog()
    {
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        clickRow(*dialog, 0);
        QTest::mouseClick(dialog->editButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->textView(), QStringLiteral("Abandoned"));
        QVERIFY(!dialog->saveButton()->isHidden());
        QTest::keyClick(dialog->textView(), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isEditing());
        QCOMPARE(dialog->textView()->toPlainText(), QStringLiteral("First text"));
        QCOMPARE(m_store->outbox().entry(m_noteId)->payload.value(QStringLiteral("body")).toString(),
                 QStringLiteral("First text"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    void discardAsksThenDiscardsAndRereadsTheTicket()
    {
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        clickRow(*dialog, 1);
        QCOMPARE(dialog->selectedId(), m_takeId);

        QString asked;
        answerNextBox(dialog.get(), Qt::Key_Escape, Qt::NoModifier, &asked); // changed my mind
        QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("Discard “Take” on ABC-1 · Printer on fire?"));
        QVERIFY(m_store->outbox().entry(m_takeId));
        QCOMPARE(requestsTo("GET", QStringLiteral("/tickets/t1")), 0);

        asked.clear();
        QVERIFY(DialogChecks::reactivate(dialog.get()));
        answerNextBox(dialog.get(), Qt::Key_Return, Qt::NoModifier, &asked); // Return is "Keep": the safe default
        DialogChecks::pressAlt(dialog.get(), Qt::Key_D);
        QVERIFY(!asked.isEmpty());
        QVERIFY(m_store->outbox().entry(m_takeId));

        asked.clear();
        QVERIFY(DialogChecks::reactivate(dialog.get()));
        answerNextBox(dialog.get(), Qt::Key_D, Qt::AltModifier, &asked);
        DialogChecks::pressAlt(dialog.get(), Qt::Key_D);
        QVERIFY(!asked.isEmpty());
        QVERIFY(!m_store->outbox().entry(m_takeId));
        QCOMPARE(dialog->table()->model()->rowCount(), 2);
        QTRY_COMPARE(requestsTo("GET", QStringLiteral("/tickets/t1")), 1);
    }

    void deleteKeyDiscardsToo()
    {
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        clickRow(*dialog, 2);
        QString asked;
        answerNextBox(dialog.get(), Qt::Key_D, Qt::AltModifier, &asked);
        QTest::keyClick(dialog->table(), Qt::Key_Delete);
        QCOMPARE(asked, QStringLiteral("Discard “Reply” on ABC-2 · Refund?"));
        QVERIFY(!m_store->outbox().entry(m_replyId));
        QTRY_COMPARE(requestsTo("GET", QStringLiteral("/tickets/t2")), 1);
    }

    void saysWhenNothingIsWaiting()
    {
        for (const OutboxEntry &e : m_store->outbox().all())
            QVERIFY(!m_actions->discard(e.id).isError());
        auto dialog = makeDialog();
        showAndActivate(*dialog);
        bool found = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            found = found || (label->isVisible() && label->text().startsWith(QStringLiteral("Nothing is waiting")));
        QVERIFY(found);
        QVERIFY(!dialog->table()->isVisible());
        QVERIFY(!dialog->retryButton()->isEnabled());
        QVERIFY(!dialog->editButton()->isEnabled());
        QVERIFY(!dialog->discardButton()->isEnabled());
    }

    void accessibleAndTranslatable()
    {
        auto dialog = makeDialog();
        dialog->show();
        QStringList problems = DialogChecks::inputsWithoutAccessibleName(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::duplicateMnemonics(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::textsMissedByLanguageSwitch(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void screenshot()
    {
        auto dialog = makeDialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        clickRow(*dialog, 0);
        QVERIFY(!DialogChecks::screenshot(dialog.get(), QStringLiteral("pending")).isEmpty());
    }
};

QTEST_MAIN(TestPendingActionsDialog)
#include "tst_pendingactionsdialog.moc"
