// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders an SVG into a square PNG with QtSvg, the renderer Frontline itself uses
// for its icons, so the hicolor PNGs look like the icon in the window and the tray. It keeps the
// build free of an extra rasteriser and the repository free of generated binaries.
//
//   frontline-svgtopng <input.svg> <output.png> <size>

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: frontline-svgtopng <input.svg> <output.png> <size>\n");
        return 2;
    }
    bool ok = false;
    const int size = args.at(3).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "frontline-svgtopng: bad size '%s'\n", qPrintable(args.at(3)));
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "frontline-svgtopng: cannot read %s as SVG\n", qPrintable(args.at(1)));
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    // Straight alpha in the file; premultiplied pixels would darken edges in some viewers.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(2), "PNG")) {
        std::fprintf(stderr, "frontline-svgtopng: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
