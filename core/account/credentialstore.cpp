// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

KeychainError errorOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {KeychainError::Kind::NotFound, job->errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {KeychainError::Kind::NoKeychain, job->errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {KeychainError::Kind::AccessDenied, job->errorString()};
    default:
        return {KeychainError::Kind::Other, job->errorString()};
    }
}

} // namespace

QString KeychainError::humanMessage() const
{
    switch (kind) {
    case Kind::NotFound:
        return tr("No saved key was found for this account. Please sign in again.");
    case Kind::NoKeychain:
        return tr("No system keychain is available (such as GNOME Keyring or KWallet). Frontline keeps API keys "
                  "only in the keychain, so it cannot remember your key; nothing was written to disk.");
    case Kind::AccessDenied:
        return tr("Access to the system keychain was denied, so Frontline cannot read or save your key.");
    case Kind::Other:
        break;
    }
    return tr("The system keychain reported a problem: %1").arg(detail);
}

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString CredentialStore::entryName(const QString &accountKey, Secret secret)
{
    return accountKey + (secret == Secret::ApiKey ? u"/apikey"_s : u"/v1-apikey"_s);
}

void CredentialStore::read(const QString &accountKey, Secret secret, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(accountKey, secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const KeychainError e = errorOf(j);
            qCInfo(lcAccount) << "keychain read failed:" << int(e.kind) << e.detail;
            done(e);
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void CredentialStore::write(const QString &accountKey, Secret secret, const QString &value, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(accountKey, secret));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const KeychainError e = errorOf(j);
            qCWarning(lcAccount) << "keychain write failed:" << int(e.kind) << e.detail;
            done(e);
            return;
        }
        done(std::nullopt);
    });
    job->start();
}

void CredentialStore::remove(const QString &accountKey, Secret secret, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryName(accountKey, secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(errorOf(j));
            return;
        }
        done(std::nullopt);
    });
    job->start();
}

} // namespace Frontline
