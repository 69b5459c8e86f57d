// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Frontline {

/// The body of `POST /apikeys/_login` (`ApiKeyLogin`, section 2.2). Empty optional fields
/// are left out of the JSON.
struct ApiKeyLogin
{
    QString login;
    QString password;
    QString twoFactorToken;
    QString name; // the key's label: Frontline names it after the computer
    QString installId;
    QDateTime validTo;
    QString type; // A (default), C, P, T, W
    QString whitelist; // allowed client addresses; empty: the server's default (*)
    friend bool operator==(const ApiKeyLogin &, const ApiKeyLogin &) = default;
};

/// The body of `POST /tickets` (`TicketListItem`, section 6.4): a new ticket, not a reply.
struct NewTicket
{
    QString userIdentifier; // the customer (e-mail)
    QString subject;
    QString departmentId;
    QString recipient; // the mail account address the ticket is filed under
    QString message;
    QString recipientName;
    QString status; // empty: the server's default (N)
    bool html = false;
    bool doNotSendMail = false;
    bool useTemplate = true;
    QStringList tagIds;
    QList<CustomField> customFields;
    friend bool operator==(const NewTicket &, const NewTicket &) = default;
};

/// The form fields of v1 `POST /api/conversations/{id}/messages` (section 7, 11.3).
struct V1MessagePost
{
    enum class Type {
        Reply, // M
        Note, // N
    };
    QString message;
    Type type = Type::Reply;
    QString userIdentifier; // the agent's e-mail, the author
    bool html = false;
    friend bool operator==(const V1MessagePost &, const V1MessagePost &) = default;
};

/// A v1 answer unwrapped from `{"response": {...}}`: either `status` ERROR with its
/// `errormessage`, or the inner object.
struct V1Response
{
    bool isError = false;
    QString errorMessage;
    QJsonObject response;
};

} // namespace Frontline
