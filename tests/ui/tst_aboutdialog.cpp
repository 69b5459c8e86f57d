// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"

#include "dialogchecks.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    static QString allText(const QWidget &w)
    {
        QStringList texts;
        for (const QLabel *label : w.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'\n');
    }

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void showsNameVersionLicenceQtAndHomepage()
    {
        AboutDialog dialog;
        const QString text = allText(dialog);
        QVERIFY(text.contains(QStringLiteral("Frontline")));
        QVERIFY(text.contains(QStringLiteral("Version 9.8.7")));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QString::fromLatin1(QT_VERSION_STR)));
        QCOMPARE(AboutDialog::homepage(), QUrl(QStringLiteral("https://frontline.example.org")));
        QVERIFY(text.contains(QStringLiteral("href=\"https://frontline.example.org\"")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Frontline")));
    }

    void escapeCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void enterClosesThroughTheDefaultButton()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
    }

    void altQOpensAboutQt()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QString seen;
        DialogChecks::whenMessageBoxAppears(&dialog, [&seen](QMessageBox *box) {
            seen = box->windowTitle();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        DialogChecks::pressAlt(&dialog, Qt::Key_Q);
        QVERIFY2(seen.contains(QStringLiteral("Qt")), qPrintable(seen));
        QVERIFY(dialog.isVisible()); // only the Qt box closed
    }

    void followsALanguageSwitch()
    {
        AboutDialog dialog;
        dialog.show();
        const QStringList missed = DialogChecks::textsMissedByLanguageSwitch(&dialog);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
        QVERIFY(allText(dialog).contains(QStringLiteral("Version 9.8.7"))); // back to English
    }

    void mnemonicsAreUnique()
    {
        AboutDialog dialog;
        const QStringList duplicates = DialogChecks::duplicateMnemonics(&dialog);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
    }

    void screenshot()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!DialogChecks::screenshot(&dialog, QStringLiteral("about")).isEmpty());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
