// SPDX-License-Identifier: GPL-3.0-or-later
#include "slawatcher.h"

#include "domain/clock.h"
#include "models/slacatalog.h"
#include "store/store.h"

namespace Frontline {

namespace {

constexpr int kMaxMine = 5000;

} // namespace

SlaWatcher::SlaWatcher(Store &store, const SlaCatalog &catalog, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_clock(clock)
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SlaWatcher::evaluate);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(300);
    connect(&m_coalesce, &QTimer::timeout, this, &SlaWatcher::evaluate);
    connect(&m_store, &Store::ticketsChanged, &m_coalesce, qOverload<>(&QTimer::start));
}

void SlaWatcher::setMe(const QString &meId)
{
    m_meId = meId;
    m_timer.start();
    evaluate();
}

void SlaWatcher::evaluate()
{
    if (m_meId.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    TicketQuery q;
    q.queue = TicketQuery::Queue::Mine;
    q.meId = m_meId;
    const QList<TicketRow> rows = m_store.tickets().rows(q, 0, kMaxMine);

    MyWorkSummary s;
    QList<TicketEvent> events;
    QDateTime nextDeadline;
    for (const TicketRow &r : rows) {
        if (needsAnswerStatus(r.statusKind()))
            ++s.needsAnswer;
        const TicketSlaView v = m_catalog.mostUrgent(r, now);
        if (!v.hasSla)
            continue;
        const SlaReading &reading = v.reading;
        const bool warning =
                reading.state == SlaState::Warning || (reading.belowWarningShare && reading.state == SlaState::Paused);
        if (warning)
            ++s.warning;
        if (reading.state == SlaState::Breached)
            ++s.breached;
        if ((reading.state == SlaState::Running || reading.state == SlaState::Warning
             || reading.state == SlaState::Paused)
            && reading.deadline.isValid() && (!nextDeadline.isValid() || reading.deadline < nextDeadline)) {
            nextDeadline = reading.deadline;
            s.nextTicketId = r.id;
            s.nextSubject = r.subject;
            s.nextReading = reading;
        }
        auto event = [&](TicketEvent::Kind kind) {
            events.append(TicketEvent{kind, r.id, r.subject, r.ownerName.isEmpty() ? r.ownerEmail : r.ownerName,
                                      r.departmentId, now});
        };
        // Report each deadline once; the first look after start only learns the situation.
        if (reading.state == SlaState::Breached && m_breached.value(r.id) != reading.deadline) {
            m_breached.insert(r.id, reading.deadline);
            if (m_primed)
                event(TicketEvent::Kind::SlaBreached);
        } else if (warning && m_warned.value(r.id) != reading.deadline) {
            m_warned.insert(r.id, reading.deadline);
            if (m_primed)
                event(TicketEvent::Kind::SlaWarning);
        }
    }
    m_primed = true;
    if (s != m_summary) {
        m_summary = s;
        Q_EMIT summaryChanged(m_summary);
    }
    if (!events.isEmpty())
        Q_EMIT ticketEvents(events);
}

} // namespace Frontline
