// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline {

/// What a canned response's placeholders are filled with when it is inserted.
struct PlaceholderContext
{
    QString customerName;
    QString customerEmail;
    QString agentName;
    QString ticketCode;
    QString ticketSubject;
    QString departmentName;
};

/// Replaces `{$customer_name}`, `{$customer_firstname}`, `{$agent_name}`,
/// `{$agent_firstname}`, `{$ticket_code}`, `{$ticket_subject}` and `{$department_name}`
/// (docs/sandbox.md). Unknown placeholders stay as typed, so the agent sees them.
QString resolvePlaceholders(const QString &text, const PlaceholderContext &context);

/// The first name of a person: the first word of the name, else the e-mail's local part
/// before a dot ("ana.ruiz@…" → "Ana").
QString firstName(const QString &fullName, const QString &email = QString());

} // namespace Frontline
