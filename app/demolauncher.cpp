// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolauncher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

constexpr int kStartTimeoutMs = 30000;

} // namespace

DemoLauncher::DemoLauncher(QString dataDir, QStringList extraArguments, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_extra(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (!m_ready && error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo help desk could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready) {
            const QString err = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed().right(400);
            Q_EMIT failed(tr("The demo help desk stopped before it was ready (exit code %1). %2").arg(code).arg(err));
        } else {
            qCWarning(lcApp) << "demo sandbox exited with code" << code;
        }
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::findSandbox()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"frontline-sandbox"_s), here.filePath(u"../libexec/frontline/frontline-sandbox"_s),
          here.filePath(u"../lib/frontline/frontline-sandbox"_s)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString DemoLauncher::certificateFile() const
{
    return QDir(m_dataDir).filePath(u"sandbox-certificate.pem"_s);
}

void DemoLauncher::start()
{
    const QString program = findSandbox();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("The demo needs frontline-sandbox, which was not found next to Frontline."));
        return;
    }
    QDir().mkpath(m_dataDir);
    // A fresh help desk each time: the seed's times are relative to now, so the demo is live.
    const QString data = QDir(m_dataDir).filePath(u"sandbox.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(data + suffix);
    QStringList args{u"--port"_s, u"0"_s, u"--cert-out"_s, certificateFile(),
                     u"--data"_s, data,   u"--simulate"_s, u"60"_s};
    args << m_extra;
    qCInfo(lcApp) << "starting the demo help desk:" << program << args;
    // Should Frontline itself be killed (no chance to stop it), the kernel ends the sandbox too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(program, args);
    QTimer::singleShot(kStartTimeoutMs, this, [this] {
        if (!m_ready) {
            stop();
            Q_EMIT failed(tr("The demo help desk did not start in time."));
        }
    });
}

void DemoLauncher::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_ready)
        return;
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_buffer.left(newline).trimmed();
    const QByteArray prefix = "listening ";
    if (!line.startsWith(prefix)) {
        Q_EMIT failed(tr("The demo help desk answered something unexpected."));
        return;
    }
    m_url = QUrl(QString::fromLatin1(line.mid(prefix.size())));
    m_ready = true;
    Q_EMIT ready(m_url);
}

void DemoLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

} // namespace Frontline
