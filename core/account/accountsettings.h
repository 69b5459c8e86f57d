// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace Frontline {

/// Everything about the signed-in account except secrets (those live only in the OS
/// keychain). Read once from the profile's settings file, written back when it changes.
struct AccountSettings
{
    QString serverUrl; // as the agent typed it; normalised by ServerEndpoint
    QString agentId; // "me"
    QString agentEmail;
    QString agentName;
    QString extraCaFile; // optional PEM bundle trusted in addition to the system CAs
    QString pinnedCertFile; // optional PEM certificate the server must present
    QString apiKeyId; // id of a personal key made by /apikeys/_login, to delete it on sign-out
    bool hasV1Key = false; // a v1 key for replies is in the keychain

    bool isComplete() const { return !serverUrl.isEmpty() && !agentId.isEmpty(); }
    /// Stable identifier of the account (server + agent), used for the cache folder and
    /// the keychain entries. Contains no secret.
    QString accountKey() const;

    static AccountSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    static void clear(QSettings &settings);

    friend bool operator==(const AccountSettings &, const AccountSettings &) = default;
};

} // namespace Frontline
