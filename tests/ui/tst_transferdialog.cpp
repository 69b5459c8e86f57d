// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/transferdialog.h"

#include "dialogchecks.h"
#include "manualclock.h"
#include "pseudotranslator.h"

#include "store/store.h"
#include "sync/ticketactions.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using Mode = TransferDialog::Mode;

namespace {

Agent agent(const QString &id, const QString &name, const QString &status = QStringLiteral("A"))
{
    Agent a;
    a.id = id;
    a.name = name;
    a.email = id + QStringLiteral("@acme.example");
    a.status = status;
    return a;
}

Department department(const QString &id, const QString &name, const QStringList &agents)
{
    Department d;
    d.id = id;
    d.name = name;
    d.agentIds = agents;
    return d;
}

QStringList items(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out.append(box->itemText(i));
    return out;
}

QLabel *visibleLabelContaining(const QWidget &dialog, const QString &words)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(words))
            return label;
    }
    return nullptr;
}

} // namespace

class TestTransferDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static void showAndActivate(TransferDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }
    static QWidget *focus(QWidget *fallback)
    {
        return QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++n)));
        QVERIFY(!m_store->open().isError());
        QVERIFY(!m_store->reference()
                         .replaceAgents(
                                 {agent(QStringLiteral("a1"), QStringLiteral("Maria Olsen")),
                                  agent(QStringLiteral("a2"), QStringLiteral("Jon Berg")),
                                  agent(QStringLiteral("a3"), QStringLiteral("Zoe Lind")),
                                  agent(QStringLiteral("a4"), QStringLiteral("Gone Person"), QStringLiteral("X"))})
                         .isError());
        QVERIFY(!m_store->reference()
                         .replaceDepartments(
                                 {department(QStringLiteral("sup"), QStringLiteral("Support"),
                                             {QStringLiteral("a2"), QStringLiteral("a3")}),
                                  department(QStringLiteral("bil"), QStringLiteral("Billing"),
                                             {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a4")}),
                                  department(QStringLiteral("emp"), QStringLiteral("Empty"), {})})
                         .isError());
        Ticket t;
        t.id = QStringLiteral("t1");
        t.code = QStringLiteral("ABC-1");
        t.subject = QStringLiteral("Printer on fire");
        t.departmentId = QStringLiteral("sup");
        t.agentId = QStringLiteral("a3");
        t.status = QStringLiteral("C");
        t.dateCreated = t.dateChanged = t.lastActivity = QDateTime(QDate(2026, 11, 12), QTime(9, 0), Qt::UTC);
        QVERIFY(!m_store->tickets().upsert({t}).isError());
    }

    void cleanup() { m_store.reset(); }

    void offersAllDepartmentsAndTheirAgents()
    {
        TransferDialog dialog(*m_store, QStringLiteral("sup"));
        QCOMPARE(dialog.mode(), Mode::Transfer);
        QCOMPARE(items(dialog.departmentBox()),
                 QStringList({QStringLiteral("Billing"), QStringLiteral("Empty"), QStringLiteral("Support")}));
        QCOMPARE(dialog.departmentId(), QStringLiteral("sup"));
        QCOMPARE(items(dialog.agentBox()),
                 QStringList({QStringLiteral("Anyone in the department"), QStringLiteral("Jon Berg"),
                              QStringLiteral("Zoe Lind")}));
        QCOMPARE(dialog.agentId(), QString());
        QVERIFY(dialog.acceptButton()->isEnabled());
    }

    void keyboardOnlyTransferToAnAgentWithANote()
    {
        TransferDialog dialog(*m_store, QStringLiteral("sup"));
        showAndActivate(dialog);
        QCOMPARE(QApplication::focusWidget(), dialog.departmentBox());
        // Support → Empty → Billing
        QTest::keyClick(dialog.departmentBox(), Qt::Key_Up);
        QTest::keyClick(dialog.departmentBox(), Qt::Key_Up);
        QCOMPARE(dialog.departmentId(), QStringLiteral("bil"));
        // The deleted agent of Billing is not offered.
        QCOMPARE(items(dialog.agentBox()),
                 QStringList({QStringLiteral("Anyone in the department"), QStringLiteral("Jon Berg"),
                              QStringLiteral("Maria Olsen")}));
        DialogChecks::pressAlt(&dialog, Qt::Key_A);
        QCOMPARE(QApplication::focusWidget(), dialog.agentBox());
        QTest::keyClick(dialog.agentBox(), Qt::Key_Down);
        QTest::keyClick(dialog.agentBox(), Qt::Key_Down);
        QCOMPARE(dialog.agentId(), QStringLiteral("a1"));
        QTest::keyClick(focus(&dialog), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.noteEdit());
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("  Needs a refund.  "));
        DialogChecks::pressAlt(&dialog, Qt::Key_T);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.note(), QStringLiteral("Needs a refund."));

        // The caller hands the choice to the real action: a note, then the transfer.
        ManualClock clock(QDateTime(QDate(2026, 11, 12), QTime(10, 0), Qt::UTC));
        TicketActions actions(*m_store, clock, agent(QStringLiteral("a3"), QStringLiteral("Zoe Lind")));
        QVERIFY(!actions.transfer(QStringLiteral("t1"), dialog.departmentId(), dialog.agentId(), dialog.note())
                         .isError());
        const QList<OutboxEntry> outbox = m_store->outbox().all();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).kind, OutboxEntry::Kind::Note);
        QCOMPARE(outbox.at(1).kind, OutboxEntry::Kind::Transfer);
        QCOMPARE(m_store->tickets().ticket(QStringLiteral("t1"))->departmentId, QStringLiteral("bil"));
        QCOMPARE(m_store->tickets().ticket(QStringLiteral("t1"))->agentId, QStringLiteral("a1"));
    }

    void anyoneLeavesItUnassignedAndSaysSo()
    {
        TransferDialog dialog(*m_store, QStringLiteral("sup"));
        showAndActivate(dialog);
        QVERIFY(visibleLabelContaining(dialog, QStringLiteral("leaves the ticket unassigned")));
        QTest::keyClick(dialog.departmentBox(), Qt::Key_Up); // Empty: nobody there, still fine
        QCOMPARE(items(dialog.agentBox()), QStringList{QStringLiteral("Anyone in the department")});
        QVERIFY(dialog.acceptButton()->isEnabled());
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.departmentId(), QStringLiteral("emp"));
        QCOMPARE(dialog.agentId(), QString());
        QCOMPARE(dialog.note(), QString());
    }

    void assignNeedsAnAgent()
    {
        TransferDialog dialog(*m_store, QStringLiteral("sup"), Mode::Assign);
        showAndActivate(dialog);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Assign Ticket"));
        QCOMPARE(QApplication::focusWidget(), dialog.agentBox());
        QCOMPARE(items(dialog.agentBox()), QStringList({QStringLiteral("Jon Berg"), QStringLiteral("Zoe Lind")}));
        QVERIFY(!visibleLabelContaining(dialog, QStringLiteral("unassigned")));
        QCOMPARE(dialog.agentId(), QString());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QTest::keyClick(dialog.agentBox(), Qt::Key_Return); // nothing chosen: nothing happens
        QVERIFY(dialog.isVisible());

        QTest::keyClick(dialog.agentBox(), Qt::Key_Down);
        QCOMPARE(dialog.agentId(), QStringLiteral("a2"));
        QVERIFY(dialog.acceptButton()->isEnabled());

        // A department without agents cannot take an assignment.
        DialogChecks::pressAlt(&dialog, Qt::Key_D);
        QTest::keyClick(dialog.departmentBox(), Qt::Key_Up);
        QCOMPARE(dialog.departmentId(), QStringLiteral("emp"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(visibleLabelContaining(dialog, QStringLiteral("This department has no agents.")));

        QTest::keyClick(dialog.departmentBox(), Qt::Key_Down);
        DialogChecks::pressAlt(&dialog, Qt::Key_A);
        QTest::keyClick(dialog.agentBox(), Qt::Key_Down);
        QTest::keyClick(dialog.agentBox(), Qt::Key_Down);
        QCOMPARE(dialog.agentId(), QStringLiteral("a3"));
        DialogChecks::pressAlt(&dialog, Qt::Key_S);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.departmentId(), QStringLiteral("sup"));
    }

    void referenceDataArrivingWhileOpen()
    {
        QVERIFY(!m_store->reference().replaceDepartments({}).isError());
        TransferDialog dialog(*m_store, QStringLiteral("sup"));
        showAndActivate(dialog);
        QVERIFY(visibleLabelContaining(dialog, QStringLiteral("No departments are known yet")));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(!m_store->reference()
                         .replaceDepartments(
                                 {department(QStringLiteral("sup"), QStringLiteral("Support"), {QStringLiteral("a2")})})
                         .isError());
        QCOMPARE(dialog.departmentId(), QStringLiteral("sup"));
        QCOMPARE(items(dialog.agentBox()),
                 QStringList({QStringLiteral("Anyone in the department"), QStringLiteral("Jon Berg")}));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(!visibleLabelContaining(dialog, QStringLiteral("No departments are known yet")));
    }

    void escapeCancels()
    {
        TransferDialog dialog(*m_store, QStringLiteral("sup"));
        showAndActivate(dialog);
        QTest::keyClick(focus(&dialog), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void accessibleAndTranslatable_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("transfer") << Mode::Transfer;
        QTest::newRow("assign") << Mode::Assign;
    }

    void accessibleAndTranslatable()
    {
        QFETCH(Mode, mode);
        TransferDialog dialog(*m_store, QStringLiteral("sup"), mode);
        dialog.show();
        QStringList problems = DialogChecks::inputsWithoutAccessibleName(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::duplicateMnemonics(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::textsMissedByLanguageSwitch(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void anyoneIsTranslatedToo()
    {
        TransferDialog dialog(*m_store, QStringLiteral("sup"));
        dialog.show();
        PseudoTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::sendPostedEvents();
        QVERIFY(PseudoTranslator::isMarked(dialog.agentBox()->itemText(0)));
        QCOMPARE(dialog.agentBox()->itemText(1), QStringLiteral("Jon Berg")); // names are data
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(dialog.agentBox()->itemText(0), QStringLiteral("Anyone in the department"));
        QCOMPARE(dialog.departmentId(), QStringLiteral("sup"));
    }

    void screenshots()
    {
        TransferDialog transfer(*m_store, QStringLiteral("sup"));
        transfer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&transfer));
        QVERIFY(!DialogChecks::screenshot(&transfer, QStringLiteral("transfer")).isEmpty());
        TransferDialog assign(*m_store, QStringLiteral("sup"), Mode::Assign);
        assign.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assign));
        QVERIFY(!DialogChecks::screenshot(&assign, QStringLiteral("assign")).isEmpty());
    }
};

QTEST_MAIN(TestTransferDialog)
#include "tst_transferdialog.moc"
