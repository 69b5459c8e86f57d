// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "languagemanager.h"
#include "options.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace {

// --lang as early as --help needs it ("--lang sl" or "--lang=sl"); Options checks it properly.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Frontline"_s);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setOrganizationDomain(u"frontline.example.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    QApplication::setDesktopFileName(u"io.frontline.Frontline"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.frontline.Frontline"_s, QIcon(u":/icons/frontline.svg"_s)));

    // --lang, else the system language, so --help is translated; Settings come later.
    Frontline::LanguageManager language;
    if (!language.setLanguage(requestedLanguage(QCoreApplication::arguments())))
        language.setLanguage(QString());

    Frontline::Options options;
    int exitCode = 0;
    if (!Frontline::Options::parse(app, &options, &exitCode))
        return exitCode;

    Frontline::Application application(std::move(options), language);
    application.start();
    return QApplication::exec();
}
