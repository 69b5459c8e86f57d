// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Frontline {

/// The privileges granted on one kind of object (`ApiPrivilege`, section 2.2).
struct ApiPrivilege
{
    QString object;
    QStringList privileges;
    friend bool operator==(const ApiPrivilege &, const ApiPrivilege &) = default;
};

/// A personal API key as `POST /apikeys/_login` returns it (`ApiKeyWithPrivileges`,
/// section 2.2). `id` is kept to delete the key on logout; `userId` is "me". `id` is a
/// number on the wire; it is held as text because it only ever goes back into a path
/// (`DELETE /apikeys/{id}`) and the settings file.
struct ApiKey
{
    QString id;
    QString key;
    QDateTime validTo;
    QString role;
    QString name;
    QString type;
    QString installId;
    QString userId;
    QString whitelist;
    QList<ApiPrivilege> privileges;
    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

} // namespace Frontline
