// SPDX-License-Identifier: GPL-3.0-or-later
// saveWidgetAsPng (app/widgetpng.cpp), the writer behind `frontline --screenshot`: it draws a
// window a strip of rows at a time and compresses it as it goes. Read back by Qt's own PNG
// reader, the file must hold exactly what QWidget::grab() sees — at strip boundaries too, for
// heights that are not a multiple of the strip and for a one-pixel sliver — and a file that
// cannot be written is reported, with nothing left behind.
#include "widgetpng.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstring>
#include <memory>

using namespace Frontline;

namespace {

/// A window with what a screenshot of Frontline has: text, a list with a header and lines,
/// an edit field, colours.
std::unique_ptr<QWidget> busyWindow(QSize size)
{
    auto window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(window.get());
    auto *title = new QLabel(QStringLiteral("<b>Tickets</b> — <span style='color:#c0392b'>3 overdue</span>"));
    layout->addWidget(title);
    auto *search = new QLineEdit(QStringLiteral("faktura"));
    layout->addWidget(search);
    auto *model = new QStandardItemModel(0, 3, window.get());
    model->setHorizontalHeaderLabels({QStringLiteral("Subject"), QStringLiteral("Customer"), QStringLiteral("SLA")});
    for (int row = 0; row < 60; ++row) {
        QList<QStandardItem *> items{new QStandardItem(QStringLiteral("Invoice %1 is wrong").arg(row)),
                                     new QStandardItem(QStringLiteral("Kunde %1").arg(row * 7)),
                                     new QStandardItem(QStringLiteral("%1 h %2 min").arg(row % 9).arg(row % 60))};
        items[2]->setForeground(row % 3 == 0 ? QColor(0xc0, 0x39, 0x2b) : QColor(0x27, 0xae, 0x60));
        model->appendRow(items);
    }
    auto *view = new QTreeView;
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    layout->addWidget(view, 1);
    window->resize(size);
    return window;
}

QImage asRgb(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB888);
}

} // namespace

class TestWidgetPng : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesWhatTheWindowShows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("Frontline's screenshot size") << QSize(1400, 860);
        QTest::newRow("a multiple of the strip") << QSize(640, 256);
        QTest::newRow("odd sizes") << QSize(333, 151);
    }

    void savesWhatTheWindowShows()
    {
        QFETCH(QSize, size);
        std::unique_ptr<QWidget> window = busyWindow(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), size);
        const QImage expected = asRgb(window->grab().toImage());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("window.png"));
        const std::optional<QString> problem = saveWidgetAsPng(*window, path);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));

        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage saved = reader.read();
        QVERIFY2(!saved.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(saved.size(), size);
        QVERIFY(!saved.hasAlphaChannel());
        const QImage actual = asRgb(saved);
        // Compare row by row, to say where a strip went wrong.
        for (int y = 0; y < size.height(); ++y) {
            if (std::memcmp(actual.constScanLine(y), expected.constScanLine(y), size_t(3 * size.width())) != 0)
                QFAIL(qPrintable(QStringLiteral("row %1 differs from QWidget::grab()").arg(y)));
        }
        // Not a picture of nothing: the list's text and colours are in it.
        QVERIFY(actual.pixelColor(0, 0) != actual.pixelColor(size.width() / 2, size.height() / 2)
                || actual.pixelColor(size.width() / 3, size.height() / 3) != actual.pixelColor(0, 0));
        // Compressed: far below the 3 bytes a pixel of the raw picture.
        QVERIFY2(QFileInfo(path).size() < qint64(size.width()) * size.height() * 3 / 4,
                 qPrintable(QString::number(QFileInfo(path).size())));
    }

    void thinAndShortWindows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("one pixel wide") << QSize(1, 200);
        QTest::newRow("shorter than one strip") << QSize(250, 30);
    }

    void thinAndShortWindows()
    {
        QFETCH(QSize, size);
        QWidget plain;
        plain.setAutoFillBackground(true);
        QPalette palette = plain.palette();
        palette.setColor(QPalette::Window, QColor(0x12, 0x34, 0x56));
        plain.setPalette(palette);
        plain.setFixedSize(size);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.png"));
        QVERIFY(!saveWidgetAsPng(plain, path));
        const QImage saved(path);
        QCOMPARE(saved.size(), size);
        QCOMPARE(saved.pixelColor(0, 0), QColor(0x12, 0x34, 0x56));
        QCOMPARE(saved.pixelColor(size.width() - 1, size.height() - 1), QColor(0x12, 0x34, 0x56));
    }

    void aFileThatCannotBeWrittenIsReportedAndNothingIsLeft()
    {
        std::unique_ptr<QWidget> window = busyWindow(QSize(200, 100));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/shot.png"));
        const std::optional<QString> problem = saveWidgetAsPng(*window, missingFolder);
        QVERIFY(problem);
        QVERIFY(!problem->isEmpty());
        QVERIFY(!QFileInfo::exists(missingFolder));

        // An existing picture is not replaced by a half-written one.
        const QString existing = dir.filePath(QStringLiteral("kept.png"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool canStillWrite = QFileInfo(dir.path()).isWritable(); // root ignores the mode
        const std::optional<QString> readOnly = saveWidgetAsPng(*window, existing);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!canStillWrite) {
            QVERIFY(readOnly);
            QFile kept(existing);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("old"));
        }
    }
};

QTEST_MAIN(TestWidgetPng)
#include "tst_widgetpng.moc"
