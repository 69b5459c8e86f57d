// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "ticketservice.h"

#include "domain/clock.h"
#include "logging.h"
#include "store/directorystore.h"
#include "store/ticketstore.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

// More events than this per tick means the clock jumped (a huge --speed): skip the backlog
// rather than flooding the help desk in one go.
constexpr int maxEventsPerStep = 50;

} // namespace

Simulator::Simulator(TicketService &service, TicketStore &tickets, DirectoryStore &directory, PhraseBook phrases,
                     double perHour, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_tickets(tickets)
    , m_directory(directory)
    , m_phrases(std::move(phrases))
    , m_perHour(perHour)
    , m_clock(clock)
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
}

void Simulator::start()
{
    if (m_perHour <= 0 || m_phrases.isEmpty())
        return;
    schedule(m_clock.now());
    m_timer.start();
}

void Simulator::schedule(const QDateTime &from)
{
    // Exponential gaps: the waiting times of a Poisson process with the given rate.
    const double u = 1.0 - m_phrases.random().generateDouble(); // (0, 1]
    const double hours = -std::log(u) / m_perHour;
    m_next = from.addMSecs(qint64(hours * 3600.0 * 1000.0));
}

int Simulator::step()
{
    const QDateTime now = m_clock.now();
    int ran = 0;
    while (m_next.isValid() && m_next <= now) {
        if (ran == maxEventsPerStep) {
            schedule(now);
            break;
        }
        const bool ok = m_phrases.random().bounded(10u) < 6 ? newTicket() : customerReply();
        if (!ok)
            qCDebug(lcSandbox) << "simulator: event skipped";
        ++ran;
        schedule(m_next);
    }
    return ran;
}

bool Simulator::newTicket()
{
    const QList<Department> departments = m_directory.departments();
    if (departments.isEmpty())
        return false;
    const QString language = m_phrases.language();
    const SeedPhrases &p = m_phrases.phrases(language);
    const QString name = m_phrases.pick(p.names);
    NewTicket n;
    n.userIdentifier = PhraseBook::emailFor(name, language);
    n.subject = m_phrases.pick(p.subjects);
    n.message = m_phrases.pick(p.bodies);
    n.departmentId = departments.at(qsizetype(m_phrases.random().bounded(quint32(departments.size())))).id;
    n.recipient = u"support@demo.frontline.example"_s;
    return bool(m_service.create(n, name));
}

bool Simulator::customerReply()
{
    const QList<qint64> candidates = m_tickets.newest({u"A"_s, u"R"_s}, 50);
    if (candidates.isEmpty())
        return newTicket();
    const auto ticket =
            m_tickets.findBySeq(candidates.at(qsizetype(m_phrases.random().bounded(quint32(candidates.size())))));
    if (!ticket)
        return false;
    const Ticket &t = ticket->ticket;
    QString language = PhraseBook::languageOf(t.ownerEmail);
    if (const auto contact = m_directory.contact(t.ownerContactId); contact && !contact->language.isEmpty())
        language = contact->language;
    const QStringList replies = m_phrases.phrases(language).replies;
    const QString text = replies.isEmpty() ? m_phrases.pick(m_phrases.phrases(m_phrases.language()).replies)
                                           : m_phrases.pick(replies);
    if (text.isEmpty())
        return false;
    const Author customer{Author::Kind::Customer, t.ownerContactId, t.ownerName, t.ownerEmail};
    return bool(m_service.addMessage(t.id, customer, text, false, u"T"_s));
}

} // namespace Frontline::Sandbox
