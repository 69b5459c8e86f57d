// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationcenter.h"

#include "store/store.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Frontline {

namespace {

constexpr int kListed = 3; // subjects named in a coalesced notification's body

// The order notifications appear in: what is burning first.
int priority(TicketEvent::Kind kind)
{
    switch (kind) {
    case TicketEvent::Kind::SlaBreached:
        return 0;
    case TicketEvent::Kind::SlaWarning:
        return 1;
    case TicketEvent::Kind::AssignedToMe:
        return 2;
    case TicketEvent::Kind::Reopened:
        return 3;
    case TicketEvent::Kind::CustomerReplied:
        return 4;
    case TicketEvent::Kind::NewInQueue:
        return 5;
    }
    return 6;
}

} // namespace

NotificationCenter::NotificationCenter(Notifier &notifier, const Store &store, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_store(store)
{
    m_window.setSingleShot(true);
    m_window.setInterval(2s);
    connect(&m_window, &QTimer::timeout, this, &NotificationCenter::flush);
    connect(&m_notifier, &Notifier::activated, this, &NotificationCenter::openTicket);
}

void NotificationCenter::setSettings(const UiSettings &settings)
{
    m_settings = settings;
}

void NotificationCenter::setPaused(bool paused)
{
    m_paused = paused;
}

void NotificationCenter::setCoalesceWindow(std::chrono::milliseconds window)
{
    m_window.setInterval(window);
}

bool NotificationCenter::accepts(const TicketEvent &e) const
{
    if (!m_settings.notifies(e.kind))
        return false;
    // Seed 001: a break is a break. Only a missed deadline is worth interrupting it.
    if (m_paused && m_settings.onlyBreachesWhilePaused)
        return e.kind == TicketEvent::Kind::SlaBreached;
    return true;
}

void NotificationCenter::addEvents(const QList<TicketEvent> &events)
{
    // Filtered on arrival: what happened during a break is not shown when it ends.
    for (const TicketEvent &e : events) {
        if (accepts(e))
            m_waiting.append(e);
    }
    // The window is not restarted by later events, so a steady trickle still shows up.
    if (!m_waiting.isEmpty() && !m_window.isActive())
        m_window.start();
}

void NotificationCenter::flush()
{
    m_window.stop();
    const QList<TicketEvent> events = std::exchange(m_waiting, {});
    for (const Notification &n : compose(events))
        m_notifier.notify(n);
}

QList<Notification> NotificationCenter::compose(const QList<TicketEvent> &events) const
{
    // One group per kind (and per department for new tickets), each ticket once, newest first.
    QList<QList<TicketEvent>> groups;
    QHash<QString, qsizetype> groupOf;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const TicketEvent &e = *it;
        const QString key = QString::number(int(e.kind)) + u'/'
                + (e.kind == TicketEvent::Kind::NewInQueue ? e.departmentId : QString());
        auto g = groupOf.constFind(key);
        if (g == groupOf.cend()) {
            g = groupOf.insert(key, groups.size());
            groups.append(QList<TicketEvent>());
        }
        QList<TicketEvent> &group = groups[*g];
        const bool seen = std::any_of(group.cbegin(), group.cend(),
                                      [&](const TicketEvent &other) { return other.ticketId == e.ticketId; });
        if (!seen)
            group.append(e);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const QList<TicketEvent> &a, const QList<TicketEvent> &b) {
        return priority(a.first().kind) < priority(b.first().kind);
    });
    QList<Notification> out;
    for (const QList<TicketEvent> &group : std::as_const(groups))
        out.append(group.size() == 1 ? single(group.first()) : coalesced(group));
    return out;
}

QString NotificationCenter::departmentName(const QString &departmentId) const
{
    const std::optional<Department> d = m_store.reference().department(departmentId);
    if (d && !d->name.isEmpty())
        return d->name;
    //: Stands for a department whose name is not known yet: "New ticket in your department"
    return tr("your department");
}

Notification NotificationCenter::single(const TicketEvent &e) const
{
    //: A ticket without a subject
    const QString subject = e.subject.simplified().isEmpty() ? tr("(no subject)") : e.subject.simplified();
    //: Who wrote the ticket: "From Jane Doe"
    const QString from = e.customer.isEmpty() ? QString() : tr("From %1").arg(e.customer);
    Notification n;
    n.ticketId = e.ticketId;
    switch (e.kind) {
    case TicketEvent::Kind::AssignedToMe:
        //: Notification title: a ticket became mine
        n.summary = tr("Assigned to you: %1").arg(subject);
        n.body = from;
        break;
    case TicketEvent::Kind::CustomerReplied:
        n.summary = e.customer.isEmpty()
                //: Notification title: a customer answered on a ticket of mine
                ? tr("The customer replied")
                //: Notification title: "Jane Doe replied"
                : tr("%1 replied").arg(e.customer);
        n.body = subject;
        break;
    case TicketEvent::Kind::NewInQueue:
        //: Notification title: "New ticket in Billing"
        n.summary = tr("New ticket in %1").arg(departmentName(e.departmentId));
        n.body = from.isEmpty() ? subject : subject + u'\n' + from;
        n.urgency = Notification::Urgency::Low;
        break;
    case TicketEvent::Kind::Reopened:
        //: Notification title: a resolved ticket of mine came back
        n.summary = tr("Ticket reopened: %1").arg(subject);
        n.body = from;
        break;
    case TicketEvent::Kind::SlaWarning:
        //: Notification title: an SLA deadline of my ticket is near
        n.summary = tr("Deadline soon: %1").arg(subject);
        n.body = from;
        break;
    case TicketEvent::Kind::SlaBreached:
        //: Notification title: an SLA deadline of my ticket passed
        n.summary = tr("Deadline missed: %1").arg(subject);
        n.body = from;
        n.urgency = Notification::Urgency::Critical;
        break;
    }
    return n;
}

Notification NotificationCenter::coalesced(const QList<TicketEvent> &group) const
{
    const int count = int(group.size());
    const TicketEvent &first = group.first();
    Notification n;
    n.ticketId = first.ticketId; // the newest: clicking opens it
    switch (first.kind) {
    case TicketEvent::Kind::AssignedToMe:
        n.summary = tr("%n tickets assigned to you", nullptr, count);
        break;
    case TicketEvent::Kind::CustomerReplied:
        n.summary = tr("%n customers replied", nullptr, count);
        break;
    case TicketEvent::Kind::NewInQueue:
        //: "5 new tickets in Billing"
        n.summary = tr("%n new tickets in %1", nullptr, count).arg(departmentName(first.departmentId));
        n.urgency = Notification::Urgency::Low;
        break;
    case TicketEvent::Kind::Reopened:
        n.summary = tr("%n tickets reopened", nullptr, count);
        break;
    case TicketEvent::Kind::SlaWarning:
        //: SLA deadlines of my tickets that are near
        n.summary = tr("%n deadlines due soon", nullptr, count);
        break;
    case TicketEvent::Kind::SlaBreached:
        //: SLA deadlines of my tickets that passed
        n.summary = tr("%n deadlines missed", nullptr, count);
        n.urgency = Notification::Urgency::Critical;
        break;
    }
    QStringList lines;
    for (const TicketEvent &e : group.first(std::min(count, kListed))) {
        const QString subject = e.subject.simplified();
        lines << u"• "_s + (subject.isEmpty() ? tr("(no subject)") : subject);
    }
    if (count > kListed)
        //: After the first three subjects of a burst: "and 2 more"
        lines << tr("and %n more", nullptr, count - kListed);
    n.body = lines.join(u'\n');
    return n;
}

} // namespace Frontline
