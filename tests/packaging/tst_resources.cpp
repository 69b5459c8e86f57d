// SPDX-License-Identifier: GPL-3.0-or-later
// The resource paths the UI relies on (resources/CMakeLists.txt) exist in frontline_resources once
// linked, are valid SVG for QtSvg (the renderer the tray and the ticket list use), draw something
// at the sizes they are shown at, and are told apart: no two icons of a family render alike.
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList trayIcons{u":/icons/tray-available.svg"_s, u":/icons/tray-paused.svg"_s,
                            u":/icons/tray-offline.svg"_s, u":/icons/tray-warning.svg"_s};
const QStringList slaIcons{u":/icons/sla-running.svg"_s, u":/icons/sla-warning.svg"_s, u":/icons/sla-breached.svg"_s,
                           u":/icons/sla-paused.svg"_s,  u":/icons/sla-met.svg"_s,     u":/icons/sla-postponed.svg"_s};

QImage render(const QString &path, int size)
{
    QSvgRenderer renderer(path);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

// Share of pixels that are mostly opaque: an icon must fill its square, not be a speck.
double coverage(const QImage &image)
{
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    return double(opaque) / (image.width() * image.height());
}

// Shape only (alpha), so icons that differ just by colour count as alike.
int shapeDifference(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += qAbs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 96 ? 1 : 0;
    return differing;
}

int glyphDifference(const QImage &a, const QImage &b)
{
    // Shape plus lightness: a badge's white check and dark pause bars differ inside the same disc.
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 96
                            || qAbs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 96
                    ? 1
                    : 0;
    return differing;
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private slots:
    void icon_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("size");
        QTest::newRow("app") << u":/icons/frontline.svg"_s << 16;
        for (const QString &p : trayIcons)
            QTest::newRow(qPrintable(p)) << p << 22;
        for (const QString &p : slaIcons)
            QTest::newRow(qPrintable(p)) << p << 16;
    }

    void icon()
    {
        QFETCH(QString, path);
        QFETCH(int, size);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(path));
        QCOMPARE(renderer.defaultSize().width(), renderer.defaultSize().height());
        const double covered = coverage(render(path, size));
        QVERIFY2(covered > 0.2, qPrintable(u"%1 covers %2 of its square"_s.arg(path).arg(covered)));
    }

    void slaIconsHaveDistinctShapes()
    {
        // Told apart without colour: at 16 px every pair differs in at least 12 pixels of outline.
        for (qsizetype i = 0; i < slaIcons.size(); ++i)
            for (qsizetype j = i + 1; j < slaIcons.size(); ++j) {
                const int d = shapeDifference(render(slaIcons[i], 16), render(slaIcons[j], 16));
                QVERIFY2(d >= 12, qPrintable(u"%1 and %2 differ in %3 px"_s.arg(slaIcons[i], slaIcons[j]).arg(d)));
            }
    }

    void trayIconsHaveDistinctGlyphs()
    {
        // The bubble is shared on purpose; the badge glyph (check, bars, crossed cloud, "!") differs.
        for (qsizetype i = 0; i < trayIcons.size(); ++i)
            for (qsizetype j = i + 1; j < trayIcons.size(); ++j) {
                const int d = glyphDifference(render(trayIcons[i], 22), render(trayIcons[j], 22));
                QVERIFY2(d >= 12, qPrintable(u"%1 and %2 differ in %3 px"_s.arg(trayIcons[i], trayIcons[j]).arg(d)));
            }
    }

    void autostartEntry()
    {
        QFile file(u":/packaging/autostart.desktop"_s);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QVERIFY(lines.contains(u"[Desktop Entry]"_s));
        QVERIFY(lines.contains(u"Type=Application"_s));
        QVERIFY(lines.contains(u"Exec=frontline --minimized"_s));
        QVERIFY(lines.contains(u"TryExec=frontline"_s));
        QVERIFY(lines.contains(u"Icon=io.frontline.Frontline"_s));
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
