// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Frontline::Sandbox {

/// Everything the command line of `frontline-sandbox` sets, read once (typed settings).
struct SandboxOptions
{
    quint16 port = 0; // 0: a free port chosen by the system
    QString certFile;
    QString keyFile;
    QString certOut;
    QString dataFile; // empty: a temporary database removed at exit
    QString seedFile; // empty: the built-in demo seed
    int generatedTickets = 0;
    QDateTime now; // invalid: the wall clock at start
    double speed = 1.0;
    double simulatePerHour = 0;
    quint32 randomSeed = 1;
    int latencyMs = 0;
    int latencyJitterMs = 0;
    double failRate = 0;
    double dropRate = 0;
    double truncateRate = 0;
    int rateLimitPerMinute = 180; // 0: no limit

    /// Parses `arguments` (argv, program name first). An error is a sentence for stderr.
    /// `--help` and `--version` print and exit inside, as QCommandLineParser does.
    static Expected<SandboxOptions, QString> parse(const QStringList &arguments);

    Q_DECLARE_TR_FUNCTIONS(SandboxOptions) // last: the macro ends in "private:"
};

} // namespace Frontline::Sandbox
