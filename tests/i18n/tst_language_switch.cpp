// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language while Frontline runs, as the settings do (LanguageManager::
// setLanguage): the main window, an open dialog and the tray menu speak the new language at
// once — their words, and the dates, times and durations of its locale — and nothing of the
// language before is left.
#include "catalogue.h"
#include "demosession.h"
#include "showntexts.h"

#include "composer.h"
#include "dialogs/logindialog.h"
#include "dialogs/postponedialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "presencebutton.h"
#include "presencetext.h"
#include "queuelistview.h"
#include "resumeprompt.h"
#include "syncstatuswidget.h"
#include "ticketlistview.h"
#include "ticketview.h"
#include "trayicon.h"

#include "account/accountsetup.h"
#include "account/credentialstore.h"
#include "models/queuemodel.h"
#include "models/ticketlistmodel.h"
#include "presence/presencecontroller.h"
#include "sync/workspace.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using namespace Qt::StringLiterals;

namespace {

/// What a language's catalogue says for a message (English: the source).
QString expected(const QString &language, const QString &context, const QString &source)
{
    if (language == u"en")
        return source;
    const QString t = Catalogues::translation(language, context, source);
    return t.isEmpty() ? source : t;
}

QStringList texts(const QList<ShownText> &shown)
{
    QStringList out;
    for (const ShownText &t : shown)
        out << t.text;
    return out;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    DemoSession m_session;
    LanguageManager m_language;
    std::unique_ptr<PostponeDialog> m_dialog;
    std::unique_ptr<TrayIcon> m_tray;

    void switchTo(const QString &language)
    {
        QVERIFY(m_language.setLanguage(language));
        // The LanguageChange events are posted to the windows.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    QList<ShownText> everything() const
    {
        QList<ShownText> all = ShownTexts::ofWindow(m_session.window());
        all << ShownTexts::ofWindow(m_dialog.get());
        all << ShownTexts::ofMenu(m_tray->menu(), u"tray"_s);
        all << ShownText{u"tray tooltip"_s, m_tray->toolTip(), false};
        return all;
    }

    QString slaCellText() const
    {
        const TicketListModel *model = m_session.window()->ticketListModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, TicketListModel::SlaColumn).data().toString();
            if (text.contains(QRegularExpression(u"^\\d+ \\S+ \\d+ min$"_s)))
                return text;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_language.setLanguage(u"en"_s));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        m_dialog = std::make_unique<PostponeDialog>(m_session.clock(), m_session.window());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_tray = std::make_unique<TrayIcon>(m_session.clock());
        m_tray->setPresence(m_session.workspace().presence());
    }

    void cleanupTestCase()
    {
        m_tray.reset();
        m_dialog.reset();
        m_language.setLanguage(u"en"_s);
    }

    // A sentence shown before the switch (a sign-in problem from core) is said again in the
    // new language, the field it names included.
    void signInProblemFollowsTheLanguage()
    {
        switchTo(u"da"_s);
        QNetworkAccessManager network;
        CredentialStore credentials(u"FrontlineLanguageSwitchTest"_s);
        AccountSetup setup(&network, credentials);
        LoginDialog dialog(setup);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.signInButton()->click(); // nothing filled in
        const auto sentence = [](const QString &language) {
            return expected(language, u"Frontline::SignInError"_s, u"Please fill in: %1."_s)
                    .arg(expected(language, u"Frontline::SignInError"_s, u"Server address"_s));
        };
        QTRY_COMPARE(dialog.statusText(), sentence(u"da"_s));
        for (const QString &language : {u"sl"_s, u"es"_s, u"nb"_s, u"en"_s}) {
            switchTo(language);
            QCOMPARE(dialog.statusText(), sentence(language));
            QCOMPARE(dialog.signInButton()->text(), expected(language, u"Frontline::LoginDialog"_s, u"Sign &In"_s));
        }
    }

    // The welcome-back prompt words the presence anew, in the new language.
    void resumePromptFollowsTheLanguage()
    {
        switchTo(u"es"_s);
        ResumePrompt prompt;
        prompt.setPresenceText(
                [this] { return PresenceText::describe(m_session.workspace().presence(), m_session.clock().now()); });
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        for (const QString &language : {u"da"_s, u"sl"_s, u"en"_s}) {
            switchTo(language);
            const QString state = PresenceText::stateName(m_session.workspace().presence().state());
            QCOMPARE(state, expected(language, u"Frontline::PresenceText"_s, u"Available"_s));
            QVERIFY2(prompt.message().contains(state), qPrintable(prompt.message()));
            QCOMPARE(prompt.resumeButton()->text(), expected(language, u"Frontline::ResumePrompt"_s, u"Resume"_s));
        }
    }

    // The composer's note under the editor ("Draft restored.") is said again in the new language.
    void composerStatusFollowsTheLanguage()
    {
        switchTo(u"da"_s);
        MainWindow *window = m_session.window();
        TicketListView *list = window->ticketListView();
        Composer *composer = window->ticketView()->composer();
        list->setCurrentIndex(list->model()->index(1, 0));
        QTest::keyClicks(composer->editor(), u"Hej"_s);
        list->setCurrentIndex(list->model()->index(0, 0)); // the draft is saved
        list->setCurrentIndex(list->model()->index(1, 0)); // and restored
        QCOMPARE(composer->statusText(), expected(u"da"_s, u"Frontline::Composer"_s, u"Draft restored."_s));
        for (const QString &language : {u"sl"_s, u"nb"_s, u"en"_s}) {
            switchTo(language);
            QCOMPARE(composer->statusText(), expected(language, u"Frontline::Composer"_s, u"Draft restored."_s));
        }
        composer->editor()->clear();
        list->setCurrentIndex(list->model()->index(0, 0));
    }

    void switches_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // From English through every language and back, and between two translations.
        QTest::newRow("en→da") << u"en"_s << u"da"_s;
        QTest::newRow("da→sl") << u"da"_s << u"sl"_s;
        QTest::newRow("sl→es") << u"sl"_s << u"es"_s;
        QTest::newRow("es→nb") << u"es"_s << u"nb"_s;
        QTest::newRow("nb→en") << u"nb"_s << u"en"_s;
    }
    void switches()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QCOMPARE(m_language.language(), from);
        const QStringList before = texts(everything());
        switchTo(to);
        const QList<ShownText> after = everything();

        // The words of the new language, in each of the three places.
        MainWindow *window = m_session.window();
        const QList<QAction *> menus = window->menuBar()->actions();
        QCOMPARE(menus.first()->text(), expected(to, u"Frontline::MainWindow"_s, u"&File"_s));
        QCOMPARE(window->action(u"quit"_s)->text(), expected(to, u"Frontline::MainWindow"_s, u"&Quit"_s));
        QCOMPARE(window->queueView()->model()->index(0, 0).data().toString(),
                 expected(to, u"Frontline::QueueModel"_s, u"Mine"_s));
        QCOMPARE(window->ticketListView()
                         ->model()
                         ->headerData(TicketListModel::SubjectColumn, Qt::Horizontal)
                         .toString(),
                 expected(to, u"Frontline::TicketListModel"_s, u"Subject"_s));
        QCOMPARE(window->ticketListView()->accessibleName(),
                 expected(to, u"Frontline::TicketListView"_s, u"Tickets"_s));
        QVERIFY(window->syncStatus()->stateText().startsWith(
                expected(to, u"Frontline::SyncStatusWidget"_s, u"Synced at %1"_s).section(u"%1"_s, 0, 0)));
        QCOMPARE(window->presenceButton()->toggleAction()->text(),
                 expected(to, u"Frontline::PresenceButton"_s, u"Pause"_s));
        QCOMPARE(m_dialog->windowTitle(), expected(to, u"Frontline::PostponeDialog"_s, u"Postpone Ticket"_s));
        QCOMPARE(m_tray->action(u"quit"_s)->text(), expected(to, u"Frontline::TrayIcon"_s, u"Quit"_s));
        QCOMPARE(m_tray->action(u"pauseReasons"_s)->menu()->actions().first()->text(),
                 expected(to, u"Frontline::PresenceText"_s, u"Lunch"_s));
        QCOMPARE(window->presenceButton()->menu()->actions().first()->text(),
                 expected(to, u"Frontline::PresenceButton"_s, u"Pause: %1"_s)
                         .arg(expected(to, u"Frontline::PresenceText"_s, u"Lunch"_s)));

        // The locale of the new language: durations, times and weekday names.
        const QString sla = slaCellText();
        QVERIFY2(!sla.isEmpty(), "no SLA countdown of hours and minutes in the list");
        const QString hour = expected(to, u"Frontline::SlaText"_s, u"%1 h %2 min"_s).section(u' ', 1, 1);
        QVERIFY2(sla.section(u' ', 1, 1) == hour, qPrintable(sla + u" wants the hour as "_s + hour));
        const QLocale locale;
        QCOMPARE(locale.name().left(2), to == u"nb" ? u"nb"_s : to);
        auto *tomorrow = m_dialog->findChildren<QRadioButton *>().at(1);
        const QString nine = locale.toString(QTime(9, 0), QLocale::ShortFormat);
        QVERIFY2(tomorrow->text().contains(nine), qPrintable(tomorrow->text() + u" wants "_s + nine));
        bool weekdayFound = false;
        const TicketListModel *model = window->ticketListModel();
        for (int r = 0; r < model->rowCount() && !weekdayFound; ++r) {
            const QString when = model->index(r, TicketListModel::LastActivityColumn).data().toString();
            for (int day = 1; day <= 7; ++day)
                weekdayFound = weekdayFound || when.startsWith(locale.dayName(day, QLocale::ShortFormat) + u' ');
        }
        QVERIFY2(weekdayFound, "no ticket of the last days shows a weekday in the new language");

        // Much of what is on screen changed (data such as subjects and names stays).
        const QStringList now = texts(after);
        int changed = 0;
        for (const QString &t : now)
            changed += before.contains(t) ? 0 : 1;
        QVERIFY2(changed > 100, qPrintable(u"only %1 of %2 texts changed"_s.arg(changed).arg(now.size())));

        // And nothing of the previous language is left: no English after leaving English…
        if (to != u"en") {
            const QStringList english = ShownTexts::untranslated(after, EnglishDetector(to));
            QVERIFY2(english.isEmpty(), qPrintable(u"English left after the switch:\n  "_s + english.join(u"\n  "_s)));
        }
        // …and none of the translation before.
        if (from != u"en") {
            QStringList stale;
            const TsFile &old = Catalogues::ts(from);
            QHash<QString, QString> oldWords; // words only the old language uses
            for (const TsMessage &m : old.messages) {
                const QString t = Catalogues::withoutMnemonic(m.translations.value(0)).simplified();
                if (!t.isEmpty() && Catalogues::placeholders(t).isEmpty() && t != Catalogues::withoutMnemonic(m.source)
                    && (to == u"en" || t != Catalogues::withoutMnemonic(expected(to, m.context, m.source))))
                    oldWords.insert(t, m.where());
            }
            for (const ShownText &s : after) {
                const QString t = Catalogues::withoutMnemonic(s.text).simplified();
                if (oldWords.contains(t) && !s.data) {
                    bool sharedWord = false;
                    for (const TsMessage &m : Catalogues::ts(to == u"en" ? from : to).messages) {
                        const QString mine = to == u"en" ? m.source : m.translations.value(0);
                        sharedWord = sharedWord || Catalogues::withoutMnemonic(mine).simplified() == t;
                    }
                    if (!sharedWord)
                        stale << u"%1: \"%2\" (%3)"_s.arg(s.where, s.text, oldWords.value(t));
                }
            }
            QVERIFY2(stale.isEmpty(), qPrintable(u"Left in %1:\n  "_s.arg(from) + stale.join(u"\n  "_s)));
        }
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
