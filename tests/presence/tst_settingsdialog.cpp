// SPDX-License-Identifier: GPL-3.0-or-later
// UiSettings round-trips through QSettings; the settings dialog edits them, switches the
// language at once (and back on Cancel), installs the autostart entry and hands on the v1 key.
#include "autostart.h"
#include "languagemanager.h"
#include "presencetext.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Qt::StringLiterals;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString iniPath() { return m_dir.filePath(u"s%1.ini"_s.arg(++m_n)); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void defaults()
    {
        QSettings empty(iniPath(), QSettings::IniFormat);
        const UiSettings s = UiSettings::load(empty);
        QCOMPARE(s, UiSettings());
        QVERIFY(s.closeToTray);
        QVERIFY(!s.trayHintShown);
        QVERIFY(s.onlyBreachesWhilePaused);
        QVERIFY(!s.autoPauseOnLock);
        QCOMPARE(s.autoPauseIdleMinutes, 0);
        QVERIFY(s.offerResumeOnUnlock);
        QCOMPARE(s.slaWarningPercent, 25);
        QCOMPARE(s.slaWarningShare(), 0.25);
        QCOMPARE(s.effectivePauseReasons(), PresenceText::defaultReasons());
        for (auto kind :
             {TicketEvent::Kind::AssignedToMe, TicketEvent::Kind::CustomerReplied, TicketEvent::Kind::NewInQueue,
              TicketEvent::Kind::Reopened, TicketEvent::Kind::SlaWarning, TicketEvent::Kind::SlaBreached})
            QVERIFY(s.notifies(kind));
    }

    void roundTrip()
    {
        UiSettings s;
        s.language = u"da"_s;
        s.closeToTray = false;
        s.trayHintShown = true;
        s.startMinimized = true;
        s.startAtLogin = true;
        s.setNotifies(TicketEvent::Kind::NewInQueue, false);
        s.setNotifies(TicketEvent::Kind::SlaWarning, false);
        s.onlyBreachesWhilePaused = false;
        s.pauseReasons = {u"Lunch"_s, u"Dentist"_s};
        s.autoPauseOnLock = true;
        s.autoPauseIdleMinutes = 15;
        s.offerResumeOnUnlock = false;
        s.slaWarningPercent = 40;
        const QString path = iniPath();
        {
            QSettings out(path, QSettings::IniFormat);
            s.save(out);
        }
        QSettings in(path, QSettings::IniFormat);
        const UiSettings back = UiSettings::load(in);
        QCOMPARE(back, s);
        QVERIFY(!back.notifies(TicketEvent::Kind::NewInQueue));
        QVERIFY(back.notifies(TicketEvent::Kind::Reopened));

        // The standard reasons are not written: they follow the language.
        UiSettings d;
        d.pauseReasons = PresenceText::defaultReasons();
        QSettings again(iniPath(), QSettings::IniFormat);
        d.save(again);
        QVERIFY(!again.contains(u"presence/pauseReasons"_s));
        QVERIFY(UiSettings::load(again).pauseReasons.isEmpty());
    }

    void editAndSave()
    {
        UiSettings settings;
        LanguageManager language;
        SettingsDialog dialog(settings, language);
        dialog.show();
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        QVERIFY(!Autostart::isEnabled());

        dialog.checkBox(u"closeToTray"_s)->setChecked(false);
        dialog.checkBox(u"startMinimized"_s)->setChecked(true);
        dialog.checkBox(u"startAtLogin"_s)->setChecked(true);
        dialog.warningShareBox()->setValue(40);
        dialog.checkBox(u"notifyNewInQueue"_s)->setChecked(false);
        dialog.checkBox(u"notifySlaWarning"_s)->setChecked(false);
        dialog.checkBox(u"onlyBreachesWhilePaused"_s)->setChecked(false);
        dialog.checkBox(u"autoPauseOnLock"_s)->setChecked(true);
        dialog.idleMinutesBox()->setValue(15);
        QCOMPARE(dialog.idleMinutesBox()->text(), u"15 min"_s);
        dialog.checkBox(u"offerResumeOnUnlock"_s)->setChecked(false);
        QListWidget *reasons = dialog.reasonList();
        QCOMPARE(reasons->count(), 5);
        reasons->item(1)->setText(u"Dentist"_s); // "Coffee" renamed
        delete reasons->item(4); // "Other" removed
        screenshot(&dialog, u"settings-general"_s);

        dialog.buttonBox()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(Autostart::isEnabled()); // the entry was installed

        UiSettings expected;
        expected.closeToTray = false;
        expected.startMinimized = true;
        expected.startAtLogin = true;
        expected.slaWarningPercent = 40;
        expected.notify.newInQueue = false;
        expected.notify.slaWarning = false;
        expected.onlyBreachesWhilePaused = false;
        expected.autoPauseOnLock = true;
        expected.autoPauseIdleMinutes = 15;
        expected.offerResumeOnUnlock = false;
        expected.pauseReasons = {u"Lunch"_s, u"Dentist"_s, u"Break"_s, u"Meeting"_s};
        QCOMPARE(settings, expected);

        const QString path = iniPath();
        {
            QSettings out(path, QSettings::IniFormat);
            settings.save(out);
        }
        QSettings in(path, QSettings::IniFormat);
        QCOMPARE(UiSettings::load(in), expected);

        // Opened again, the dialog shows what was saved; unticking removes the entry.
        SettingsDialog again(settings, language);
        QVERIFY(again.checkBox(u"startAtLogin"_s)->isChecked());
        QCOMPARE(again.reasonList()->count(), 4);
        QCOMPARE(again.idleMinutesBox()->value(), 15);
        again.checkBox(u"startAtLogin"_s)->setChecked(false);
        again.accept();
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(!settings.startAtLogin);
    }

    void languageAppliesAtOnceAndCancelTakesItBack()
    {
        UiSettings settings;
        LanguageManager language;
        QVERIFY(language.setLanguage(u"en"_s));
        SettingsDialog dialog(settings, language);
        dialog.show();
        const QString englishSample = dialog.localeSample()->text();
        QCOMPARE(englishSample, u"Dates and numbers: 12/31/26 2:30 PM · 1,234.5"_s);
        QPushButton *cancel = dialog.buttonBox()->button(QDialogButtonBox::Cancel);
        QCOMPARE(cancel->text(), u"Cancel"_s);
        const int before = dialog.retranslateCount();
        QSignalSpy switched(&language, &LanguageManager::languageChanged);

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"da"_s));
        QCOMPARE(switched.count(), 1);
        QCOMPARE(language.language(), u"da"_s);
        QCOMPARE(QLocale().language(), QLocale::Danish);
        QVERIFY(dialog.retranslateCount() > before);
        // The texts were set again in the new language and locale.
        QCOMPARE(dialog.localeSample()->text(),
                 u"Datoer og tal: %1 · %2"_s.arg(
                         QLocale(u"da"_s).toString(QDateTime(QDate(2026, 12, 31), QTime(14, 30)), QLocale::ShortFormat),
                         QLocale(u"da"_s).toString(1234.5, 'f', 1)));
        QVERIFY(dialog.localeSample()->text() != englishSample);
        // Qt's own catalogue is loaded: its buttons speak Danish once the event arrives.
        QTRY_COMPARE(cancel->text(), u"Annuller"_s);
        screenshot(&dialog, u"settings-danish"_s);

        dialog.reject();
        QCOMPARE(language.language(), u"en"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(settings.language, QString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void standardReasonsFollowTheLanguage()
    {
        UiSettings settings;
        LanguageManager language;
        SettingsDialog dialog(settings, language);
        QCOMPARE(dialog.reasonList()->item(0)->text(), u"Lunch"_s);
        dialog.accept();
        QVERIFY(settings.pauseReasons.isEmpty()); // untouched defaults are not the agent's own list
    }

    void v1KeyIsHandedOnNotKept()
    {
        UiSettings settings;
        LanguageManager language;
        SettingsDialog dialog(settings, language);
        QSignalSpy key(&dialog, &SettingsDialog::v1KeyChanged);
        QVERIFY(!dialog.v1KeyButton()->isEnabled());
        QCOMPARE(dialog.v1KeyField()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.v1KeyField(), u"  v1-secret-key "_s);
        QVERIFY(dialog.v1KeyButton()->isEnabled());
        QTest::mouseClick(dialog.v1KeyButton(), Qt::LeftButton);
        QCOMPARE(key.count(), 1);
        QCOMPARE(key.first().first().toString(), u"v1-secret-key"_s);
        QVERIFY(dialog.v1KeyField()->text().isEmpty());
        dialog.accept();
        const QString path = iniPath();
        {
            QSettings out(path, QSettings::IniFormat);
            settings.save(out);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("v1-secret-key"));
    }

    void autostartProblemKeepsTheDialogOpen()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"config"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocker));
        UiSettings settings;
        LanguageManager language;
        SettingsDialog dialog(settings, language);
        dialog.show();
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        dialog.checkBox(u"startAtLogin"_s)->setChecked(true);
        dialog.checkBox(u"closeToTray"_s)->setChecked(false);
        dialog.accept();
        qputenv("XDG_CONFIG_HOME", saved);
        QCOMPARE(changed.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemText().startsWith(u"Could not create the folder"_s));
        QVERIFY(settings.closeToTray); // nothing was taken over
    }

    void unavailableAutoPauseIsExplained()
    {
        UiSettings settings;
        LanguageManager language;
        SettingsDialog dialog(settings, language);
        dialog.setScreenLockAvailable(false, false);
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(2);
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->isVisible() && l->text().startsWith(u"This desktop does not report screen locking"_s);
        }));
        screenshot(&dialog, u"settings-presence"_s);
        tabs->setCurrentIndex(1);
        screenshot(&dialog, u"settings-notifications"_s);
        tabs->setCurrentIndex(3);
        screenshot(&dialog, u"settings-account"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
