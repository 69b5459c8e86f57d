// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <QString>
#include <QStringList>

namespace Frontline {

/// An agent (`Agent`, section 9). `onlineStatus` is the effective presence letter N/P/F/C.
struct Agent
{
    QString id;
    QString name;
    QString email;
    QString role;
    QString avatarUrl;
    QString onlineStatus;
    QString status; // A active, X deleted
    QString gender;
    QString twoFactorAuth;
    QString voiceStatus;

    OnlineStatus onlineStatusKind() const { return onlineStatusFromCode(onlineStatus); }
    friend bool operator==(const Agent &, const Agent &) = default;
};

/// Availability of an agent in one department (`AgentStatus`).
struct AgentStatus
{
    QString departmentId;
    QString onlineStatus;
    QString presetStatus;
    bool workAllocationAllowed = false;
    friend bool operator==(const AgentStatus &, const AgentStatus &) = default;
};

/// A channel an agent can be reached on (`Device`, section 6.3); resume goes through these.
struct Device
{
    qint64 id = 0;
    QString agentId;
    QString phoneId;
    QString type; // W web, A app, E external
    QString serviceType; // M message, T chat, P phone
    QString onlineStatus = QStringLiteral("N");
    QString presetStatus;
    QString routeIfOffline = QStringLiteral("Y");
    friend bool operator==(const Device &, const Device &) = default;
};

/// A device's availability in one department (`DeviceDepartment`).
struct DeviceDepartment
{
    qint64 deviceId = 0;
    QString departmentId;
    QString userId;
    QString departmentName;
    QString onlineStatus;
    QString presetStatus;
    bool workAllocationAllowed = false;
    friend bool operator==(const DeviceDepartment &, const DeviceDepartment &) = default;
};

struct Department
{
    QString id;
    QString name;
    QString onlineStatus;
    int agentCount = 0;
    QStringList agentIds;
    QString mailAccountId;
    friend bool operator==(const Department &, const Department &) = default;
};

struct Tag
{
    QString id;
    QString name;
    QString color;
    QString backgroundColor;
    QString isPublic;
    QString isArchived;
    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace Frontline
