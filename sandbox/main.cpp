// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapp.h"
#include "sandboxoptions.h"

#include "quitonsignal.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frontline-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    auto options = Frontline::Sandbox::SandboxOptions::parse(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << options.error() << '\n';
        return 2;
    }
    Frontline::Sandbox::SandboxApp sandbox(std::move(options).value());
    const auto port = sandbox.start();
    if (!port) {
        QTextStream(stderr) << port.error() << '\n';
        return 1;
    }
    // Scripts and the test fixture read this exact first line.
    QTextStream out(stdout);
    out << "listening https://127.0.0.1:" << *port << '\n';
    out.flush();

    // SIGTERM/SIGINT end the event loop, so the database is closed and a temporary one removed.
    Frontline::quitOnTerminationSignals(&app, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}
