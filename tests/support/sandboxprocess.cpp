// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include "testdata.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace Frontline::Test {

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_extra(std::move(extraArguments))
{ }

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    const QByteArray binaryDir = qgetenv("FRONTLINE_BINARY_DIR");
    if (!binaryDir.isEmpty())
        return QString::fromLocal8Bit(binaryDir) + QStringLiteral("/bin/frontline-sandbox");
    return QCoreApplication::applicationDirPath() + QStringLiteral("/frontline-sandbox");
}

QStringList SandboxProcess::smallSeed()
{
    return {QStringLiteral("--seed"), dataPath(QStringLiteral("sandbox/small.json"))};
}

QString SandboxProcess::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("sandbox-cert.pem"));
}

QStringList SandboxProcess::arguments() const
{
    return QStringList{QStringLiteral("--port"), QString::number(m_fixedPort), QStringLiteral("--cert-out"),
                       certificateFile()}
    + m_extra;
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 SandboxProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QByteArray SandboxProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

bool SandboxProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_port = 0;
    QFile::remove(certificateFile());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this] { m_stderr += m_process->readAllStandardError(); });
    m_process->start(executable(), arguments());
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    static const QRegularExpression listening(QStringLiteral("^listening https://127\\.0\\.0\\.1:(\\d+)$"));
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_error = QStringLiteral("the sandbox did not start listening: %1")
                              .arg(QString::fromLocal8Bit(standardError()));
            return false;
        }
        m_process->waitForReadyRead(int(std::min<qint64>(200, deadline.remainingTime())));
        m_stderr += m_process->readAllStandardError();
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: %1").arg(line);
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile());
    if (certificates.size() != 1) {
        m_error = QStringLiteral("no certificate in %1").arg(certificateFile());
        return false;
    }
    m_certificate = certificates.constFirst();
    return true;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

void SandboxProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

bool SandboxProcess::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

bool SandboxProcess::restartOnSamePort(int timeoutMs)
{
    m_fixedPort = m_port;
    stop();
    return start(timeoutMs);
}

QUrl SandboxProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QSslConfiguration SandboxProcess::sslConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates({m_certificate}); // exactly the sandbox's certificate, no system CAs
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return c;
}

} // namespace Frontline::Test
