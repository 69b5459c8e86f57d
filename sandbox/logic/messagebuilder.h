// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/conversation.h"

#include <QDateTime>
#include <QString>

namespace Frontline::Sandbox {

/// Someone who writes on a ticket: an agent or a customer.
struct Author
{
    enum class Kind { Agent, Customer };
    Kind kind = Kind::Customer;
    QString id; // agent id or contact id
    QString name;
    QString email;
};

/// Builds message groups the way LiveAgent shapes them (contract 8.4/8.5): an incoming
/// e-mail (group type 3) or an agent's outgoing e-mail (4), each a header (H) and a body
/// (M), and an internal note (group I with one N message).
class MessageBuilder
{
public:
    static MessageGroup incomingEmail(const Author &customer, const QString &to, const QString &subject,
                                      const QString &text, const QString &format, const QDateTime &at);
    static MessageGroup outgoingEmail(const Author &agent, const Author &customer, const QString &text,
                                      const QString &format, const QDateTime &at);
    static MessageGroup note(const Author &agent, const QString &text, const QString &format, const QDateTime &at);
};

} // namespace Frontline::Sandbox
