// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebuilder.h"

namespace Frontline::Sandbox {

namespace {

QString address(const Author &who)
{
    return who.email.isEmpty() ? who.name : who.name + QStringLiteral(" <") + who.email + u'>';
}

Message message(const Author &who, const QString &type, const QString &format, const QString &body, const QDateTime &at)
{
    Message m;
    m.userId = who.id;
    m.type = type;
    m.format = format.isEmpty() ? QStringLiteral("T") : format;
    m.body = body;
    m.visibility = QStringLiteral("P");
    m.dateCreated = at;
    return m;
}

MessageGroup group(const Author &who, const QString &type, const QDateTime &at)
{
    MessageGroup g;
    g.userId = who.id;
    g.userFullName = who.name;
    g.type = type;
    g.status = QStringLiteral("V");
    g.dateCreated = at;
    g.dateFinished = at;
    return g;
}

} // namespace

MessageGroup MessageBuilder::incomingEmail(const Author &customer, const QString &to, const QString &subject,
                                           const QString &text, const QString &format, const QDateTime &at)
{
    MessageGroup g = group(customer, QStringLiteral("3"), at);
    QString header = QStringLiteral("From: ") + address(customer);
    if (!to.isEmpty())
        header += QStringLiteral("\nTo: ") + to;
    if (!subject.isEmpty())
        header += QStringLiteral("\nSubject: ") + subject;
    g.messages.append(message(customer, QStringLiteral("H"), QStringLiteral("T"), header, at));
    g.messages.append(message(customer, QStringLiteral("M"), format, text, at));
    return g;
}

MessageGroup MessageBuilder::outgoingEmail(const Author &agent, const Author &customer, const QString &text,
                                           const QString &format, const QDateTime &at)
{
    MessageGroup g = group(agent, QStringLiteral("4"), at);
    const QString header = QStringLiteral("From: ") + address(agent) + QStringLiteral("\nTo: ") + address(customer);
    g.messages.append(message(agent, QStringLiteral("H"), QStringLiteral("T"), header, at));
    g.messages.append(message(agent, QStringLiteral("M"), format, text, at));
    return g;
}

MessageGroup MessageBuilder::note(const Author &agent, const QString &text, const QString &format, const QDateTime &at)
{
    MessageGroup g = group(agent, QStringLiteral("I"), at);
    Message m = message(agent, QStringLiteral("N"), format, text, at);
    m.visibility = QStringLiteral("I");
    g.messages.append(m);
    return g;
}

} // namespace Frontline::Sandbox
