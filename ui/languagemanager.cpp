// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

// Qt's standard button texts are in Frontline's catalogues too: Debian's Slovenian Qt
// catalogue (qt_sl) predates Qt 6 and has neither the QPlatformTheme nor the QGnomeTheme
// context, so OK, Cancel and Close would stay English there. Frontline's translator is
// installed last and so asked first; in the other languages it says what Qt's says.
[[maybe_unused]] constexpr const char *kStandardButtons[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
        QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),  QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
};

// The formats of the chosen language: the system's own locale when it speaks that language (an
// English UI in Britain writes 14:30 and 31/12/2026, a Spanish one in Mexico uses Mexico's
// formats), else the language's main country.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    const QString systemCode = system.language() == QLocale::NorwegianBokmal ? u"nb"_s : system.name().left(2);
    if (systemCode == code)
        return system;
    return QLocale(code == u"nb" ? u"nb_NO"_s : code);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::supported()
{
    return {u"en"_s, u"da"_s, u"es"_s, u"nb"_s, u"sl"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"da")
        return u"Dansk"_s;
    if (code == u"es")
        return u"Español"_s;
    if (code == u"nb")
        return u"Norsk bokmål"_s;
    if (code == u"sl")
        return u"Slovenščina"_s;
    return u"English"_s;
}

QString LanguageManager::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.left(2).toLower();
        if (lang == u"no" || lang == u"nn" || ui.startsWith(u"nb"))
            return u"nb"_s;
        if (supported().contains(lang))
            return lang;
    }
    return u"en"_s;
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = requested.isEmpty() ? systemLanguage() : requested;
    if (!supported().contains(code))
        return false;

    auto app = std::make_unique<QTranslator>();
    if (code != u"en" && !app->load(u":/i18n/frontline_"_s + code))
        qCWarning(lcUi) << "no Frontline catalogue for" << code;

    // Qt's own words (OK, Cancel, standard dialogs). Debian ships no Bokmål catalogue: Nynorsk
    // is the closest; Slovenian only exists as the older combined qt_sl catalogue.
    auto qt = std::make_unique<QTranslator>();
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QStringList candidates{u"qtbase_"_s + code, u"qt_"_s + code};
    if (code == u"nb")
        candidates << u"qtbase_no"_s << u"qtbase_nn"_s << u"qt_nn"_s;
    bool qtLoaded = code == u"en";
    for (const QString &name : candidates) {
        if (!qtLoaded && qt->load(name, dir)) {
            qtLoaded = true;
            break;
        }
    }

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    QLocale::setDefault(localeFor(code));
    // Installing sends QEvent::LanguageChange to every widget: they retranslate themselves.
    if (!m_qt->isEmpty())
        QCoreApplication::installTranslator(m_qt.get());
    if (!m_app->isEmpty())
        QCoreApplication::installTranslator(m_app.get());
    const bool changed = code != m_language;
    m_language = code;
    if (changed) {
        if (m_app->isEmpty() && m_qt->isEmpty()) {
            // No translator to install (English): still tell the widgets.
            QEvent event(QEvent::LanguageChange);
            QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
        }
        Q_EMIT languageChanged(code);
    }
    return true;
}

} // namespace Frontline
