// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Frontline::Test {

/// A running `frontline-sandbox` for integration tests and benchmarks: started on a free
/// port of 127.0.0.1 with a fresh self-signed certificate, which it pins (sslConfiguration()
/// trusts exactly that certificate; TLS verification stays on).
///
///     SandboxProcess sandbox({"--now", "2026-11-20T15:00:00Z", "--speed", "0"});
///     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
///     SandboxClient client(sandbox);
///     auto reply = client.get("/tickets", {{"_perPage", "100"}});
///
/// The binary is `$FRONTLINE_BINARY_DIR/bin/frontline-sandbox` (set by frontline_add_test),
/// else the one next to the running program. Note the sandbox's default request budget of
/// 180 per key per minute (contract 11.6): pass `--rate-limit 0` to tests that need more.
class SandboxProcess
{
public:
    static constexpr const char *demoV3Key = "frontline-demo-v3-key";
    static constexpr const char *demoV1Key = "frontline-demo-v1-key";
    static constexpr const char *demoLogin = "lars.nielsen@demo.frontline.example";
    static constexpr const char *demoPassword = "demo";
    static constexpr const char *demoAgentId = "ag-lars";

    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts and waits for the `listening https://127.0.0.1:PORT` line. False with
    /// errorString() (including the sandbox's stderr) when it does not come.
    bool start(int timeoutMs = 60000);
    /// SIGTERM and wait: the sandbox closes its database cleanly.
    void stop();
    /// SIGKILL: as if the machine lost power (the database must survive that too).
    void kill();
    /// stop() then start() with the same arguments (a new port and certificate).
    bool restart(int timeoutMs = 60000);
    /// stop() then start() on the port it had: with `--data` the same help desk comes back
    /// at the same address (a client's account and cache stay valid); pass `--cert` and
    /// `--key` for it to present the same certificate too.
    bool restartOnSamePort(int timeoutMs = 60000);
    bool isRunning() const;
    qint64 processId() const; // 0 when not running

    QString errorString() const { return m_error; }
    QByteArray standardError(); // everything the sandbox wrote to stderr so far
    QStringList arguments() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // https://127.0.0.1:PORT
    QSslCertificate certificate() const { return m_certificate; }
    QString certificateFile() const;
    QSslConfiguration sslConfiguration() const;

    static QString executable();
    /// `--seed` and the small seed tests/data/sandbox/small.json (4 agents, 6 tickets, the
    /// Standard level with a 2 h first answer); the sandbox's own tests are written against it.
    /// Without it the sandbox starts with the built-in demo seed (docs/demo-seed.md).
    static QStringList smallSeed();

private:
    QStringList m_extra;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
    quint16 m_fixedPort = 0; // restartOnSamePort(): listen here instead of any free port
    QSslCertificate m_certificate;
};

} // namespace Frontline::Test
