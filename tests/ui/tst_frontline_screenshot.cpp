// SPDX-License-Identifier: GPL-3.0-or-later
// The built `frontline` program, as a person or a script runs it: `--demo` starts the demo help
// desk, syncs and shows a filled ticket list; `--screenshot` saves the window (1400 x 860) as
// a PNG and exits 0, or exits 4 with a sentence when there is no account to show.
#include "account/profile.h"
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;

namespace {

QString frontline()
{
    return QDir(qEnvironmentVariable("FRONTLINE_BINARY_DIR")).filePath(QStringLiteral("bin/frontline"));
}

/// Rows of the picture between y0 and y1 with dark (text) pixels between x0 and x1, counted as
/// bands of consecutive rows: one band per line of text.
int textBands(const QImage &image, int x0, int x1, int y0, int y1)
{
    int bands = 0;
    bool inBand = false;
    for (int y = y0; y < y1; ++y) {
        bool ink = false;
        for (int x = x0; x < x1 && !ink; ++x)
            ink = qGray(image.pixel(x, y)) < 110;
        if (ink && !inBand)
            ++bands;
        inBand = ink;
    }
    return bands;
}

} // namespace

class TestFrontlineScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void demoShowsAFilledListAndSavesTheScreenshot()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess app;
        app.start(frontline(),
                  {QStringLiteral("--demo"), QStringLiteral("--profile"), dir.filePath(QStringLiteral("p")),
                   QStringLiteral("--screenshot"), png});
        QVERIFY2(app.waitForFinished(120000), "frontline --demo --screenshot did not exit");
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, err.constData());
        QCOMPARE(QString::fromLocal8Bit(app.readAllStandardOutput()).trimmed(), png);

        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), QSize(1400, 860));
        // The ticket list (between the queues on the left and the ticket on the right, below its
        // header) shows a line of text per ticket; an empty list has none.
        const int bands = textBands(image, 200, 840, 72, 830);
        // The list showed what came from the demo help desk into the cache: Lars's open tickets.
        QStringList caches;
        QDirIterator it(dir.filePath(QStringLiteral("p")), {QStringLiteral("cache.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            caches << it.next();
        QCOMPARE(caches.size(), 1);
        Store store(caches.first());
        QVERIFY(!store.open().isError());
        TicketQuery mine;
        mine.meId = QStringLiteral("ag-lars");
        const int mineCount = store.tickets().count(mine);
        QVERIFY(mineCount >= 10);
        // One line per ticket on screen (about 30 fit; the selected one is light on dark).
        qInfo("%d lines of text for %d tickets", bands, mineCount);
        QVERIFY2(bands >= std::min(mineCount, 28) - 2 && bands <= mineCount + 1,
                 qPrintable(QStringLiteral("%1 lines of text for %2 tickets").arg(bands).arg(mineCount)));
    }

    void screenshotNeedsAnAccount()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess app;
        app.start(
                frontline(),
                {QStringLiteral("--profile"), dir.filePath(QStringLiteral("p")), QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 4);
        QVERIFY2(app.readAllStandardError().contains("No screenshot: no account is set up (use --demo)."),
                 "the reason is not printed");
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_GUILESS_MAIN(TestFrontlineScreenshot)
#include "tst_frontline_screenshot.moc"
