// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "languagemanager.h"
#include "options.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Frontline"_s);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setOrganizationDomain(u"frontline.example.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    QApplication::setDesktopFileName(u"io.frontline.Frontline"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.frontline.Frontline"_s, QIcon(u":/icons/frontline.svg"_s)));

    // The system language first, so --help is translated; --lang and Settings come later.
    Frontline::LanguageManager language;
    language.setLanguage(QString());

    Frontline::Options options;
    int exitCode = 0;
    if (!Frontline::Options::parse(app, &options, &exitCode))
        return exitCode;

    Frontline::Application application(std::move(options), language);
    // Inside the event loop, so that an exit asked for while starting (a cancelled sign-in, a
    // failed --screenshot) is not lost: QCoreApplication::exit() before exec() does nothing.
    QTimer::singleShot(0, &application, &Frontline::Application::start);
    return QApplication::exec();
}
