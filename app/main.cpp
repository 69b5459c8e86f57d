// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "languagemanager.h"
#include "options.h"
#include "quitonsignal.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Frontline"_s);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setOrganizationDomain(u"frontline.example.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    QApplication::setDesktopFileName(u"io.frontline.Frontline"_s);
    // Frontline lives on in the tray with no window shown; Application decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.frontline.Frontline"_s, QIcon(u":/icons/frontline.svg"_s)));

    // The system language first, so --help is translated; --lang and Settings come later.
    Frontline::LanguageManager language;
    language.setLanguage(QString());

    Frontline::Options options;
    int exitCode = 0;
    if (!Frontline::Options::parse(app, &options, &exitCode))
        return exitCode;

    Frontline::Application application(std::move(options), language);
    // A session logging out sends SIGTERM: quit as from the menu (presence log closed,
    // the demo's sandbox stopped) rather than die mid-write.
    Frontline::quitOnTerminationSignals(&application, [&application] { application.quit(); });
    application.start();
    return QApplication::exec();
}
