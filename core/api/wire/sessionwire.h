// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wire.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// The v3 shapes around a session and ticket creation that the domain does not model:
/// API keys (`ApiKeyLogin`, `ApiKeyWithPrivileges`, section 2.2), `LoginKey`, `TimeZones`,
/// `TicketListItem` / `TicketInformation` (`POST /tickets`), `TicketPostpone` and the
/// `ErrorResponse` body. Client and sandbox both go through these.
namespace Frontline {

/// One `ApiPrivilege {object, privileges[]}`.
struct ApiPrivilege
{
    QString object;
    QStringList privileges;
    friend bool operator==(const ApiPrivilege &, const ApiPrivilege &) = default;
};

/// Body of `POST /apikeys/_login` (`ApiKeyLogin`).
struct ApiKeyLogin
{
    QString login;
    QString password;
    QString twoFactorToken;
    QDateTime validToDate;
    QString name;
    QString type; // A API, C chat, P phone, T ticket, W web
    QString installId;
    QString whitelist;
    friend bool operator==(const ApiKeyLogin &, const ApiKeyLogin &) = default;
};

/// `ApiKeyWithPrivileges`: the `ApiKey` fields plus the granted privileges. `id` is a number
/// on the wire; `userId` is the agent the key acts for.
struct ApiKeyInfo
{
    qint64 id = 0;
    QString key;
    QDateTime validToDate;
    QString role;
    QString name;
    QString type;
    QString installId;
    QString userId;
    QString whitelist;
    QList<ApiPrivilege> privileges;
    friend bool operator==(const ApiKeyInfo &, const ApiKeyInfo &) = default;
};

/// Body of `POST /tickets` (`TicketListItem`): a new ticket, not a reply.
struct NewTicket
{
    QString userIdentifier; // who writes: a customer e-mail, or an agent (outgoing ticket)
    QString subject;
    QString departmentId;
    QString recipient;
    QString recipientName;
    QString message;
    QString status; // empty: the server's default (N)
    QString isHtmlMessage; // Y/N
    QStringList tagIds;
    friend bool operator==(const NewTicket &, const NewTicket &) = default;
};

/// One entry of `GET /time_zones`.
struct TimeZoneEntry
{
    QString code;
    QString name;
    friend bool operator==(const TimeZoneEntry &, const TimeZoneEntry &) = default;
};

} // namespace Frontline

namespace Frontline::Wire {

Decoded<ApiKeyLogin> decodeApiKeyLogin(const QJsonObject &o, const QString &path = {});
QJsonObject encodeApiKeyLogin(const ApiKeyLogin &l);

Decoded<ApiKeyInfo> decodeApiKey(const QJsonObject &o, const QString &path = {});
QJsonObject encodeApiKey(const ApiKeyInfo &k);

/// Required fields: useridentifier, subject, departmentid, recipient, message.
Decoded<NewTicket> decodeNewTicket(const QJsonObject &o, const QString &path = {});
QJsonObject encodeNewTicket(const NewTicket &t);

/// `TicketInformation`, the answer of `POST /tickets`: a subset of Ticket whose `tags` is
/// one comma-separated string, plus `ownerid`.
QJsonObject encodeTicketInformation(const Ticket &t);
Decoded<Ticket> decodeTicketInformation(const QJsonObject &o, const QString &path = {});

Decoded<TimeZoneEntry> decodeTimeZone(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTimeZone(const TimeZoneEntry &z);

/// `LoginKey {login_key}` of `GET /agents/{id}/login_key`.
Decoded<QString> decodeLoginKey(const QJsonObject &o, const QString &path = {});
QJsonObject encodeLoginKey(const QString &loginKey);

/// `TicketPostpone {date_time}` (required).
Decoded<QDateTime> decodeTicketPostpone(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTicketPostpone(const QDateTime &until);

/// `ErrorResponse {message}`.
QString decodeErrorMessage(const QJsonObject &o);
QJsonObject encodeError(const QString &message);

} // namespace Frontline::Wire
