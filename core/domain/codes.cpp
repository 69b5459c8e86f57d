// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes.h"

#include <array>
#include <utility>

namespace Frontline {

namespace {

constexpr std::array<std::pair<char16_t, TicketStatus>, 11> kTicketStatuses{{
        {u'I', TicketStatus::Init},
        {u'N', TicketStatus::New},
        {u'T', TicketStatus::Chatting},
        {u'P', TicketStatus::Calling},
        {u'R', TicketStatus::Resolved},
        {u'X', TicketStatus::Deleted},
        {u'B', TicketStatus::Spam},
        {u'A', TicketStatus::Answered},
        {u'C', TicketStatus::Open},
        {u'W', TicketStatus::Postponed},
        {u'L', TicketStatus::Closed},
}};

constexpr std::array<std::pair<char16_t, ChannelType>, 11> kChannels{{
        {u'E', ChannelType::Email},
        {u'B', ChannelType::ContactButton},
        {u'M', ChannelType::ContactForm},
        {u'I', ChannelType::Invitation},
        {u'C', ChannelType::Call},
        {u'W', ChannelType::CallButton},
        {u'F', ChannelType::Facebook},
        {u'A', ChannelType::FacebookMessage},
        {u'T', ChannelType::Twitter},
        {u'Q', ChannelType::Forum},
        {u'S', ChannelType::Suggestion},
}};

constexpr std::array<std::pair<char16_t, OnlineStatus>, 4> kOnline{{
        {u'F', OnlineStatus::Offline},
        {u'N', OnlineStatus::Online},
        {u'P', OnlineStatus::Paused},
        {u'C', OnlineStatus::Mobile},
}};

template<typename Enum, std::size_t N>
Enum lookup(const std::array<std::pair<char16_t, Enum>, N> &table, QStringView code, Enum unknown)
{
    if (code.size() != 1)
        return unknown;
    for (const auto &[letter, value] : table) {
        if (code.front() == QChar(letter))
            return value;
    }
    return unknown;
}

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<char16_t, Enum>, N> &table, Enum value)
{
    for (const auto &[letter, v] : table) {
        if (v == value)
            return QString(QChar(letter));
    }
    return {};
}

} // namespace

TicketStatus ticketStatusFromCode(QStringView code)
{
    return lookup(kTicketStatuses, code, TicketStatus::Unknown);
}

QString ticketStatusCode(TicketStatus status)
{
    return codeOf(kTicketStatuses, status);
}

bool isActiveStatus(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Resolved:
    case TicketStatus::Deleted:
    case TicketStatus::Spam:
    case TicketStatus::Closed:
        return false;
    default:
        return true;
    }
}

bool needsAnswerStatus(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Init:
    case TicketStatus::New:
    case TicketStatus::Open:
    case TicketStatus::Chatting:
    case TicketStatus::Calling:
        return true;
    default:
        return false;
    }
}

ChannelType channelTypeFromCode(QStringView code)
{
    return lookup(kChannels, code, ChannelType::Unknown);
}

OnlineStatus onlineStatusFromCode(QStringView code)
{
    return lookup(kOnline, code, OnlineStatus::Unknown);
}

QString onlineStatusCode(OnlineStatus status)
{
    return codeOf(kOnline, status);
}

MessageFormat messageFormatFromCode(QStringView code)
{
    if (code == u"T" || code == u"X")
        return MessageFormat::Text;
    if (code == u"H" || code == u"Y")
        return MessageFormat::Html;
    if (code == u"J" || code == u"Z")
        return MessageFormat::Json;
    return MessageFormat::Unknown;
}

} // namespace Frontline
