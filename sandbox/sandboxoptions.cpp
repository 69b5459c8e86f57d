// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxoptions.h"

#include "api/wire/wiretime.h"

#include <QCommandLineParser>

namespace Frontline::Sandbox {

namespace {

std::optional<double> probability(const QString &text)
{
    bool ok = false;
    const double p = text.toDouble(&ok);
    if (!ok || p < 0 || p > 1)
        return std::nullopt;
    return p;
}

} // namespace

Expected<SandboxOptions, QString> SandboxOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("A LiveAgent API v3 compatible help desk over HTTPS, for demos, development and tests."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption port(QStringLiteral("port"), tr("Port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("TLS certificate (PEM) to serve."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Private key (PEM) of --cert."), QStringLiteral("FILE"));
    const QCommandLineOption certOut(QStringLiteral("cert-out"), tr("Write the served certificate (PEM) here."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("SQLite database; kept across restarts (default: a temporary one)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed (JSON) for a new database instead of the demo."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption tickets(QStringLiteral("tickets"), tr("Add N generated tickets to a new database."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption now(QStringLiteral("now"), tr("Start the sandbox clock at this ISO-8601 instant."),
                                 QStringLiteral("ISO-8601"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Run the sandbox clock F times faster than real time (0 freezes it)."),
                                   QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      tr("Customer tickets and replies per simulated hour (0: none)."),
                                      QStringLiteral("PER_HOUR"), QStringLiteral("0"));
    const QCommandLineOption randomSeed(QStringLiteral("random-seed"),
                                        tr("Seed of the simulator, generator and fault injection."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency"), tr("Delay every response by MS, +/- JITTER ms."),
                                     QStringLiteral("MS[:JITTER]"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      tr("Share of requests answered 500, 502 or 503 (0..1)."), QStringLiteral("P"),
                                      QStringLiteral("0"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      tr("Share of responses cut off by closing the connection (0..1)."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption truncateRate(QStringLiteral("truncate-rate"),
                                          tr("Share of responses whose body is truncated (0..1)."), QStringLiteral("P"),
                                          QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Requests per API key per minute before 429 (0: unlimited)."),
                                       QStringLiteral("N"), QStringLiteral("180"));
    parser.addOptions({port, cert, key, certOut, data, seed, tickets, now, speed, simulate, randomSeed, latency,
                       failRate, dropRate, truncateRate, rateLimit});
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());

    SandboxOptions o;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return tr("--port needs a number from 0 to 65535.");
    o.port = quint16(portValue);
    o.certFile = parser.value(cert);
    o.keyFile = parser.value(key);
    if (o.certFile.isEmpty() != o.keyFile.isEmpty())
        return tr("--cert and --key go together.");
    o.certOut = parser.value(certOut);
    o.dataFile = parser.value(data);
    o.seedFile = parser.value(seed);
    o.generatedTickets = parser.value(tickets).toInt(&ok);
    if (!ok || o.generatedTickets < 0 || o.generatedTickets > 10'000'000)
        return tr("--tickets needs a number from 0 to 10000000.");
    if (parser.isSet(now)) {
        const auto instant = WireTime::parseInstant(parser.value(now));
        if (!instant || !instant->isValid())
            return tr("--now needs an ISO-8601 instant such as 2026-11-20T15:00:00Z.");
        o.now = *instant;
    }
    o.speed = parser.value(speed).toDouble(&ok);
    if (!ok || o.speed < 0)
        return tr("--speed needs a number of 0 or more.");
    o.simulatePerHour = parser.value(simulate).toDouble(&ok);
    if (!ok || o.simulatePerHour < 0)
        return tr("--simulate needs a number of 0 or more.");
    o.randomSeed = parser.value(randomSeed).toUInt(&ok);
    if (!ok)
        return tr("--random-seed needs a non-negative number.");
    if (parser.isSet(latency)) {
        const QStringList parts = parser.value(latency).split(u':');
        bool okJitter = true;
        o.latencyMs = parts.value(0).toInt(&ok);
        if (parts.size() == 2)
            o.latencyJitterMs = parts.at(1).toInt(&okJitter);
        if (!ok || !okJitter || parts.size() > 2 || o.latencyMs < 0 || o.latencyJitterMs < 0)
            return tr("--latency needs MS or MS:JITTER in milliseconds.");
    }
    const std::pair<const QCommandLineOption *, double *> rates[] = {
            {&failRate, &o.failRate}, {&dropRate, &o.dropRate}, {&truncateRate, &o.truncateRate}};
    for (const auto &[option, target] : rates) {
        const auto p = probability(parser.value(*option));
        if (!p)
            return tr("--%1 needs a probability from 0 to 1.").arg(option->names().constFirst());
        *target = *p;
    }
    o.rateLimitPerMinute = parser.value(rateLimit).toInt(&ok);
    if (!ok || o.rateLimitPerMinute < 0)
        return tr("--rate-limit needs a number of 0 or more.");
    return o;
}

} // namespace Frontline::Sandbox
