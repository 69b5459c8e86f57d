// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Letter codes of LiveAgent v3 (liveagent-api.md section 8). Domain structs keep the raw
/// letter so an unknown code survives a round trip; these enums name the known ones.
namespace Frontline {

enum class TicketStatus {
    Init, // I
    New, // N
    Chatting, // T
    Calling, // P
    Resolved, // R
    Deleted, // X
    Spam, // B
    Answered, // A
    Open, // C
    Postponed, // W
    Closed, // L
    Unknown,
};

TicketStatus ticketStatusFromCode(QStringView code);
QString ticketStatusCode(TicketStatus status); // empty for Unknown

/// Still somebody's work: not resolved, closed, deleted or spam. Unknown letters count as
/// active so that a ticket we cannot classify is shown rather than hidden.
bool isActiveStatus(TicketStatus status);
/// The customer is waiting for an agent: new, reopened, or a live chat/call.
bool needsAnswerStatus(TicketStatus status);

enum class ChannelType {
    Email, // E
    ContactButton, // B
    ContactForm, // M
    Invitation, // I
    Call, // C
    CallButton, // W
    Facebook, // F
    FacebookMessage, // A
    Twitter, // T
    Forum, // Q
    Suggestion, // S
    Unknown,
};
ChannelType channelTypeFromCode(QStringView code);

enum class OnlineStatus {
    Offline, // F
    Online, // N
    Paused, // P
    Mobile, // C
    Unknown,
};
OnlineStatus onlineStatusFromCode(QStringView code);
QString onlineStatusCode(OnlineStatus status); // empty for Unknown

enum class MessageFormat {
    Text, // T, X
    Html, // H, Y
    Json, // J, Z
    Unknown,
};
MessageFormat messageFormatFromCode(QStringView code);

} // namespace Frontline
