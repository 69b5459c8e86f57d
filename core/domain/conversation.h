// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Frontline {

/// One part of a message group: header, body, quoted text, file, note... (section 8.5).
struct Message
{
    QString id;
    QString userId;
    QString type; // section 8.5, raw letter
    QString format; // section 8.6, raw letter
    QString body;
    QString visibility;
    QDateTime dateCreated;

    MessageFormat formatKind() const { return messageFormatFromCode(format); }
    friend bool operator==(const Message &, const Message &) = default;
};

/// One email, chat, call, note or system event of a ticket (`MessageGroup`, section 8.4).
struct MessageGroup
{
    QString id;
    QString ticketId; // not on the wire: the ticket the group was fetched for
    QString parentId;
    QString userId;
    QString userFullName;
    QString type; // section 8.4, raw letter
    QString status; // raw letter
    QDateTime dateCreated;
    QDateTime dateFinished;
    int sortOrder = 0;
    QList<Message> messages;
    friend bool operator==(const MessageGroup &, const MessageGroup &) = default;
};

} // namespace Frontline
