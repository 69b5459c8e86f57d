// SPDX-License-Identifier: GPL-3.0-or-later
// API v1 on the wire: form encoding, the message form and the `{"response": …}` envelope
// (section 7; reconstructed from client code, see the contract's source notes).
#include "jsonreader.h"
#include "wire.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Frontline::Wire {

QByteArray encodeForm(const QList<std::pair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<std::pair<QString, QString>> decodeForm(const QByteArray &form)
{
    QList<std::pair<QString, QString>> out;
    for (const QByteArray &pair : form.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QList<std::pair<QString, QString>> encodeV1MessagePost(const V1MessagePost &m)
{
    return {
            {u"message"_s, m.message},
            {u"type"_s, m.type == V1MessagePost::Type::Note ? u"N"_s : u"M"_s},
            {u"useridentifier"_s, m.userIdentifier},
            {u"is_html_message"_s, m.html ? u"Y"_s : u"N"_s},
    };
}

Decoded<V1MessagePost> decodeV1MessagePost(const QList<std::pair<QString, QString>> &form)
{
    // Hand-written v1 clients are sloppy about case and spaces in the letter fields; a field
    // given twice (query string and body) counts as its last value, as PHP reads it.
    V1MessagePost m;
    bool haveMessage = false;
    for (const auto &[key, value] : form) {
        if (key == u"message") {
            m.message = value;
            haveMessage = true;
        } else if (key == u"type") {
            const QString letter = value.trimmed().toUpper();
            if (letter == u"N")
                m.type = V1MessagePost::Type::Note;
            else if (letter == u"M" || letter.isEmpty())
                m.type = V1MessagePost::Type::Reply;
            else
                return DecodeError{u"type"_s, QStringLiteral("expected M or N, got '%1'").arg(value.left(10))};
        } else if (key == u"useridentifier") {
            m.userIdentifier = value.trimmed();
        } else if (key == u"is_html_message") {
            m.html = value.trimmed().compare(u"Y", Qt::CaseInsensitive) == 0;
        }
    }
    if (!haveMessage || m.message.isEmpty())
        return DecodeError{u"message"_s, QStringLiteral("required field is missing")};
    return m;
}

Decoded<V1Response> decodeV1Envelope(const QByteArray &body)
{
    auto top = parseObject(body);
    if (!top)
        return top.error();
    JsonReader r(*top, {});
    const QJsonObject inner = r.object("response"_L1);
    if (!r.ok())
        return r.error();
    if (!top->contains("response"_L1))
        return DecodeError{u"response"_s, QStringLiteral("required field is missing")};
    V1Response out;
    out.response = inner;
    JsonReader ir(inner, u"response"_s);
    out.isError = ir.string("status"_L1).compare(u"ERROR", Qt::CaseInsensitive) == 0;
    out.errorMessage = ir.string("errormessage"_L1);
    if (!ir.ok())
        return ir.error();
    return out;
}

QJsonObject encodeV1Envelope(const QJsonObject &response)
{
    QJsonObject inner = response;
    if (!inner.contains("status"_L1))
        inner.insert("status"_L1, u"OK"_s);
    return QJsonObject{{"response"_L1, inner}};
}

QJsonObject encodeV1Error(const QString &message)
{
    return QJsonObject{{"response"_L1, QJsonObject{{"status"_L1, u"ERROR"_s}, {"errormessage"_L1, message}}}};
}

} // namespace Frontline::Wire
