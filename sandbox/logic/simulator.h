// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seed/ticketgenerator.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Frontline {
class Clock;
}

namespace Frontline::Sandbox {

class DirectoryStore;
class TicketService;
class TicketStore;

/// `--simulate PER_HOUR`: customers write in at that rate of the sandbox clock (a Poisson
/// process, so a sped-up clock brings more of them per wall-clock minute). Six in ten events
/// are new tickets, routed like any other; the rest are customer replies to answered or
/// resolved tickets. Content and timing are deterministic for a given `--random-seed`.
class Simulator : public QObject
{
    Q_OBJECT

public:
    Simulator(TicketService &service, TicketStore &tickets, DirectoryStore &directory, PhraseBook phrases,
              double perHour, const Clock &clock, QObject *parent = nullptr);

    void start();
    /// Runs every event due by now; returns how many ran.
    int step();

private:
    void schedule(const QDateTime &from);
    bool newTicket();
    bool customerReply();

    TicketService &m_service;
    TicketStore &m_tickets;
    DirectoryStore &m_directory;
    PhraseBook m_phrases;
    double m_perHour;
    const Clock &m_clock;
    QDateTime m_next;
    QTimer m_timer;
};

} // namespace Frontline::Sandbox
