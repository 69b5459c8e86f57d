// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Frontline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Help-desk agent client for LiveAgent"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
