// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Frontline {

/// Runs the demo help desk: `frontline-sandbox` as a child process on a random loopback port,
/// with a fresh database, the built-in multilingual seed, the simulator writing new tickets
/// and replies at a lively rate, and a certificate Frontline pins. A child process, not an
/// in-process server: the sandbox links Qt HTTP Server (GPL) and its own SQLite connection,
/// keeps its crashes and load away from the UI thread, and is the same binary the tests and
/// benchmarks use. Stopping the demo (quit) stops it.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    /// `dataDir`: where the sandbox keeps its database and certificate for this run.
    DemoLauncher(QString dataDir, QStringList extraArguments, QObject *parent = nullptr);
    ~DemoLauncher() override;

    /// Where the sandbox binary is: beside this executable (build tree), or in
    /// ../libexec/frontline/ (installed). Empty when not found.
    static QString findSandbox();

    void start();
    void stop();
    QUrl serverUrl() const { return m_url; }
    QString certificateFile() const;

Q_SIGNALS:
    void ready(const QUrl &serverUrl);
    void failed(const QString &message);

private:
    void readOutput();

    QString m_dataDir;
    QStringList m_extra;
    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
    bool m_ready = false;
};

} // namespace Frontline
