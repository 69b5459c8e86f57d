// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettext.h"

namespace Frontline {

QString TicketText::status(const QString &letter)
{
    switch (ticketStatusFromCode(letter)) {
    case TicketStatus::Init:
        //: Ticket status
        return tr("Initializing");
    case TicketStatus::New:
        //: Ticket status
        return tr("New");
    case TicketStatus::Chatting:
        //: Ticket status: a live chat is going on
        return tr("Chatting");
    case TicketStatus::Calling:
        //: Ticket status: a call is going on
        return tr("Calling");
    case TicketStatus::Resolved:
        //: Ticket status
        return tr("Resolved");
    case TicketStatus::Deleted:
        //: Ticket status
        return tr("Deleted");
    case TicketStatus::Spam:
        //: Ticket status
        return tr("Spam");
    case TicketStatus::Answered:
        //: Ticket status: the agent answered, waiting for the customer
        return tr("Answered");
    case TicketStatus::Open:
        //: Ticket status: the customer wrote again
        return tr("Open");
    case TicketStatus::Postponed:
        //: Ticket status
        return tr("Postponed");
    case TicketStatus::Closed:
        //: Ticket status
        return tr("Closed");
    case TicketStatus::Unknown:
        break;
    }
    //: A ticket status letter Frontline does not know, e.g. "Other (Q)"
    return tr("Other (%1)").arg(letter);
}

QString TicketText::channel(const QString &letter)
{
    switch (channelTypeFromCode(letter)) {
    case ChannelType::Email:
        return tr("E-mail");
    case ChannelType::ContactButton:
        return tr("Chat button");
    case ChannelType::ContactForm:
        return tr("Contact form");
    case ChannelType::Invitation:
        return tr("Chat invitation");
    case ChannelType::Call:
        return tr("Call");
    case ChannelType::CallButton:
        return tr("Call button");
    case ChannelType::Facebook:
        return tr("Facebook");
    case ChannelType::FacebookMessage:
        return tr("Facebook message");
    case ChannelType::Twitter:
        return tr("Twitter");
    case ChannelType::Forum:
        return tr("Forum");
    case ChannelType::Suggestion:
        return tr("Suggestion");
    case ChannelType::Unknown:
        break;
    }
    //: A channel letter Frontline does not know, e.g. "Other (V)"
    return letter.isEmpty() ? QString() : tr("Other (%1)").arg(letter);
}

QString TicketText::groupKind(const QString &t)
{
    if (t == u"I" || t == u"U" || t == u"Z")
        return tr("Internal note");
    if (t == u"4" || t == u"O" || t == u"Q" || t == u"V")
        return tr("Reply");
    if (t == u"3" || t == u"5" || t == u"M" || t == u"7")
        return tr("Customer message");
    if (t == u"C")
        //: Conversation part: a live chat
        return tr("Chat");
    if (t == u"P" || t == u"1")
        return tr("Call");
    if (t == u"F" || t == u"W" || t == u"Y" || t == u"6")
        return tr("Social message");
    if (t == u"T")
        //: Conversation event: the ticket was transferred to another department or agent
        return tr("Transfer");
    if (t == u"R")
        return tr("Resolved");
    if (t == u"J")
        return tr("Postponed");
    if (t == u"S" || t == u"G" || t == u"X" || t == u"B" || t == u"L" || t == u"2")
        return tr("System event");
    //: A message group type Frontline does not know, e.g. "Other (9)"
    return tr("Other (%1)").arg(t);
}

} // namespace Frontline
