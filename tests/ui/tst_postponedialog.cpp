// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with TZ=Europe/Oslo (see CMakeLists.txt): UTC+1 in winter, UTC+2 in summer.
#include "dialogs/postponedialog.h"

#include "dialogchecks.h"
#include "manualclock.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using Choice = PostponeDialog::Choice;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// Thursday 12 November 2026, 15:30 in Oslo.
const QDateTime kThursday = utc(11, 12, 14, 30);

QRadioButton *radioStartingWith(const QWidget &dialog, const QString &start)
{
    for (QRadioButton *r : dialog.findChildren<QRadioButton *>()) {
        if (r->text().remove(u'&').startsWith(start))
            return r;
    }
    return nullptr;
}

QLabel *problemLabel(const QWidget &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("already passed")))
            return label;
    }
    return nullptr;
}

} // namespace

class TestPostponeDialog : public QObject
{
    Q_OBJECT

private:
    static void showAndActivate(PostponeDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }
    static QWidget *focus(QWidget *fallback)
    {
        return QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(kThursday.toLocalTime().time(), QTime(15, 30)); // the zone the test runs in
    }

    void presetsAreLocalMornings_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("inOneHour");
        QTest::addColumn<QDateTime>("tomorrow");
        QTest::addColumn<QDateTime>("monday");
        QTest::newRow("thursday afternoon") << kThursday << utc(11, 12, 15, 30) << utc(11, 13, 8) << utc(11, 16, 8);
        // 00:30 in Oslo is already the 13th: tomorrow is the 14th.
        QTest::newRow("after local midnight")
                << utc(11, 12, 23, 30) << utc(11, 13, 0, 30) << utc(11, 14, 8) << utc(11, 16, 8);
        // On a Monday, next Monday is a week away.
        QTest::newRow("monday") << utc(11, 16, 10) << utc(11, 16, 11) << utc(11, 17, 8) << utc(11, 23, 8);
        // Summer time starts on Sunday 29 March 2026: 09:00 that day is 07:00 UTC.
        QTest::newRow("into summer time") << utc(3, 28, 12) << utc(3, 28, 13) << utc(3, 29, 7) << utc(3, 30, 7);
    }

    void presetsAreLocalMornings()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, inOneHour);
        QFETCH(QDateTime, tomorrow);
        QFETCH(QDateTime, monday);
        QCOMPARE(PostponeDialog::presetTime(Choice::InOneHour, now), inOneHour);
        QCOMPARE(PostponeDialog::presetTime(Choice::TomorrowMorning, now), tomorrow);
        QCOMPARE(PostponeDialog::presetTime(Choice::NextMondayMorning, now), monday);
    }

    void enterTakesTheFirstPreset()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        showAndActivate(dialog);
        QVERIFY(radioStartingWith(dialog, QStringLiteral("In one hour (16:30)")));
        QTest::keyClick(focus(&dialog), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.until(), utc(11, 12, 15, 30));
        QCOMPARE(dialog.until().timeSpec(), Qt::UTC);
    }

    void mnemonicsPickPresets()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        showAndActivate(dialog);
        DialogChecks::pressAlt(&dialog, Qt::Key_T);
        QCOMPARE(dialog.choice(), Choice::TomorrowMorning);
        QCOMPARE(dialog.until(), utc(11, 13, 8));
        DialogChecks::pressAlt(&dialog, Qt::Key_M);
        QCOMPARE(dialog.choice(), Choice::NextMondayMorning);
        DialogChecks::pressAlt(&dialog, Qt::Key_P); // the Postpone button
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.until(), utc(11, 16, 8));
    }

    void mouseClicksToo()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        showAndActivate(dialog);
        QRadioButton *tomorrow = radioStartingWith(dialog, QStringLiteral("Tomorrow at 09:00 (13/11/2026)"));
        QVERIFY(tomorrow);
        QTest::mouseClick(tomorrow, Qt::LeftButton);
        QCOMPARE(dialog.choice(), Choice::TomorrowMorning);
        QTest::mouseClick(dialog.postponeButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.until(), utc(11, 13, 8));
    }

    void refusesAMomentInThePast()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        showAndActivate(dialog);
        DialogChecks::pressAlt(&dialog, Qt::Key_O);
        QCOMPARE(dialog.choice(), Choice::Custom);
        QCOMPARE(QApplication::focusWidget(), dialog.customEdit());
        QCOMPARE(dialog.customEdit()->dateTime(), QDateTime(QDate(2026, 11, 13), QTime(9, 0)));

        // Two days back (the day section has the cursor): the 11th has passed.
        QTest::keyClick(dialog.customEdit(), Qt::Key_Down);
        QTest::keyClick(dialog.customEdit(), Qt::Key_Down);
        QCOMPARE(dialog.until(), utc(11, 11, 8));
        QVERIFY(!dialog.postponeButton()->isEnabled());
        QLabel *problem = problemLabel(dialog);
        QVERIFY(problem && problem->isVisible());
        QTest::keyClick(dialog.customEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());

        for (int i = 0; i < 3; ++i)
            QTest::keyClick(dialog.customEdit(), Qt::Key_Up);
        QVERIFY(dialog.postponeButton()->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::keyClick(dialog.customEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.until(), utc(11, 14, 8));
    }

    void checksAgainWhenTheAgentConfirms()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        dialog.setCustom(kThursday.addSecs(30 * 60));
        showAndActivate(dialog);
        QVERIFY(dialog.postponeButton()->isEnabled());
        clock.advance(3600); // the agent went for coffee with the dialog open
        QTest::mouseClick(dialog.postponeButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.postponeButton()->isEnabled());
        QVERIFY(problemLabel(dialog)->isVisible());
    }

    void escapeCancels()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        showAndActivate(dialog);
        QTest::keyClick(focus(&dialog), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void accessibleAndTranslatable()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        dialog.show();
        QStringList problems = DialogChecks::inputsWithoutAccessibleName(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::duplicateMnemonics(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::textsMissedByLanguageSwitch(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(dialog.choice(), Choice::InOneHour); // a language switch is not a choice
    }

    void screenshot()
    {
        ManualClock clock(kThursday);
        PostponeDialog dialog(clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!DialogChecks::screenshot(&dialog, QStringLiteral("postpone")).isEmpty());
    }
};

QTEST_MAIN(TestPostponeDialog)
#include "tst_postponedialog.moc"
