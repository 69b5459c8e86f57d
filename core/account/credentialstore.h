// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Frontline {

/// Why a secret could not be read or written.
struct KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::KeychainError)

public:
    enum class Kind { NotFound, NoKeychain, AccessDenied, Other };
    Kind kind = Kind::Other;
    QString detail; // from the keychain backend, for logs (never contains the secret)

    QString humanMessage() const;
};

/// The API keys of an account, kept only in the operating system's keychain (Secret
/// Service on Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain.
/// There is no fallback: without a keychain nothing is written anywhere and the caller
/// is told, so a key never lands in a file.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Secret { ApiKey, V1ApiKey };

    explicit CredentialStore(QString service = QStringLiteral("Frontline"), QObject *parent = nullptr);

    using ReadCallback = std::function<void(Expected<QString, KeychainError>)>;
    using DoneCallback = std::function<void(std::optional<KeychainError>)>;

    void read(const QString &accountKey, Secret secret, ReadCallback done);
    void write(const QString &accountKey, Secret secret, const QString &value, DoneCallback done);
    void remove(const QString &accountKey, Secret secret, DoneCallback done);

private:
    static QString entryName(const QString &accountKey, Secret secret);
    QString m_service;
};

} // namespace Frontline
