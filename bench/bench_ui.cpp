// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6's desktop budgets, each next to a floor measured in the same run:
// - time from exec to the first painted ticket list of `frontline --profile P --screenshot F`
//   with 100,000 tickets in P's cache, against bench_emptywindow (one empty QWidget of the same
//   size, shown and painted once): <= 1.5 x the floor;
// - the peak RSS of that run (wait4's ru_maxrss, the whole run: start, first sync, screenshot)
//   against the empty window's: <= floor + 20 MiB;
// - idle CPU (utime + stime from /proc/PID/stat over 30 s, after the first sync) of `frontline
//   --profile P10` with 10,000 cached tickets, the list's SLA countdowns running: < 1 % of a core.
//
// The profiles are real: a frontline-sandbox with --tickets N (the server), an account as the
// sign-in saves it (settings, keys in the keychain, the pinned certificate), one sync by a
// Workspace, then every other ticket of the server put into the cache through the Store API, so
// the cache holds N tickets that the server also has (the next sync finds nothing stale). The
// measured runs are against the same sandbox: the list is painted from the cache before the
// first sync can finish, and the screenshot is taken after it (docs/performance.md, "UI").
//
// The keys must go to a Secret Service: run it in the test session wrapper, e.g.
//     tests/support/run-in-session --keyring -- build/release/bin/bench_ui
#include "benchutil.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "workspacesession.h"

#include "account/accountsettings.h"
#include "account/credentialstore.h"
#include "account/profile.h"
#include "api/liveagentclient.h"
#include "api/requestbudget.h"
#include "api/wire/wire.h"
#include "domain/clock.h"
#include "store/sqltransaction.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace Frontline;
using namespace Frontline::Test;
using namespace Qt::StringLiterals;
using SteadyClock = std::chrono::steady_clock;

namespace {

const int kRuns = qEnvironmentVariableIsSet("BENCH_UI_RUNS") ? qEnvironmentVariableIntValue("BENCH_UI_RUNS") : 5;
constexpr double kIdleSeconds = 30;
const QString kApp = QStringLiteral("frontline");
const QByteArray kListPainted = "ticket list first painted";
const QByteArray kSyncFinished = "sync cycle finished";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Failure
{
    QString message;
};

/// Stops the benchmark; thrown, so that the sandboxes and children are stopped on the way out.
[[noreturn]] void die(const QString &message)
{
    throw Failure{message};
}

QString g_spawn; // bench_spawn, beside this program

/// A child process, started through bench_spawn (which reports the child's own peak RSS and
/// CPU time: see there), its stderr read line by line and time-stamped.
class Child
{
public:
    Child(const QString &program, const QStringList &arguments, const QStringList &environment)
    {
        std::vector<std::string> args{g_spawn.toStdString(), program.toStdString()};
        for (const QString &a : arguments)
            args.push_back(a.toStdString());
        std::vector<std::string> env;
        for (const QString &e : environment)
            env.push_back(e.toStdString());
        std::vector<char *> argv;
        for (std::string &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<char *> envp;
        for (std::string &e : env)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0)
            die(QStringLiteral("pipe failed"));
        m_start = SteadyClock::now();
        m_pid = fork();
        if (m_pid == 0) {
            const int devnull = open("/dev/null", O_WRONLY);
            dup2(devnull, STDOUT_FILENO);
            dup2(fds[1], STDERR_FILENO);
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        close(fds[1]);
        m_fd = fds[0];
        fcntl(m_fd, F_SETFL, fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~Child()
    {
        if (!m_reaped) {
            if (m_childPid > 0)
                kill(m_childPid, SIGKILL);
            kill(m_pid, SIGKILL);
            finish(5);
        }
        if (m_fd >= 0)
            close(m_fd);
    }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    double elapsed() const { return std::chrono::duration<double>(SteadyClock::now() - m_start).count(); }

    /// Reads what stderr has; returns the seconds since the start at which a line containing
    /// `marker` was first seen, or -1.
    double poll(const QByteArray &marker)
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            m_pending.append(buffer, n);
        }
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            m_stderr += line + '\n';
            if (line.startsWith("bench_spawn: child "))
                m_childPid = line.mid(19).toInt();
            if (line.startsWith("bench_spawn: exit ")) {
                const QList<QByteArray> f = line.split(' ');
                m_exitCode = f.value(2).toInt();
                m_maxRssKiB = f.value(4).toDouble();
            }
            for (const QByteArray &m : {kListPainted, kSyncFinished, QByteArray("painted")}) {
                if (line.contains(m) && !m_seen.contains(m)) {
                    m_seen.insert(m, elapsed());
                    m_hwmAt.insert(m, peakRssNowMiB());
                }
            }
        }
        return m_seen.value(marker, -1);
    }

    /// Waits (keeping Qt's event loop turning for the sandbox) until `marker` is seen.
    double waitFor(const QByteArray &marker, double timeoutSeconds)
    {
        const double until = elapsed() + timeoutSeconds;
        double at = -1;
        while ((at = poll(marker)) < 0 && elapsed() < until && !exited()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            pollfd p{m_fd, POLLIN, 0};
            ::poll(&p, 1, 5);
        }
        return poll(marker);
    }

    bool exited()
    {
        if (m_reaped)
            return true;
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_reaped = true;
            m_status = status;
            m_total = elapsed();
        }
        return m_reaped;
    }

    /// The program's VmHWM when `marker` was seen, in MiB (-1 if not seen).
    double peakRssAtMiB(const QByteArray &marker) const { return m_hwmAt.value(marker, -1); }

    /// VmHWM of the program so far, in MiB.
    double peakRssNowMiB() const { return m_childPid > 0 ? Bench::peakRssMiB(m_childPid) : -1; }

    /// utime + stime so far, in seconds.
    double cpuSeconds() const { return m_childPid > 0 ? Bench::cpuSeconds(m_childPid) : -1; }

    /// Waits for the exit (SIGTERM first when `terminate`), up to `timeoutSeconds`, then kills.
    bool finish(double timeoutSeconds, bool terminate = false)
    {
        if (terminate && !m_reaped)
            kill(m_pid, SIGTERM);
        const double until = elapsed() + timeoutSeconds;
        while (!exited() && elapsed() < until) {
            poll({});
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QThread::msleep(5);
        }
        if (!m_reaped) {
            if (m_childPid > 0)
                kill(m_childPid, SIGKILL);
            kill(m_pid, SIGKILL);
            while (!exited())
                QThread::msleep(5);
            return false;
        }
        poll({});
        return true;
    }

    bool exitedNormally() const { return m_reaped && WIFEXITED(m_status) && m_exitCode == 0; }
    double totalSeconds() const { return m_total; }
    double peakRssMiB() const { return m_maxRssKiB / 1024.0; }
    const QByteArray &standardError() const { return m_stderr; }

private:
    pid_t m_pid = -1; // bench_spawn
    pid_t m_childPid = -1; // the program
    int m_exitCode = -1;
    double m_maxRssKiB = 0;
    int m_fd = -1;
    SteadyClock::time_point m_start;
    QByteArray m_pending;
    QByteArray m_stderr;
    QHash<QByteArray, double> m_seen;
    QHash<QByteArray, double> m_hwmAt;
    bool m_reaped = false;
    int m_status = 0;
    double m_total = 0;
};

QStringList childEnvironment()
{
    QStringList env;
    for (char **e = environ; *e; ++e) {
        const QString entry = QString::fromLocal8Bit(*e);
        if (!entry.startsWith(u"QT_LOGGING_RULES="))
            env << entry;
    }
    // BENCH_UI_LOGGING: more categories for a time line of the start (with QT_MESSAGE_PATTERN
    // containing %{time process} and BENCH_UI_STDERR set); the two here are what is measured.
    env << QStringLiteral("QT_LOGGING_RULES=frontline.ui.debug=true;frontline.sync.debug=true;%1")
                    .arg(qEnvironmentVariable("BENCH_UI_LOGGING"));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        env << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    return env;
}

QString platform(const QStringList &env)
{
    for (const QString &e : env) {
        if (e.startsWith(u"QT_QPA_PLATFORM="))
            return e.mid(16);
    }
    return QStringLiteral("default (%1)").arg(qEnvironmentVariable("DISPLAY"));
}

double median(std::vector<double> v)
{
    return Bench::percentile(std::move(v), 50);
}

template<typename F>
bool waitUntil(F done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

/// An account as the sign-in leaves it (settings; keys in the keychain), one sync by a
/// Workspace, then every ticket of the server in the cache. Returns how many are cached.
int prepareProfile(const SandboxProcess &sandbox, const QString &dir, CredentialStore &keychain, QStringList *accounts)
{
    const DemoAgent lars = DemoAgent::lars();
    const std::optional<AccountSettings> saved = saveSignedInAccount(sandbox, lars, dir);
    if (!saved)
        die(QStringLiteral("cannot copy the sandbox certificate"));
    const AccountSettings &account = *saved;
    const Profile profile = Profile::inDirectory(dir);
    accounts->append(account.accountKey());
    if (const std::optional<QString> problem = setKeysInKeychain(keychain, account.accountKey(), lars)) {
        die(QStringLiteral("cannot write the keys to the keychain (%1); run me inside "
                           "tests/support/run-in-session --keyring -- …")
                    .arg(*problem));
    }

    QNetworkAccessManager network;
    SystemClock clock;
    Workspace workspace(profile, account, lars.apiKey, lars.v1ApiKey, &network, clock);
    if (StoreError e = workspace.open(); e.isError())
        die(e.humanMessage());
    // Preparing is not measured: no need to keep to the 150-a-minute budget of a real account
    // (a first pull of a 12,000-ticket department queue would wait for it for a minute).
    RequestBudget generous(100000, RequestBudget::kDefaultWindow, [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now().time_since_epoch());
    });
    workspace.client().setRequestBudget(ApiVersion::V3, &generous);
    bool synced = false;
    QObject::connect(&workspace.sync(), &SyncEngine::initialSyncFinished, [&] { synced = true; });
    const double syncSeconds = Bench::seconds([&] {
        workspace.start();
        if (!waitUntil([&] { return synced; }, 600000))
            die(QStringLiteral("the first sync did not finish: %1").arg(workspace.sync().errorText()));
    });
    workspace.shutdown();
    Bench::note(QStringLiteral("  first sync of the profile (Workspace, in this process)"), syncSeconds, u"s"_s);

    SandboxClient client(sandbox);
    int cached = 0;
    for (int page = 1;; ++page) {
        const HttpReply reply = client.get(QStringLiteral("/tickets"),
                                           {{QStringLiteral("_perPage"), QStringLiteral("1000")},
                                            {QStringLiteral("_page"), QString::number(page)}});
        const auto tickets = Wire::decodeList<Ticket>(reply.array(), Wire::decodeTicket);
        if (!tickets)
            die(QStringLiteral("cannot decode the server's tickets"));
        if (tickets->isEmpty())
            break;
        SqlTransaction tx(workspace.store().database());
        if (StoreError e = workspace.store().tickets().upsert(*tickets); e.isError())
            die(e.humanMessage());
        if (StoreError e = tx.commit(); e.isError())
            die(e.humanMessage());
        cached += int(tickets->size());
        if (tickets->size() < 1000)
            break;
    }
    return cached;
}

} // namespace

int run();

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run();
    } catch (const Failure &f) {
        out() << "bench_ui: " << f.message << Qt::endl;
        return 2;
    }
}

int run()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString frontline = here.filePath(kApp);
    const QString emptyWindow = here.filePath(QStringLiteral("bench_emptywindow"));
    g_spawn = here.filePath(QStringLiteral("bench_spawn"));
    for (const QString &p : {frontline, emptyWindow, g_spawn}) {
        if (!QFileInfo(p).isExecutable())
            die(QStringLiteral("%1 is missing: build it too").arg(p));
    }
    const QStringList env = childEnvironment();
    CredentialStore keychain;
    QStringList accounts; // keychain entries written
    // The keys go again at the end, also on failure: they are not this session's to keep.
    const auto forget = qScopeGuard([&] {
        int removed = 0;
        for (const QString &account : std::as_const(accounts)) {
            for (auto secret : {CredentialStore::Secret::ApiKey, CredentialStore::Secret::V1ApiKey})
                keychain.remove(account, secret, [&removed](std::optional<KeychainError>) { ++removed; });
        }
        waitUntil([&] { return removed == 2 * accounts.size(); }, 20000);
    });
    QTemporaryDir work;
    bool ok = true;
    // BENCH_UI_PAINT_ONLY: stop each measured run once its list is painted (no first sync, no
    // screenshot, no idle part): for looking at the start-up quickly, not for the record.
    const bool paintOnly = qEnvironmentVariableIsSet("BENCH_UI_PAINT_ONLY");

    // --- Start-up with 100,000 cached tickets -------------------------------------------------
    {
        SandboxProcess sandbox({QStringLiteral("--tickets"), QStringLiteral("100000"), QStringLiteral("--rate-limit"),
                                QStringLiteral("0")});
        if (!sandbox.start(300000))
            die(sandbox.errorString());
        const QString profile = work.filePath(QStringLiteral("p100k"));
        const int cached = prepareProfile(sandbox, profile, keychain, &accounts);
        out() << "profile with " << cached << " cached tickets; platform " << platform(env) << "; " << kRuns
              << " runs each, medians" << Qt::endl;

        std::vector<double> floorPaint, floorRss, appPaint, appRss, appRssAtPaint, appTotal;
        const QString png = work.filePath(QStringLiteral("out.png"));
        for (int run = 0; run < kRuns; ++run) {
            {
                Child floor(emptyWindow, {}, env);
                const double painted = floor.waitFor("painted", 60);
                if (!floor.finish(30) || painted < 0)
                    die(QStringLiteral("bench_emptywindow failed: %1")
                                .arg(QString::fromLocal8Bit(floor.standardError())));
                floorPaint.push_back(painted * 1000);
                floorRss.push_back(floor.peakRssMiB());
            }
            {
                QFile::remove(png);
                // BENCH_UI_WRAP: a command to run the measured frontline under, e.g.
                // "perf record -g -o /tmp/frontline.perf --" (for profiling; the figures then include it).
                QStringList command = qEnvironmentVariable("BENCH_UI_WRAP").split(u' ', Qt::SkipEmptyParts);
                command << frontline << QStringLiteral("--profile") << profile << QStringLiteral("--screenshot") << png;
                Child frontlineRun(command.takeFirst(), command, env);
                const double painted = frontlineRun.waitFor(kListPainted, 120);
                if (paintOnly) {
                    frontlineRun.finish(30, true);
                    if (painted < 0)
                        die(QStringLiteral("frontline did not paint its list:\n%1")
                                    .arg(QString::fromLocal8Bit(frontlineRun.standardError())));
                }
                const bool exited = frontlineRun.finish(180);
                if (painted < 0 || !exited || (!paintOnly && !frontlineRun.exitedNormally()))
                    die(QStringLiteral("frontline --screenshot failed:\n%1")
                                .arg(QString::fromLocal8Bit(frontlineRun.standardError())));
                // BENCH_UI_STDERR: where to keep the last measured run's log (to see where time goes).
                if (const QString keep = qEnvironmentVariable("BENCH_UI_STDERR"); !keep.isEmpty()) {
                    QFile log(keep);
                    if (log.open(QIODevice::WriteOnly | QIODevice::Truncate))
                        log.write(frontlineRun.standardError());
                }
                appPaint.push_back(painted * 1000);
                appRss.push_back(frontlineRun.peakRssMiB());
                appRssAtPaint.push_back(frontlineRun.peakRssAtMiB(kListPainted));
                appTotal.push_back(frontlineRun.totalSeconds());
            }
        }
        if (paintOnly) {
            out() << "first paint (ms), BENCH_UI_PAINT_ONLY:" << Qt::endl;
            for (std::size_t i = 0; i < appPaint.size(); ++i)
                out() << "    frontline " << QString::number(appPaint[i], 'f', 0) << " (peak RSS "
                      << QString::number(appRssAtPaint[i], 'f', 1) << " MiB), empty window "
                      << QString::number(floorPaint[i], 'f', 0) << Qt::endl;
            return 0;
        }
        QImageReader picture(png);
        if (picture.size() != QSize(1400, 860))
            die(QStringLiteral("the screenshot is %1x%2, not 1400x860")
                        .arg(picture.size().width())
                        .arg(picture.size().height()));

        ok &= Bench::report(QStringLiteral("time to the first painted ticket list, %1 cached tickets").arg(cached),
                            median(appPaint), u"ms"_s, median(floorPaint), 1.5 * median(floorPaint));
        ok &= Bench::report(QStringLiteral("peak RSS, start to screenshot after the first sync"),
                            *std::max_element(appRss.begin(), appRss.end()), u"MiB"_s,
                            *std::max_element(floorRss.begin(), floorRss.end()),
                            *std::max_element(floorRss.begin(), floorRss.end()) + 20);
        out() << "  first paint, each run (ms):" << Qt::endl;
        for (std::size_t i = 0; i < appPaint.size(); ++i)
            out() << "    frontline " << QString::number(appPaint[i], 'f', 0) << ", empty window "
                  << QString::number(floorPaint[i], 'f', 0) << Qt::endl;
        Bench::note(QStringLiteral("  whole --screenshot run (first sync, 600 ms settle, PNG)"), median(appTotal),
                    u"s"_s);
        Bench::note(QStringLiteral("  peak RSS when the list was first painted"),
                    *std::max_element(appRssAtPaint.begin(), appRssAtPaint.end()), u"MiB"_s);
    }

    // --- Idle with 10,000 cached tickets ------------------------------------------------------
    {
        SandboxProcess sandbox({QStringLiteral("--tickets"), QStringLiteral("10000"), QStringLiteral("--rate-limit"),
                                QStringLiteral("0")});
        if (!sandbox.start(300000))
            die(sandbox.errorString());
        const QString profile = work.filePath(QStringLiteral("p10k"));
        const int cached = prepareProfile(sandbox, profile, keychain, &accounts);

        Child floor(emptyWindow, {QStringLiteral("--stay")}, env);
        Child idle(frontline, {QStringLiteral("--profile"), profile}, env);
        if (floor.waitFor("painted", 60) < 0 || idle.waitFor(kSyncFinished, 180) < 0)
            die(QStringLiteral("frontline did not finish its first sync:\n%1")
                        .arg(QString::fromLocal8Bit(idle.standardError())));
        // Let the first cycle's follow-ups (SLA, prefetched conversations) settle.
        idle.waitFor("never", 3);
        const double app0 = idle.cpuSeconds();
        const double floor0 = floor.cpuSeconds();
        const auto start = SteadyClock::now();
        while (std::chrono::duration<double>(SteadyClock::now() - start).count() < kIdleSeconds) {
            idle.poll({});
            floor.poll({});
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(20);
        }
        const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
        const double appShare = (idle.cpuSeconds() - app0) / seconds * 100;
        const double floorShare = (floor.cpuSeconds() - floor0) / seconds * 100;
        const int cycles = int(idle.standardError().count(kSyncFinished));
        idle.finish(10, true);
        floor.finish(10, true);
        ok &= Bench::report(QStringLiteral("idle CPU over %1 s, %2 cached tickets, countdowns running")
                                    .arg(kIdleSeconds)
                                    .arg(cached),
                            appShare, u"% of a core"_s, floorShare, 1.0);
        out() << "  sync cycles in the whole idle run: " << cycles << Qt::endl;
    }

    return ok ? 0 : 1;
}
