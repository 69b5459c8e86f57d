// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Frontline {

bool Options::parse(QCoreApplication &app, Options *out, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("Options", "Frontline — the desktop client for LiveAgent help-desk agents."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
            u"demo"_s,
            QCoreApplication::translate("Options",
                                        "Start on the demo help desk (a local sandbox server with "
                                        "sample tickets); nothing leaves this computer."));
    const QCommandLineOption profile(u"profile"_s,
                                     QCoreApplication::translate("Options", "Keep all settings and caches in <dir>."),
                                     QCoreApplication::translate("Options", "dir"));
    const QCommandLineOption lang(
            u"lang"_s, QCoreApplication::translate("Options", "Use the language <code>: en, da, es, nb or sl."),
            QCoreApplication::translate("Options", "code"));
    const QCommandLineOption screenshot(
            u"screenshot"_s,
            QCoreApplication::translate("Options",
                                        "After the first sync, save the window as a PNG image to <file> and exit."),
            QCoreApplication::translate("Options", "file"));
    const QCommandLineOption minimized(u"minimized"_s,
                                       QCoreApplication::translate("Options", "Start minimised to the system tray."));
    const QCommandLineOption sandboxArg(
            u"sandbox-arg"_s,
            QCoreApplication::translate("Options",
                                        "Pass <arg> to the demo help desk (e.g. --now=2026-11-20T15:00:00Z)."),
            QCoreApplication::translate("Options", "arg"));
    parser.addOptions({demo, profile, lang, screenshot, minimized, sandboxArg});

    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("Options", "Unexpected argument: %1")
                                       .arg(parser.positionalArguments().first())
                            << '\n';
        *exitCode = 2;
        return false;
    }
    out->demo = parser.isSet(demo);
    out->profileDir = parser.value(profile);
    out->language = parser.value(lang);
    out->screenshot = parser.value(screenshot);
    out->minimized = parser.isSet(minimized);
    out->sandboxArgs = parser.values(sandboxArg);
    if (!out->language.isEmpty() && !LanguageManager::supported().contains(out->language)) {
        QTextStream(stderr) << QCoreApplication::translate("Options", "Unknown language \"%1\"; use one of: %2")
                                       .arg(out->language, LanguageManager::supported().join(u", "_s))
                            << '\n';
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace Frontline
