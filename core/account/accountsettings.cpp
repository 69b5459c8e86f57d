// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsettings.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Frontline {

QString AccountSettings::accountKey() const
{
    const QUrl url = QUrl::fromUserInput(serverUrl);
    const QByteArray identity =
            url.host().toLower().toUtf8() + ':' + QByteArray::number(url.port(443)) + '/' + agentId.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
    // Readable and safe as a folder name: host plus a short hash of host, port and agent.
    QString host = url.host().toLower();
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            c = u'_';
    }
    return host + u'-' + QString::fromLatin1(hash);
}

AccountSettings AccountSettings::load(QSettings &s)
{
    s.beginGroup(u"account"_s);
    AccountSettings a;
    a.serverUrl = s.value(u"serverUrl"_s).toString();
    a.agentId = s.value(u"agentId"_s).toString();
    a.agentEmail = s.value(u"agentEmail"_s).toString();
    a.agentName = s.value(u"agentName"_s).toString();
    a.extraCaFile = s.value(u"extraCaFile"_s).toString();
    a.pinnedCertFile = s.value(u"pinnedCertFile"_s).toString();
    a.apiKeyId = s.value(u"apiKeyId"_s).toString();
    a.hasV1Key = s.value(u"hasV1Key"_s, false).toBool();
    s.endGroup();
    return a;
}

void AccountSettings::save(QSettings &s) const
{
    s.beginGroup(u"account"_s);
    s.setValue(u"serverUrl"_s, serverUrl);
    s.setValue(u"agentId"_s, agentId);
    s.setValue(u"agentEmail"_s, agentEmail);
    s.setValue(u"agentName"_s, agentName);
    s.setValue(u"extraCaFile"_s, extraCaFile);
    s.setValue(u"pinnedCertFile"_s, pinnedCertFile);
    s.setValue(u"apiKeyId"_s, apiKeyId);
    s.setValue(u"hasV1Key"_s, hasV1Key);
    s.endGroup();
    s.sync();
}

void AccountSettings::clear(QSettings &s)
{
    s.remove(u"account"_s);
    s.sync();
}

} // namespace Frontline
