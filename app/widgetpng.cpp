// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetpng.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>
#include <QtEndian>

#include <array>
#include <cmath>
#include <zlib.h>

namespace Frontline {

namespace {

constexpr int kStripRows = 64;

/// A PNG (8-bit RGB, no interlace) written row by row: the rows go through one zlib stream
/// whose output is cut into IDAT chunks as its buffer fills.
class PngStream
{
public:
    explicit PngStream(QIODevice &out)
        : m_out(out)
    { }
    ~PngStream()
    {
        if (m_deflating)
            deflateEnd(&m_z);
    }
    PngStream(const PngStream &) = delete;
    PngStream &operator=(const PngStream &) = delete;

    bool begin(QSize size)
    {
        static constexpr uchar kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (m_out.write(reinterpret_cast<const char *>(kSignature), sizeof kSignature) != sizeof kSignature)
            return false;
        std::array<uchar, 13> header{};
        qToBigEndian<quint32>(quint32(size.width()), header.data());
        qToBigEndian<quint32>(quint32(size.height()), header.data() + 4);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression, filter method, interlace: 0 (the only ones, and none)
        if (!chunk("IHDR", header.data(), header.size()))
            return false;
        if (deflateInit(&m_z, Z_DEFAULT_COMPRESSION) != Z_OK)
            return false;
        m_deflating = true;
        m_width = size.width();
        m_row.resize(1 + 3 * qsizetype(m_width));
        resetOutput();
        return true;
    }

    /// One row of `width` pixels, written as RGB filtered with "Sub" (each byte minus the one
    /// of the pixel to its left): a window's flat areas become runs of zeros, which deflate well.
    bool addRow(const QRgb *pixels)
    {
        uchar *out = reinterpret_cast<uchar *>(m_row.data());
        out[0] = 1; // filter type Sub
        QRgb left = 0; // the filter's "pixel" left of the first one is zero
        for (int x = 0; x < m_width; ++x) {
            const QRgb p = pixels[x];
            out[1 + 3 * x] = uchar(qRed(p) - qRed(left));
            out[2 + 3 * x] = uchar(qGreen(p) - qGreen(left));
            out[3 + 3 * x] = uchar(qBlue(p) - qBlue(left));
            left = p;
        }
        m_z.next_in = out;
        m_z.avail_in = uInt(m_row.size());
        return compress(Z_NO_FLUSH);
    }

    bool finish()
    {
        m_z.next_in = nullptr;
        m_z.avail_in = 0;
        return compress(Z_FINISH) && chunk("IEND", nullptr, 0);
    }

private:
    bool compress(int flush)
    {
        for (;;) {
            const int result = deflate(&m_z, flush);
            if (result == Z_STREAM_ERROR)
                return false;
            if (m_z.avail_out == 0) { // the buffer is full: out with it, and go on
                if (!writeOutput())
                    return false;
                continue;
            }
            if (flush == Z_FINISH && result != Z_STREAM_END)
                continue;
            break;
        }
        return flush != Z_FINISH || writeOutput();
    }

    bool writeOutput()
    {
        const qsizetype size = qsizetype(m_buffer.size()) - m_z.avail_out;
        const bool ok = size == 0 || chunk("IDAT", m_buffer.data(), size);
        resetOutput();
        return ok;
    }

    void resetOutput()
    {
        m_z.next_out = m_buffer.data();
        m_z.avail_out = uInt(m_buffer.size());
    }

    bool chunk(const char (&type)[5], const uchar *data, qsizetype size)
    {
        uchar length[4];
        qToBigEndian<quint32>(quint32(size), length);
        uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
        if (size > 0)
            crc = crc32(crc, data, uInt(size));
        uchar check[4];
        qToBigEndian<quint32>(quint32(crc), check);
        return m_out.write(reinterpret_cast<const char *>(length), 4) == 4 && m_out.write(type, 4) == 4
                && (size == 0 || m_out.write(reinterpret_cast<const char *>(data), size) == size)
                && m_out.write(reinterpret_cast<const char *>(check), 4) == 4;
    }

    QIODevice &m_out;
    z_stream m_z{};
    bool m_deflating = false;
    int m_width = 0;
    QByteArray m_row;
    std::array<uchar, 64 * 1024> m_buffer{};
};

} // namespace

std::optional<QString> saveWidgetAsPng(QWidget &widget, const QString &path)
{
    const qreal dpr = widget.devicePixelRatioF();
    const QSize size = (QSizeF(widget.size()) * dpr).toSize();
    if (size.isEmpty())
        return QStringLiteral("the window has no size");
    // Strips of whole logical rows; with a scale at which 64 rows are not whole device rows
    // (an unusual fraction), one strip: correct, if not lean.
    const double stripDevice = kStripRows * dpr;
    const int stripRows = stripDevice == std::floor(stripDevice) ? kStripRows : widget.height();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    PngStream png(file);
    bool ok = png.begin(size);
    const QColor background = widget.palette().color(widget.backgroundRole());
    for (int top = 0; ok && top < widget.height(); top += stripRows) {
        const int rows = std::min(stripRows, widget.height() - top);
        // The format QWidget::grab() paints into, so that text and lines come out the same.
        QImage strip(QSize(size.width(), int(std::lround(rows * dpr))), QImage::Format_RGB32);
        strip.setDevicePixelRatio(dpr);
        strip.fill(background);
        {
            QPainter painter(&strip);
            widget.render(&painter, QPoint(), QRegion(0, top, widget.width(), rows),
                          QWidget::DrawWindowBackground | QWidget::DrawChildren);
        }
        for (int y = 0; ok && y < strip.height(); ++y)
            ok = png.addRow(reinterpret_cast<const QRgb *>(strip.constScanLine(y)));
    }
    ok = ok && png.finish();
    if (!ok) {
        const QString why =
                file.error() != QFileDevice::NoError ? file.errorString() : QStringLiteral("compression failed");
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

} // namespace Frontline
