// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodeerror.h"
#include "wirerequests.h"

#include "domain/agent.h"
#include "domain/apikey.h"
#include "domain/cannedresponse.h"
#include "domain/conversation.h"
#include "domain/expected.h"
#include "domain/slalevel.h"
#include "domain/ticket.h"
#include "domain/timezoneinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

/// JSON ⇄ domain for the LiveAgent v3 models (liveagent-api.md section 9). Decoders
/// tolerate unknown letters and missing optional fields and reject structurally wrong JSON
/// with a DecodeError naming the field. Encoders produce exactly the documented field names;
/// the sandbox serves them and the client sends them.
namespace Frontline::Wire {

template<typename T>
using Decoded = Expected<T, DecodeError>;

Decoded<Ticket> decodeTicket(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTicket(const Ticket &t);

Decoded<TicketSla> decodeTicketSla(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTicketSla(const TicketSla &s);

Decoded<TicketHistoryEntry> decodeTicketHistory(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTicketHistory(const TicketHistoryEntry &h);

/// Only the fields that are set: the server treats absent fields as unchanged (section 1).
QJsonObject encodeTicketUpdate(const TicketUpdate &u);
Decoded<TicketUpdate> decodeTicketUpdate(const QJsonObject &o, const QString &path = {});

/// `PUT /tickets/{id}/postpone`: `TicketPostpone {date_time}` (required), in UTC.
QJsonObject encodeTicketPostpone(const QDateTime &until);
Decoded<QDateTime> decodeTicketPostpone(const QJsonObject &o, const QString &path = {});

Decoded<MessageGroup> decodeMessageGroup(const QJsonObject &o, const QString &path = {});
QJsonObject encodeMessageGroup(const MessageGroup &g);
Decoded<Message> decodeMessage(const QJsonObject &o, const QString &path = {});
QJsonObject encodeMessage(const Message &m);

Decoded<Agent> decodeAgent(const QJsonObject &o, const QString &path = {});
QJsonObject encodeAgent(const Agent &a);
Decoded<AgentStatus> decodeAgentStatus(const QJsonObject &o, const QString &path = {});
QJsonObject encodeAgentStatus(const AgentStatus &s);
Decoded<Device> decodeDevice(const QJsonObject &o, const QString &path = {});
QJsonObject encodeDevice(const Device &d);
Decoded<DeviceDepartment> decodeDeviceDepartment(const QJsonObject &o, const QString &path = {});
QJsonObject encodeDeviceDepartment(const DeviceDepartment &d);
Decoded<Department> decodeDepartment(const QJsonObject &o, const QString &path = {});
QJsonObject encodeDepartment(const Department &d);
Decoded<Tag> decodeTag(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTag(const Tag &t);
Decoded<CannedMessage> decodeCannedMessage(const QJsonObject &o, const QString &path = {});
QJsonObject encodeCannedMessage(const CannedMessage &c);
Decoded<PredefinedAnswer> decodePredefinedAnswer(const QJsonObject &o, const QString &path = {});
QJsonObject encodePredefinedAnswer(const PredefinedAnswer &p);

/// An SLA level (`Sla`, contract 11.2): `values` in seconds (0 or absent: no target; negative:
/// error); `business_hours` absent or null: 24/7; a DayInterval's `start`/`end` are "HH:MM" or
/// "HH:MM:SS", `end` "24:00" is midnight and an end before the start runs past midnight; a missing,
/// null or empty day is closed; a day may also be an array of DayIntervals (our extension for split
/// shifts; encoded as an array only when a day has more than one interval). `timezone` is an IANA
/// id or a fixed offset like "+01:00". Rejected with the field named: a bad time string, an unknown
/// zone, end equal to start, a bad holiday date (e.g. "business_hours.tuesday.end"). A
/// `business_hours` object that configures nothing (no zone, no interval, no holiday) is 24/7.
Decoded<SlaLevel> decodeSlaLevel(const QJsonObject &o, const QString &path = {});
QJsonObject encodeSlaLevel(const SlaLevel &level);

/// One entry of `GET /time_zones` (`TimeZones`); both fields are optional.
Decoded<TimeZoneInfo> decodeTimeZone(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTimeZone(const TimeZoneInfo &z);

/// `POST /apikeys/_login`: the request (`ApiKeyLogin`) and the answer (`ApiKeyWithPrivileges`).
/// The key's `id` is decoded from a number or a string and encoded as a number.
QJsonObject encodeApiKeyLogin(const ApiKeyLogin &l);
Decoded<ApiKeyLogin> decodeApiKeyLogin(const QJsonObject &o, const QString &path = {});
Decoded<ApiKey> decodeApiKey(const QJsonObject &o, const QString &path = {});
QJsonObject encodeApiKey(const ApiKey &k);

/// `GET /agents/{id}/login_key`: `LoginKey {login_key}` (required).
Decoded<QString> decodeLoginKey(const QJsonObject &o, const QString &path = {});
QJsonObject encodeLoginKey(const QString &loginKey);

/// `POST /tickets`: the request (`TicketListItem`) and the answer (`TicketInformation`, whose
/// `tags` may be one comma-separated string instead of an array, and whose owner is both
/// `ownerid` and `owner_contactid`).
QJsonObject encodeNewTicket(const NewTicket &t);
Decoded<NewTicket> decodeNewTicket(const QJsonObject &o, const QString &path = {});
Decoded<Ticket> decodeTicketInformation(const QJsonObject &o, const QString &path = {});
QJsonObject encodeTicketInformation(const Ticket &t);

/// `application/x-www-form-urlencoded` as v1 and query strings need it: every byte outside
/// the unreserved set is percent-encoded (so `+` is `%2B`, never a space). Decoding also
/// reads `+` as a space, as HTML forms send it.
QByteArray encodeForm(const QList<std::pair<QString, QString>> &items);
QList<std::pair<QString, QString>> decodeForm(const QByteArray &form);

/// v1 `POST /api/conversations/{id}/messages` form fields (section 7). The decoder reads the
/// `type` and `is_html_message` letters in either case and an empty `type` as a reply; unknown
/// fields (the v1 `apikey`) are ignored.
QList<std::pair<QString, QString>> encodeV1MessagePost(const V1MessagePost &m);
Decoded<V1MessagePost> decodeV1MessagePost(const QList<std::pair<QString, QString>> &form);

/// The v1 envelope: `{"response": {...}}`, errors `{"response":{"status":"ERROR","errormessage":…}}`.
Decoded<V1Response> decodeV1Envelope(const QByteArray &body);
QJsonObject encodeV1Envelope(const QJsonObject &response); // adds "status":"OK"
QJsonObject encodeV1Error(const QString &message);

/// Decodes a bare JSON array of objects (every v3 list, section 1), naming items "[i]".
template<typename T>
Decoded<QList<T>> decodeList(const QJsonArray &array,
                             const std::function<Decoded<T>(const QJsonObject &, const QString &)> &decodeOne,
                             const QString &path = {})
{
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        const QJsonValue v = array.at(i);
        if (!v.isObject())
            return DecodeError{itemPath, QStringLiteral("expected an object")};
        auto one = decodeOne(v.toObject(), itemPath);
        if (!one)
            return one.error();
        out.append(std::move(one).value());
    }
    return out;
}

/// Parses a response body: a JSON object (`wantArray` false) or array, or a decode error.
Decoded<QJsonObject> parseObject(const QByteArray &body);
Decoded<QJsonArray> parseArray(const QByteArray &body);

/// The v3 error body `ErrorResponse {message}` (section 3); an absent or non-string
/// `message` reads as empty.
QString decodeErrorMessage(const QJsonObject &o);
QJsonObject encodeError(const QString &message);

} // namespace Frontline::Wire
