// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketgenerator.h"

#include "logic/messagebuilder.h"
#include "logic/slaplanner.h"
#include "logic/ticketnumbers.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/ticketstore.h"

#include "logging.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

namespace {

QString foldToAscii(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128)
            out += c;
        else if (c == u'ø' || c == u'Ø')
            out += u'o';
        else if (c == u'æ' || c == u'Æ')
            out += QStringLiteral("ae");
        else if (c == u'đ' || c == u'Đ')
            out += u'd';
        else if (c == u'ß')
            out += QStringLiteral("ss");
    }
    return out;
}

// Canned texts carry placeholders; generated answers fill in what a real agent would.
QString fillPlaceholders(QString text, const Ticket &t, const QString &agentName)
{
    text.replace(u"{$customer_name}"_s, t.ownerName);
    text.replace(u"{$customer_firstname}"_s, t.ownerName.section(u' ', 0, 0));
    text.replace(u"{$agent_name}"_s, agentName);
    text.replace(u"{$agent_firstname}"_s, agentName.section(u' ', 0, 0));
    text.replace(u"{$ticket_code}"_s, t.code);
    text.replace(u"{$ticket_subject}"_s, t.subject);
    return text;
}

} // namespace

PhraseBook::PhraseBook(QMap<QString, SeedPhrases> phrases, quint32 randomSeed)
    : m_phrases(std::move(phrases))
    , m_languages(m_phrases.keys())
    , m_random(randomSeed)
{ }

QString PhraseBook::language()
{
    return m_languages.at(qsizetype(m_random.bounded(quint32(m_languages.size()))));
}

QString PhraseBook::pick(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
}

const QHash<QString, QString> &PhraseBook::domains()
{
    static const QHash<QString, QString> domains{
            {u"da"_s, u"dk"_s}, {u"es"_s, u"es"_s}, {u"nb"_s, u"no"_s}, {u"sl"_s, u"si"_s}, {u"en"_s, u"co.uk"_s}};
    return domains;
}

const SeedPhrases &PhraseBook::phrases(const QString &language) const
{
    static const SeedPhrases none;
    const auto it = m_phrases.constFind(language);
    return it == m_phrases.cend() ? none : *it;
}

QString PhraseBook::languageOf(const QString &email)
{
    const QString domain = email.section(u'@', 1).toLower();
    for (auto it = domains().cbegin(); it != domains().cend(); ++it) {
        if (domain == u"example."_s + it.value())
            return it.key();
    }
    return {};
}

QString PhraseBook::emailFor(const QString &name, const QString &language)
{
    QString local;
    for (const QChar c : foldToAscii(name).toLower().simplified()) {
        if (c == u' ')
            local += u'.';
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-')
            local += c;
    }
    return local + QStringLiteral("@example.") + domains().value(language, u"com"_s);
}

TicketGenerator::TicketGenerator(Database &db, TicketStore &tickets, ConversationStore &conversations,
                                 const SlaPlanner &sla)
    : m_db(db)
    , m_tickets(tickets)
    , m_conversations(conversations)
    , m_sla(sla)
{ }

bool TicketGenerator::generate(const Seed &seed, int count, quint32 randomSeed, const QDateTime &now)
{
    PhraseBook book(seed.phrases, randomSeed);
    if (count <= 0)
        return true;
    if (book.isEmpty()) {
        qCWarning(lcSandbox) << "the seed has no phrases to generate tickets from";
        return false;
    }
    QRandomGenerator &random = book.random();
    // Members of each department, for assignment.
    QHash<QString, QList<const SeedAgent *>> members;
    for (const SeedAgent &a : seed.agents) {
        for (const QString &d : a.record.departmentIds)
            members[d].append(&a);
    }
    // Mostly history, some open work: the shape of a real help desk's ticket table.
    struct Share
    {
        const char16_t *status;
        int weight;
    };
    static constexpr Share shares[] = {{u"R", 62}, {u"A", 14}, {u"C", 9}, {u"N", 8}, {u"W", 4}, {u"X", 2}, {u"B", 1}};
    int total = 0;
    for (const Share &s : shares)
        total += s.weight;

    quint64 number = m_db.meta(u"ticket_counter"_s).toULongLong();
    QHash<QString, std::pair<QString, QString>> customers; // name -> e-mail, contact id
    for (int i = 0; i < count; ++i) {
        const QString language = book.language();
        const SeedPhrases &p = book.phrases(language);
        const Department &department = seed.departments.at(qsizetype(random.bounded(quint32(seed.departments.size()))));
        const QList<const SeedAgent *> &agents = members.value(department.id);

        int roll = int(random.bounded(quint32(total)));
        QString status;
        for (const Share &s : shares) {
            if (roll < s.weight) {
                status = QString::fromUtf16(s.status);
                break;
            }
            roll -= s.weight;
        }

        TicketRecord r;
        Ticket &t = r.ticket;
        ++number;
        t.id = TicketNumbers::id(number);
        t.code = TicketNumbers::code(number);
        t.subject = book.pick(p.subjects);
        t.ownerName = book.pick(p.names);
        // Names repeat (a few dozen customers write many tickets): derive their addresses once.
        auto known = customers.constFind(t.ownerName);
        if (known == customers.cend()) {
            const QString email = PhraseBook::emailFor(t.ownerName, language);
            known = customers.insert(t.ownerName,
                                     {email, u"c-"_s + TicketNumbers::publicAccessUrlCode(email).left(10)});
        }
        t.ownerEmail = known->first;
        t.ownerContactId = known->second;
        t.departmentId = department.id;
        t.status = status;
        t.channelType = u"E"_s;
        if (!seed.tags.isEmpty() && random.bounded(4u) == 0)
            t.tagIds.append(seed.tags.at(qsizetype(random.bounded(quint32(seed.tags.size())))).id);
        t.publicAccessUrlCode = TicketNumbers::publicAccessUrlCode(t.id);
        const qint64 ageSeconds = qint64(random.bounded(90u * 86400u)) + 600;
        t.dateCreated = now.addSecs(-ageSeconds);
        // New tickets wait in the queue; a tenth of the rest too, the others have an owner.
        const SeedAgent *agent = nullptr;
        if (status != u"N" && !agents.isEmpty() && random.bounded(10u) != 0)
            agent = agents.at(qsizetype(random.bounded(quint32(agents.size()))));
        if (agent) {
            t.agentId = agent->record.agent.id;
            r.firstAssigned = t.dateCreated;
        }
        const qint64 span = std::max<qint64>(60, std::min<qint64>(ageSeconds - 60, 3 * 86400));
        const QDateTime answered = t.dateCreated.addSecs(qint64(random.bounded(quint32(span))) + 30);
        const bool hasAnswer = agent && status != u"N" && status != u"C";
        t.dateChanged = hasAnswer ? answered : t.dateCreated;
        t.lastActivity = t.lastActivityPublic = t.dateChanged;
        if (hasAnswer)
            r.firstAnswered = answered;
        if (status == u"R" || status == u"X" || status == u"B")
            t.dateResolved = t.dateChanged;
        if (status == u"X")
            t.dateDeleted = t.dateChanged;
        if (status == u"W")
            r.postponedUntil = now.addSecs(3600 + qint64(random.bounded(7u * 86400u)));
        r.slaLevelId = m_sla.levelFor(t.tagIds);
        m_sla.refresh(r);

        const Author customer{Author::Kind::Customer, t.ownerContactId, t.ownerName, t.ownerEmail};
        MessageGroup question = MessageBuilder::incomingEmail(customer, department.name, t.subject, book.pick(p.bodies),
                                                              u"T"_s, t.dateCreated);
        question.messages.removeFirst(); // bulk tickets carry no header part: a third fewer rows
        if (!m_tickets.insert(r) || !m_conversations.insertGroup(r.seq, question))
            return false;
        if (hasAnswer) {
            const Author author{Author::Kind::Agent, agent->record.agent.id, agent->record.agent.name,
                                agent->record.agent.email};
            const QString text = seed.cannedMessages.isEmpty()
                    ? book.pick(p.replies)
                    : fillPlaceholders(
                            seed.cannedMessages.at(qsizetype(random.bounded(quint32(seed.cannedMessages.size())))).text,
                            t, author.name);
            MessageGroup answer = MessageBuilder::outgoingEmail(author, customer, text, u"T"_s, answered);
            answer.messages.removeFirst();
            answer.sortOrder = 1;
            if (!m_conversations.insertGroup(r.seq, answer))
                return false;
        }
        if (!m_conversations.startHistory(r.seq, t.departmentId, t.agentId, t.status, t.dateChanged))
            return false;
    }
    m_db.setMeta(u"ticket_counter"_s, QString::number(number));
    return true;
}

} // namespace Frontline::Sandbox
