// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedhelpdesk.h"

#include "sandboxclient.h"

#include <QJsonArray>

#include <algorithm>

namespace Frontline::Test {

namespace {

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toString();
}

} // namespace

ExpectedHelpDesk::ExpectedHelpDesk(QString marker)
    : m_marker(std::move(marker))
{ }

bool ExpectedHelpDesk::load(SandboxClient &client, const QString &ticketId, QString *error)
{
    const HttpReply reply = client.getThroughFaults(QStringLiteral("/tickets/") + ticketId);
    if (reply.status != 200) {
        *error = QStringLiteral("GET /tickets/%1: %2 %3").arg(ticketId).arg(reply.status).arg(reply.errorString);
        return false;
    }
    const QJsonObject t = reply.object();
    m_states.insert(ticketId, State{field(t, "status"), field(t, "agentid"), field(t, "departmentid")});
    return true;
}

std::optional<ExpectedHelpDesk::State> ExpectedHelpDesk::state(const QString &ticketId) const
{
    const auto it = m_states.constFind(ticketId);
    if (it == m_states.cend())
        return std::nullopt;
    return *it;
}

QStringList ExpectedHelpDesk::ticketIds() const
{
    QStringList ids = m_states.keys();
    ids.sort();
    return ids;
}

int ExpectedHelpDesk::textCount() const
{
    int n = 0;
    for (const QList<Text> &texts : m_texts)
        n += int(texts.size());
    return n;
}

void ExpectedHelpDesk::reply(const QString &ticketId, const QString &agentId, const QString &body)
{
    State &s = m_states[ticketId];
    if (s.agentId.isEmpty())
        s.agentId = agentId; // answering an unassigned ticket takes it
    s.status = QStringLiteral("A");
    m_texts[ticketId].append(Text{body, agentId, false});
}

void ExpectedHelpDesk::note(const QString &ticketId, const QString &agentId, const QString &body)
{
    m_texts[ticketId].append(Text{body, agentId, true});
}

void ExpectedHelpDesk::setStatus(const QString &ticketId, const QString &status)
{
    m_states[ticketId].status = status;
}

void ExpectedHelpDesk::postpone(const QString &ticketId)
{
    m_states[ticketId].status = QStringLiteral("W");
}

void ExpectedHelpDesk::assign(const QString &ticketId, const QString &agentId)
{
    m_states[ticketId].agentId = agentId;
}

void ExpectedHelpDesk::transfer(const QString &ticketId, const QString &departmentId, const QString &agentId)
{
    State &s = m_states[ticketId];
    s.departmentId = departmentId;
    s.agentId = agentId;
}

void ExpectedHelpDesk::apply(OutboxEntry::Kind kind, const QString &ticketId, const QJsonObject &payload,
                             const QString &agentId)
{
    switch (kind) {
    case OutboxEntry::Kind::Reply:
        reply(ticketId, agentId, field(payload, "body"));
        break;
    case OutboxEntry::Kind::Note:
        note(ticketId, agentId, field(payload, "body"));
        break;
    case OutboxEntry::Kind::SetStatus:
        setStatus(ticketId, field(payload, "status"));
        break;
    case OutboxEntry::Kind::Postpone:
        postpone(ticketId);
        break;
    case OutboxEntry::Kind::Take:
    case OutboxEntry::Kind::Assign:
        assign(ticketId, field(payload, "agentId"));
        break;
    case OutboxEntry::Kind::Transfer:
        transfer(ticketId, field(payload, "departmentId"), field(payload, "agentId"));
        break;
    case OutboxEntry::Kind::Pause:
    case OutboxEntry::Kind::Resume:
    case OutboxEntry::Kind::Unknown:
        break;
    }
}

QStringList ExpectedHelpDesk::differences(SandboxClient &client) const
{
    QStringList out;
    QStringList ids = m_states.keys();
    for (const QString &id : m_texts.keys()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const HttpReply ticket = client.getThroughFaults(QStringLiteral("/tickets/") + id);
        if (ticket.status != 200) {
            out << QStringLiteral("%1: GET failed with %2 %3").arg(id).arg(ticket.status).arg(ticket.errorString);
            continue;
        }
        const QJsonObject t = ticket.object();
        if (const auto it = m_states.constFind(id); it != m_states.cend()) {
            const State actual{field(t, "status"), field(t, "agentid"), field(t, "departmentid")};
            if (actual.status != it->status || actual.agentId != it->agentId
                || actual.departmentId != it->departmentId) {
                out << QStringLiteral("%1: server has status %2, agent '%3', department %4; expected %5, '%6', %7")
                                .arg(id, actual.status, actual.agentId, actual.departmentId, it->status, it->agentId,
                                     it->departmentId);
            }
        }

        const HttpReply messages = client.getThroughFaults(QStringLiteral("/tickets/%1/messages").arg(id),
                                                           {{QStringLiteral("_perPage"), QStringLiteral("1000")}});
        if (messages.status != 200) {
            out << QStringLiteral("%1: GET messages failed with %2").arg(id).arg(messages.status);
            continue;
        }
        // body -> (count, type, author) of the server's messages that carry the marker
        struct Seen
        {
            int count = 0;
            QString type;
            QString userId;
        };
        QHash<QString, Seen> seen;
        for (const QJsonValue &g : messages.array()) {
            for (const QJsonValue &m : g[QStringLiteral("messages")].toArray()) {
                const QString body = m[QStringLiteral("message")].toString();
                if (!body.contains(m_marker))
                    continue;
                Seen &s = seen[body];
                ++s.count;
                s.type = m[QStringLiteral("type")].toString();
                s.userId = m[QStringLiteral("userid")].toString();
            }
        }
        const QList<Text> texts = m_texts.value(id);
        for (const Text &text : texts) {
            const Seen s = seen.take(text.body);
            const QString type = text.note ? QStringLiteral("N") : QStringLiteral("M");
            if (s.count != 1)
                out << QStringLiteral("%1: \"%2\" is on the server %3 times").arg(id, text.body).arg(s.count);
            else if (s.type != type || s.userId != text.agentId)
                out << QStringLiteral("%1: \"%2\" has type %3 by '%4', expected %5 by '%6'")
                                .arg(id, text.body, s.type, s.userId, type, text.agentId);
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            out << QStringLiteral("%1: \"%2\" is on the server %3 times, no action wrote it here")
                            .arg(id, it.key())
                            .arg(it->count);
    }
    return out;
}

} // namespace Frontline::Test
