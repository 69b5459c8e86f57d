// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapp.h"
#include "sandboxoptions.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void writeToPipe(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the pipe and quits.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

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
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, writeToPipe);
        std::signal(SIGINT, writeToPipe);
    }
    return QCoreApplication::exec();
}
