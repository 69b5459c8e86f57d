// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "appstyle.h"
#include "languagemanager.h"
#include "options.h"
#include "quitonsignal.h"

#include <QApplication>
#include <QTimer>

#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

void setIdentity()
{
    QCoreApplication::setApplicationName(u"Frontline"_s);
    // No organisation name: it would double the folder (~/.config/Frontline/Frontline).
    QCoreApplication::setOrganizationDomain(u"frontline.example.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
}

// --help and --version answer in a terminal without a display (no GUI is started for them).
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // One malloc arena for every thread. glibc gives each thread that allocates (Qt's network
    // thread, the cache's checkpointer and integrity check, D-Bus, the X event reader) an arena
    // of its own, whose freed pages mostly stay resident: ~2.5 MiB over a first sync
    // (docs/performance.md). A desktop client has too few busy threads for the shared lock to
    // matter.
    mallopt(M_ARENA_MAX, 1);
#endif
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Frontline::LanguageManager language; // --lang, else the system's
        if (!language.setLanguage(requestedLanguage(QCoreApplication::arguments())))
            language.setLanguage(QString());
        Frontline::Options options;
        int exitCode = 0;
        Frontline::Options::parse(app, &options, &exitCode);
        return exitCode;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(u"io.frontline.Frontline"_s);
    // Frontline lives on in the tray with no window shown; Application decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    Frontline::AppStyle::install();
    // The window icon is set by Application once the window is painted (the theme lookup and
    // the SVG icon engine cost ~9 ms of start-up).

    // --lang, else the system language, so messages are translated; Settings come later.
    Frontline::LanguageManager language;
    if (!language.setLanguage(requestedLanguage(QCoreApplication::arguments())))
        language.setLanguage(QString());

    Frontline::Options options;
    int exitCode = 0;
    if (!Frontline::Options::parse(app, &options, &exitCode))
        return exitCode;

    Frontline::Application application(std::move(options), language);
    // A session logging out sends SIGTERM: quit as from the menu (presence log closed,
    // the demo's sandbox stopped) rather than die mid-write.
    Frontline::quitOnTerminationSignals(&application, [&application] { application.quit(); });
    // Inside the event loop, so that an exit asked for while starting (a cancelled sign-in, a
    // failed --screenshot) is not lost: QCoreApplication::exit() before exec() does nothing.
    QTimer::singleShot(0, &application, &Frontline::Application::start);
    return QApplication::exec();
}
