// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedimporter.h"

#include "logic/messagebuilder.h"
#include "logic/slaplanner.h"
#include "logic/ticketnumbers.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/directorystore.h"
#include "store/ticketstore.h"

#include "api/wire/wire.h"

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

SeedImporter::SeedImporter(Database &db, DirectoryStore &directory, TicketStore &tickets,
                           ConversationStore &conversations, const SlaPlanner &sla)
    : m_db(db)
    , m_directory(directory)
    , m_tickets(tickets)
    , m_conversations(conversations)
    , m_sla(sla)
{ }

bool SeedImporter::importAgent(const SeedAgent &a, int position)
{
    AgentRecord record = a.record;
    record.paused = a.onlineStatus == u"P";
    m_directory.insertAgent(record, position);
    for (const auto &[key, version] : {std::pair(a.apiKey, 3), std::pair(a.v1ApiKey, 1)}) {
        if (key.isEmpty())
            continue;
        ApiKeyRecord k;
        k.info.key = key;
        k.info.userId = record.agent.id;
        k.info.name = version == 3 ? u"Seed v3 key"_s : u"Seed v1 key"_s;
        k.version = version;
        if (m_directory.insertKey(k) <= 0)
            return false;
    }
    // The agent's web panel: one message device, online unless the seed says offline.
    Device device;
    device.agentId = record.agent.id;
    device.type = u"W"_s;
    device.serviceType = u"M"_s;
    device.presetStatus = a.onlineStatus == u"F" ? u"F"_s : u"N"_s;
    device.onlineStatus = device.presetStatus;
    device.id = m_directory.insertDevice(device);
    if (device.id <= 0)
        return false;
    for (const QString &department : record.departmentIds) {
        DeviceDepartment dd;
        dd.deviceId = device.id;
        dd.departmentId = department;
        dd.onlineStatus = u"N"_s;
        dd.presetStatus = u"N"_s;
        dd.workAllocationAllowed = true;
        m_directory.upsertDeviceDepartment(dd);
    }
    return true;
}

bool SeedImporter::importTicket(const Seed &seed, const SeedTicket &s, quint64 number, const QDateTime &now)
{
    Contact contact;
    for (const Contact &c : seed.contacts) {
        if (c.id == s.contactId)
            contact = c;
    }
    const Author customer{Author::Kind::Customer, contact.id, contact.name, contact.email};
    auto agentAuthor = [&](const QString &id) {
        for (const SeedAgent &a : seed.agents) {
            if (a.record.agent.id == id)
                return Author{Author::Kind::Agent, id, a.record.agent.name, a.record.agent.email};
        }
        return Author{Author::Kind::Agent, id, id, QString()};
    };

    TicketRecord r;
    Ticket &t = r.ticket;
    t.id = s.id.isEmpty() ? TicketNumbers::id(number) : s.id;
    t.code = s.code.isEmpty() ? TicketNumbers::code(number) : s.code;
    t.subject = s.subject;
    t.ownerContactId = contact.id;
    t.ownerEmail = contact.email;
    t.ownerName = contact.name;
    t.departmentId = s.departmentId;
    t.agentId = s.agentId;
    t.status = s.status;
    t.channelType = s.channelType;
    t.tagIds = s.tagIds;
    t.publicAccessUrlCode = TicketNumbers::publicAccessUrlCode(t.id);
    t.dateCreated = s.created;
    t.dateChanged = s.created;
    t.lastActivity = s.created;
    t.lastActivityPublic = s.created;
    r.slaLevelId = s.slaLevelId.isEmpty() ? m_sla.levelFor(t.tagIds) : s.slaLevelId;
    r.slaLevelFixed = !s.slaLevelId.isEmpty();
    r.postponedUntil = s.postponedUntil;
    if (!t.agentId.isEmpty())
        r.firstAssigned = s.created;

    QString mailbox;
    for (const Department &d : seed.departments) {
        if (d.id == s.departmentId)
            mailbox = d.name;
    }
    QList<MessageGroup> groups;
    for (const SeedMessage &m : s.messages) {
        MessageGroup g;
        switch (m.from) {
        case SeedMessage::From::Customer:
            g = MessageBuilder::incomingEmail(customer, mailbox, groups.isEmpty() ? s.subject : QString(), m.text,
                                              m.format, m.at);
            if (r.firstAnswered.isValid() && !r.replyPendingSince.isValid())
                r.replyPendingSince = m.at;
            t.lastActivityPublic = m.at;
            break;
        case SeedMessage::From::Agent:
            g = MessageBuilder::outgoingEmail(agentAuthor(m.agentId), customer, m.text, m.format, m.at);
            if (!r.firstAnswered.isValid())
                r.firstAnswered = m.at;
            r.replyPendingSince = QDateTime();
            t.lastActivityPublic = m.at;
            break;
        case SeedMessage::From::Note:
            g = MessageBuilder::note(agentAuthor(m.agentId), m.text, m.format, m.at);
            break;
        }
        g.sortOrder = int(groups.size());
        t.dateChanged = std::max(t.dateChanged, m.at);
        t.lastActivity = t.dateChanged;
        groups.append(g);
    }
    if (t.status == u"R" || t.status == u"X" || t.status == u"B" || t.status == u"L") {
        t.dateResolved = t.dateChanged;
        r.replyPendingSince = QDateTime();
    }
    if (t.status == u"X")
        t.dateDeleted = t.dateChanged;
    t.dateChanged = std::min(t.dateChanged, now);
    m_sla.refresh(r);

    if (!m_tickets.insert(r))
        return false;
    for (MessageGroup &g : groups) {
        if (!m_conversations.insertGroup(r.seq, g))
            return false;
    }
    return m_conversations.startHistory(r.seq, t.departmentId, t.agentId, t.status, s.created);
}

bool SeedImporter::import(const Seed &seed, const QDateTime &now)
{
    int position = 0;
    for (const Department &d : seed.departments)
        m_directory.insertDepartment(d, position++);
    position = 0;
    for (const SlaLevel &level : seed.slaLevels)
        m_directory.insertSlaLevel(level.id, position++, Wire::encodeSlaLevel(level));
    position = 0;
    for (const Tag &tag : seed.tags)
        m_directory.insertTag(tag, position++);
    position = 0;
    for (const SeedAgent &a : seed.agents) {
        if (!importAgent(a, position++))
            return false;
    }
    for (const Contact &c : seed.contacts)
        m_directory.insertContact(c);
    position = 0;
    for (const CannedMessage &c : seed.cannedMessages)
        m_directory.insertCannedMessage(c, position++);
    position = 0;
    for (const PredefinedAnswer &p : seed.predefinedAnswers)
        m_directory.insertPredefinedAnswer(p, position++);

    quint64 number = m_db.meta(u"ticket_counter"_s).toULongLong();
    for (const SeedTicket &t : seed.tickets) {
        if (!importTicket(seed, t, ++number, now))
            return false;
    }
    m_db.setMeta(u"ticket_counter"_s, QString::number(number));
    m_db.setMeta(u"demo_agent"_s, seed.demoAgent);
    m_db.setMeta(u"default_sla_level"_s, seed.defaultSlaLevel);
    m_db.setMeta(u"vip_sla_level"_s, seed.vipSlaLevel);
    return true;
}

} // namespace Frontline::Sandbox
