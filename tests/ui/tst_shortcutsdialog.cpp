// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include "dialogchecks.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    QObject m_owner;
    QList<QAction *> m_actions;
    QAction *m_search = nullptr;

    static QStringList column(const QTableView *table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out.append(table->model()->index(r, c).data().toString());
        return out;
    }

    static QLabel *emptyHint(const ShortcutsDialog &dialog)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy() && label->isVisibleTo(&dialog))
                return label;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        qDeleteAll(m_actions);
        m_actions.clear();
        auto make = [this](const QString &text, const QList<QKeySequence> &keys) {
            auto *a = new QAction(text, &m_owner);
            a->setShortcuts(keys);
            m_actions.append(a);
            return a;
        };
        make(QStringLiteral("&Reply"), {QKeySequence(Qt::Key_R)});
        make(QStringLiteral("&Take"), {QKeySequence(Qt::Key_T)});
        auto *separator = new QAction(&m_owner);
        separator->setSeparator(true);
        m_actions.append(separator);
        make(QStringLiteral("Trans&fer to department…"), {QKeySequence(Qt::CTRL | Qt::Key_T)});
        m_search = make(QStringLiteral("&Search tickets"),
                        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash)});
        make(QStringLiteral("Salt && pepper"), {});
    }

    void listsEveryActionWithoutMnemonics()
    {
        ShortcutsDialog dialog(m_actions);
        QCOMPARE(
                column(dialog.table(), 0),
                QStringList({QStringLiteral("Reply"), QStringLiteral("Take"), QStringLiteral("Transfer to department…"),
                             QStringLiteral("Search tickets"), QStringLiteral("Salt & pepper")}));
        QCOMPARE(column(dialog.table(), 1),
                 QStringList({QStringLiteral("R"), QStringLiteral("T"), QStringLiteral("Ctrl+T"),
                              QStringLiteral("Ctrl+K, /"), QString()}));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("&&Co && &Sons&")), QStringLiteral("&Co & Sons"));
    }

    void typingFiltersByWordsOrKeys()
    {
        ShortcutsDialog dialog(m_actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.searchField());

        QTest::keyClicks(dialog.searchField(), QStringLiteral("ctrl+k"));
        QCOMPARE(column(dialog.table(), 0), QStringList{QStringLiteral("Search tickets")});

        dialog.searchField()->clear();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("TRANS"));
        QCOMPARE(column(dialog.table(), 0), QStringList{QStringLiteral("Transfer to department…")});

        // Down leaves the search field for the first match.
        QTest::keyClick(dialog.searchField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dialog.table());
        QCOMPARE(dialog.table()->currentIndex().data().toString(), QStringLiteral("Transfer to department…"));
    }

    void saysSoWhenNothingMatches()
    {
        ShortcutsDialog dialog(m_actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.searchField(), QStringLiteral("zebra"));
        QVERIFY(!dialog.table()->isVisible());
        QLabel *hint = emptyHint(dialog);
        QVERIFY(hint);
        QCOMPARE(hint->text(), QStringLiteral("No action or shortcut matches “zebra”."));
        QTest::keyClick(dialog.searchField(), Qt::Key_Backspace);
        QVERIFY(!dialog.table()->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No action or shortcut matches “zebr”."));
        dialog.searchField()->clear();
        QVERIFY(dialog.table()->isVisible());
        QCOMPARE(dialog.table()->model()->rowCount(), 5);
    }

    void followsChangedActions()
    {
        ShortcutsDialog dialog(m_actions);
        m_search->setText(QStringLiteral("&Find"));
        m_search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        QCOMPARE(column(dialog.table(), 0).at(3), QStringLiteral("Find"));
        QCOMPARE(column(dialog.table(), 1).at(3), QStringLiteral("Ctrl+F"));
    }

    void escapeCloses()
    {
        ShortcutsDialog dialog(m_actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(dialog.searchField(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void accessibleAndTranslatable()
    {
        ShortcutsDialog dialog(m_actions);
        dialog.show();
        QStringList problems = DialogChecks::inputsWithoutAccessibleName(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::duplicateMnemonics(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::textsMissedByLanguageSwitch(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void screenshot()
    {
        ShortcutsDialog dialog(m_actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!DialogChecks::screenshot(&dialog, QStringLiteral("shortcuts")).isEmpty());
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
