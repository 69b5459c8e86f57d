// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketservice.h"

#include "slaplanner.h"
#include "ticketnumbers.h"
#include "ticketrouter.h"

#include "domain/clock.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/directorystore.h"
#include "store/ticketstore.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

// TicketUpdatable accepts these letters; L (closed) only appears in responses and filters.
const QStringList updatableStatuses{u"I"_s, u"N"_s, u"T"_s, u"P"_s, u"R"_s, u"X"_s, u"B"_s, u"A"_s, u"C"_s, u"W"_s};

bool isResolvedStatus(const QString &status)
{
    return status == u"R" || status == u"X" || status == u"B" || status == u"L";
}

QString nameFromEmail(const QString &email)
{
    static const QRegularExpression separators(QStringLiteral("[._-]+"));
    QStringList parts = email.section(u'@', 0, 0).split(separators, Qt::SkipEmptyParts);
    for (QString &p : parts)
        p[0] = p.at(0).toUpper();
    return parts.isEmpty() ? email : parts.join(u' ');
}

ApiError notFound()
{
    return ApiError{404, QStringLiteral("Ticket not found")};
}

} // namespace

TicketService::TicketService(Database &db, DirectoryStore &directory, TicketStore &tickets,
                             ConversationStore &conversations, TicketRouter &router, const SlaPlanner &sla,
                             const Clock &clock)
    : m_db(db)
    , m_directory(directory)
    , m_tickets(tickets)
    , m_conversations(conversations)
    , m_router(router)
    , m_sla(sla)
    , m_clock(clock)
{ }

quint64 TicketService::nextNumber()
{
    const quint64 n = m_db.meta(u"ticket_counter"_s).toULongLong() + 1;
    m_db.setMeta(u"ticket_counter"_s, QString::number(n));
    return n;
}

std::optional<Author> TicketService::authorFor(const QString &userIdentifier, const QString &fallbackName)
{
    const QString who = userIdentifier.trimmed();
    auto agent = m_directory.agentByEmail(who);
    if (!agent)
        agent = m_directory.agent(who);
    if (agent)
        return Author{Author::Kind::Agent, agent->agent.id, agent->agent.name, agent->agent.email};
    if (auto contact = m_directory.contactByEmail(who))
        return Author{Author::Kind::Customer, contact->id, contact->name, contact->email};
    if (auto contact = m_directory.contact(who))
        return Author{Author::Kind::Customer, contact->id, contact->name, contact->email};
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.match(who).hasMatch())
        return std::nullopt;
    Contact c;
    c.id = QStringLiteral("c-") + TicketNumbers::publicAccessUrlCode(who.toLower()).left(10);
    c.email = who;
    c.name = fallbackName.isEmpty() ? nameFromEmail(who) : fallbackName;
    m_directory.insertContact(c);
    return Author{Author::Kind::Customer, c.id, c.name, c.email};
}

Result<TicketRecord> TicketService::create(const NewTicket &n, const QString &customerName)
{
    if (!m_directory.department(n.departmentId))
        return ApiError{400, QStringLiteral("departmentid: unknown department '%1'").arg(n.departmentId)};
    if (!n.status.isEmpty() && !updatableStatuses.contains(n.status))
        return ApiError{400, QStringLiteral("status: '%1' is not a status a ticket can be created with").arg(n.status)};
    const QList<Tag> tags = m_directory.tags();
    for (qsizetype i = 0; i < n.tagIds.size(); ++i) {
        if (std::none_of(tags.cbegin(), tags.cend(), [&](const Tag &t) { return t.id == n.tagIds.at(i); }))
            return ApiError{400, QStringLiteral("tags[%1]: unknown tag '%2'").arg(i).arg(n.tagIds.at(i))};
    }
    if (n.subject.trimmed().isEmpty())
        return ApiError{400, QStringLiteral("subject: must not be empty")};

    Database::Transaction transaction(m_db);
    const QDateTime now = m_clock.now();
    const auto writerFound = authorFor(n.userIdentifier, customerName);
    if (!writerFound)
        return ApiError{400,
                        QStringLiteral("useridentifier: '%1' is neither an agent nor an e-mail address")
                                .arg(n.userIdentifier.left(80))};
    const Author writer = *writerFound;
    const bool outgoing = writer.kind == Author::Kind::Agent;
    const auto customerFound = outgoing ? authorFor(n.recipient, n.recipientName) : writerFound;
    if (!customerFound || customerFound->kind != Author::Kind::Customer)
        return ApiError{400,
                        QStringLiteral("recipient: '%1' is not a customer's e-mail address").arg(n.recipient.left(80))};
    const Author customer = *customerFound;
    const QString format = n.html ? u"H"_s : u"T"_s;

    TicketRecord r;
    do {
        const quint64 number = nextNumber();
        r.ticket.id = TicketNumbers::id(number);
        r.ticket.code = TicketNumbers::code(number);
    } while (m_tickets.find(r.ticket.id));
    Ticket &t = r.ticket;
    t.subject = n.subject;
    t.ownerContactId = customer.id;
    t.ownerEmail = customer.email;
    t.ownerName = customer.name;
    t.departmentId = n.departmentId;
    t.channelType = u"E"_s;
    t.tagIds = n.tagIds;
    t.tagIds.removeDuplicates();
    t.publicAccessUrlCode = TicketNumbers::publicAccessUrlCode(t.id);
    t.dateCreated = t.dateChanged = t.lastActivity = t.lastActivityPublic = now;
    if (outgoing) {
        t.agentId = writer.id;
        t.status = n.status.isEmpty() ? u"A"_s : n.status;
        r.firstAnswered = now;
    } else {
        t.status = n.status.isEmpty() ? u"N"_s : n.status;
        if (!isResolvedStatus(t.status))
            t.agentId = m_router.route(t.departmentId);
    }
    if (!t.agentId.isEmpty())
        r.firstAssigned = now;
    if (t.status == u"R")
        t.dateResolved = now;
    r.slaLevelId = m_sla.levelFor(t.tagIds);
    m_sla.refresh(r);

    MessageGroup group = outgoing
            ? MessageBuilder::outgoingEmail(writer, customer, n.message, format, now)
            : MessageBuilder::incomingEmail(writer, n.recipient, n.subject, n.message, format, now);
    if (!m_tickets.insert(r) || !m_conversations.insertGroup(r.seq, group)
        || !m_conversations.startHistory(r.seq, t.departmentId, t.agentId, t.status, now) || !transaction.commit())
        return ApiError{500, QStringLiteral("the ticket could not be stored")};
    return r;
}

bool TicketService::save(TicketRecord &r, const TicketRecord &before, bool tagsChanged)
{
    const Ticket &a = before.ticket;
    Ticket &b = r.ticket;
    const QDateTime now = m_clock.now();
    b.dateChanged = now;
    b.lastActivity = now;
    if (!b.agentId.isEmpty() && !r.firstAssigned.isValid())
        r.firstAssigned = now;
    if (tagsChanged && !r.slaLevelFixed)
        r.slaLevelId = m_sla.levelFor(b.tagIds);
    m_sla.refresh(r);
    if (!m_tickets.update(r, tagsChanged))
        return false;
    if (a.agentId != b.agentId || a.departmentId != b.departmentId || a.status != b.status)
        return m_conversations.appendHistory(r.seq, b.departmentId, b.agentId, b.status, now);
    return true;
}

Result<TicketRecord> TicketService::update(const QString &id, const TicketUpdate &u)
{
    auto found = m_tickets.find(id);
    if (!found)
        return notFound();
    if (u.status) {
        if (*u.status == u"L")
            return ApiError{400, QStringLiteral("status: 'L' (closed) cannot be set, only read")};
        if (!updatableStatuses.contains(*u.status))
            return ApiError{400, QStringLiteral("status: unknown status '%1'").arg(*u.status)};
    }
    if (u.agentId && !u.agentId->isEmpty() && !m_directory.agent(*u.agentId))
        return ApiError{400, QStringLiteral("agentid: unknown agent '%1'").arg(*u.agentId)};
    if (u.departmentId && !m_directory.department(*u.departmentId))
        return ApiError{400, QStringLiteral("departmentid: unknown department '%1'").arg(*u.departmentId)};
    if (u.subject && u.subject->trimmed().isEmpty())
        return ApiError{400, QStringLiteral("subject: must not be empty")};
    if (u.tagIds) {
        const QList<Tag> tags = m_directory.tags();
        for (qsizetype i = 0; i < u.tagIds->size(); ++i) {
            if (std::none_of(tags.cbegin(), tags.cend(), [&](const Tag &t) { return t.id == u.tagIds->at(i); }))
                return ApiError{400, QStringLiteral("tags[%1]: unknown tag '%2'").arg(i).arg(u.tagIds->at(i))};
        }
    }

    TicketRecord r = *found;
    const TicketRecord before = r;
    Ticket &t = r.ticket;
    const QDateTime now = m_clock.now();
    // Transfer (seed 002): a ticket moved to another department waits there unassigned
    // unless the same request also names its new agent.
    if (u.departmentId && *u.departmentId != t.departmentId) {
        t.departmentId = *u.departmentId;
        if (!u.agentId)
            t.agentId.clear();
    }
    if (u.agentId)
        t.agentId = *u.agentId;
    if (u.subject)
        t.subject = *u.subject;
    bool tagsChanged = false;
    if (u.tagIds) {
        QStringList tags = *u.tagIds;
        tags.removeDuplicates();
        tagsChanged = tags != t.tagIds;
        t.tagIds = tags;
    }
    if (u.status && *u.status != t.status) {
        t.status = *u.status;
        if (t.status != u"W")
            r.postponedUntil = QDateTime();
        if (t.status == u"R") {
            t.dateResolved = now;
            r.replyPendingSince = QDateTime();
        } else if (!isResolvedStatus(t.status)) {
            t.dateResolved = QDateTime();
        }
        t.dateDeleted = t.status == u"X" ? now : QDateTime();
    }
    if (t == before.ticket && !tagsChanged)
        return r; // nothing changed: date_changed stays, so syncing clients see no change

    Database::Transaction transaction(m_db);
    if (!save(r, before, tagsChanged) || !transaction.commit())
        return ApiError{500, QStringLiteral("the ticket could not be stored")};
    return r;
}

Result<TicketRecord> TicketService::postpone(const QString &id, const QDateTime &until)
{
    auto found = m_tickets.find(id);
    if (!found)
        return notFound();
    if (!until.isValid() || until <= m_clock.now())
        return ApiError{400, QStringLiteral("date_time: must be a future instant 'YYYY-MM-DD HH:MM:SS'")};
    TicketRecord r = *found;
    const TicketRecord before = r;
    r.ticket.status = u"W"_s;
    r.ticket.dateResolved = QDateTime();
    r.postponedUntil = until.toUTC();
    Database::Transaction transaction(m_db);
    if (!save(r, before, false) || !transaction.commit())
        return ApiError{500, QStringLiteral("the ticket could not be stored")};
    return r;
}

int TicketService::wakePostponed()
{
    const QList<qint64> due = m_tickets.postponedUntil(m_clock.now());
    if (due.isEmpty())
        return 0;
    Database::Transaction transaction(m_db);
    for (qint64 seq : due) {
        auto found = m_tickets.findBySeq(seq);
        if (!found)
            continue;
        TicketRecord r = *found;
        const TicketRecord before = r;
        r.ticket.status = u"C"_s;
        r.postponedUntil = QDateTime();
        if (!save(r, before, false))
            return 0;
    }
    return transaction.commit() ? int(due.size()) : 0;
}

Result<MessageGroup> TicketService::addMessage(const QString &ticketId, const Author &author, const QString &text,
                                               bool note, const QString &format)
{
    auto found = m_tickets.find(ticketId);
    if (!found)
        return notFound();
    if (text.trimmed().isEmpty())
        return ApiError{400, QStringLiteral("message: must not be empty")};
    if (note && author.kind != Author::Kind::Agent)
        return ApiError{400, QStringLiteral("useridentifier: only agents write internal notes")};

    TicketRecord r = *found;
    const TicketRecord before = r;
    Ticket &t = r.ticket;
    const QDateTime now = m_clock.now();
    const Author customer{Author::Kind::Customer, t.ownerContactId, t.ownerName, t.ownerEmail};
    MessageGroup group;
    if (note) {
        group = MessageBuilder::note(author, text, format, now);
    } else if (author.kind == Author::Kind::Agent) {
        group = MessageBuilder::outgoingEmail(author, customer, text, format, now);
        // Answering an unassigned ticket takes responsibility for it (seed 002).
        if (t.agentId.isEmpty())
            t.agentId = author.id;
        t.status = u"A"_s;
        t.dateResolved = QDateTime();
        r.postponedUntil = QDateTime();
        if (!r.firstAnswered.isValid())
            r.firstAnswered = now;
        r.replyPendingSince = QDateTime();
        t.lastActivityPublic = now;
    } else {
        group = MessageBuilder::incomingEmail(author, QString(), QString(), text, format, now);
        t.status = u"C"_s;
        t.dateResolved = QDateTime();
        r.postponedUntil = QDateTime();
        // The next-answer clock starts at the first customer reply after an agent answer.
        if (r.firstAnswered.isValid() && !r.replyPendingSince.isValid())
            r.replyPendingSince = now;
        t.lastActivityPublic = now;
    }
    group.sortOrder = m_conversations.groupCount(r.seq);

    Database::Transaction transaction(m_db);
    if (!m_conversations.insertGroup(r.seq, group) || !save(r, before, false) || !transaction.commit())
        return ApiError{500, QStringLiteral("the message could not be stored")};
    return group;
}

} // namespace Frontline::Sandbox
