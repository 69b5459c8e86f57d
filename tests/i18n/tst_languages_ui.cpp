// SPDX-License-Identifier: GPL-3.0-or-later
// The windows as they start in each language (the language set first, as --lang and the
// settings do, then the window built): the main window on the demo help desk, the sign-in
// dialog, the other dialogs and the tray menu show no English text of the source catalogue
// (names and words a language shares are allowed: tests/i18n/same-as-english.txt), and every
// menu and window keeps its mnemonics unique in every language.
#include "catalogue.h"
#include "demosession.h"
#include "dialogchecks.h"
#include "showntexts.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/pendingactionsdialog.h"
#include "dialogs/postponedialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/transferdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "presencebutton.h"
#include "presencetext.h"
#include "resumeprompt.h"
#include "settingsdialog.h"
#include "ticketview.h"
#include "trayicon.h"
#include "worktimepanel.h"

#include "account/accountsetup.h"
#include "account/credentialstore.h"
#include "models/ticketlistmodel.h"
#include "presence/presencecontroller.h"
#include "store/store.h"
#include "sync/workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Frontline;
using namespace Frontline::Test;
using namespace Qt::StringLiterals;

class TestLanguagesUi : public QObject
{
    Q_OBJECT

private:
    DemoSession m_session;
    LanguageManager m_language;
    QString m_built; // the language the main window was built in

    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Catalogues::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    /// The main window as it starts in `language`.
    void startIn(const QString &language)
    {
        if (m_built == language)
            return;
        QVERIFY(m_language.setLanguage(language));
        QCoreApplication::processEvents();
        QString error;
        QVERIFY2(m_session.rebuildWindow(&error), qPrintable(error));
        m_built = language;
    }

    static QString listed(const QStringList &problems) { return problems.join(u"\n  "_s).prepend(u"\n  "_s); }

    static void expectNoEnglish(QWidget *root, const QString &language)
    {
        const QStringList english = ShownTexts::untranslated(ShownTexts::ofWindow(root), EnglishDetector(language));
        QVERIFY2(english.isEmpty(), qPrintable(u"English left in %1:"_s.arg(root->windowTitle()) + listed(english)));
    }

    static void expectUniqueMnemonics(QWidget *dialog)
    {
        const QStringList clashes = DialogChecks::duplicateMnemonics(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(dialog->windowTitle() + listed(clashes)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_language.setLanguage(u"en"_s); }

    void mainWindow_data() { languages(); }
    void mainWindow()
    {
        QFETCH(QString, language);
        startIn(language);
        MainWindow *window = m_session.window();
        QVERIFY(window->ticketView()->currentRow().has_value()); // a ticket is open
        expectNoEnglish(window, language);
        DialogChecks::screenshot(window, u"main-"_s + language);
    }

    void mainWindowMnemonics_data() { languages(); }
    void mainWindowMnemonics()
    {
        QFETCH(QString, language);
        startIn(language);
        MainWindow *window = m_session.window();
        QStringList clashes;
        QStringList titles;
        for (QAction *a : window->menuBar()->actions()) {
            titles << a->text();
            if (a->menu())
                clashes << ShownTexts::menuMnemonicClashes(a->menu());
        }
        clashes << ShownTexts::menuMnemonicClashes(window->presenceButton()->menu(), u"Presence"_s);
        // Alt+letter in the window: the menu bar and the buttons and labels on screen.
        clashes << ShownTexts::mnemonicClashes({window}, titles, {window->menuBar()});
        QVERIFY2(clashes.isEmpty(), qPrintable(u"Mnemonics shared:"_s + listed(clashes)));
    }

    void trayMenu_data() { languages(); }
    void trayMenu()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.setLanguage(language));
        TrayIcon tray(m_session.clock());
        tray.setPresence(m_session.workspace().presence());
        const QStringList english =
                ShownTexts::untranslated(ShownTexts::ofMenu(tray.menu(), u"tray"_s), EnglishDetector(language));
        QVERIFY2(english.isEmpty(), qPrintable(u"English left in the tray menu:"_s + listed(english)));
        const QStringList tip =
                ShownTexts::untranslated({{u"tray tooltip"_s, tray.toolTip(), false}}, EnglishDetector(language));
        QVERIFY2(tip.isEmpty(), qPrintable(listed(tip)));
        QVERIFY2(ShownTexts::menuMnemonicClashes(tray.menu()).isEmpty(),
                 qPrintable(listed(ShownTexts::menuMnemonicClashes(tray.menu()))));
    }

    void loginDialog_data() { languages(); }
    void loginDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.setLanguage(language));
        QNetworkAccessManager network;
        CredentialStore credentials(u"FrontlineLanguagesTest"_s);
        AccountSetup setup(&network, credentials);
        LoginDialog dialog(setup);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.advancedButton()->setChecked(true); // the certificate rows too
        expectUniqueMnemonics(&dialog);
        // Sign in with nothing filled in: core's sentence ("Please fill in: Server address.").
        dialog.signInButton()->click();
        QTRY_VERIFY(!dialog.statusText().isEmpty());
        expectNoEnglish(&dialog, language);
        DialogChecks::screenshot(&dialog, u"login-"_s + language);
    }

    void dialogs_data() { languages(); }
    void dialogs()
    {
        QFETCH(QString, language);
        startIn(language);
        MainWindow *window = m_session.window();
        Workspace &ws = m_session.workspace();
        const QString department = window->ticketView()->currentRow()->departmentId;
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<AboutDialog>(window));
        dialogs.push_back(std::make_unique<PostponeDialog>(ws.clock(), window));
        dialogs.push_back(
                std::make_unique<TransferDialog>(ws.store(), department, TransferDialog::Mode::Transfer, window));
        dialogs.push_back(
                std::make_unique<TransferDialog>(ws.store(), department, TransferDialog::Mode::Assign, window));
        dialogs.push_back(
                std::make_unique<PendingActionsDialog>(ws.store(), ws.actions(), ws.pusher(), ws.sync(), window));
        dialogs.push_back(std::make_unique<ShortcutsDialog>(window->allActions(), window));
        // The working-time window (View → Working time) and the welcome-back prompt.
        auto workTime = std::make_unique<QDialog>(window);
        (new QVBoxLayout(workTime.get()))->addWidget(new WorkTimePanel(ws.store(), ws.clock(), workTime.get()));
        workTime->setWindowTitle(
                Catalogues::translation(language, u"Frontline::DesktopIntegration"_s, u"Working time"_s));
        dialogs.push_back(std::move(workTime));
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            expectNoEnglish(dialog.get(), language);
            expectUniqueMnemonics(dialog.get());
            dialog->hide();
        }
    }

    void resumePrompt_data() { languages(); }
    void resumePrompt()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.setLanguage(language));
        ResumePrompt prompt;
        prompt.setPresenceText(
                [this] { return PresenceText::describe(m_session.workspace().presence(), m_session.clock().now()); });
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        expectNoEnglish(&prompt, language);
        expectUniqueMnemonics(&prompt);
    }

    // The settings' tabs are separate pages: a mnemonic is unique on its page, together with
    // the dialog's buttons.
    void settingsDialog_data() { languages(); }
    void settingsDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.setLanguage(language));
        UiSettings settings;
        settings.language = language;
        SettingsDialog dialog(settings, m_language);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList clashes;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            expectNoEnglish(&dialog, language);
            QList<QWidget *> otherPages;
            for (int j = 0; j < tabs->count(); ++j) {
                if (j != i)
                    otherPages << tabs->widget(j);
            }
            for (const QString &clash : ShownTexts::mnemonicClashes({&dialog}, {}, otherPages))
                clashes << tabs->tabText(i) + u": "_s + clash;
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(u"Mnemonics shared on a settings page:"_s + listed(clashes)));
        dialog.reject();
    }
};

QTEST_MAIN(TestLanguagesUi)
#include "tst_languages_ui.moc"
