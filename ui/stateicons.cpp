// SPDX-License-Identifier: GPL-3.0-or-later
#include "stateicons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

QString resourceName(SlaState state)
{
    switch (state) {
    case SlaState::Running:
        return u":/icons/sla-running.svg"_s;
    case SlaState::Warning:
        return u":/icons/sla-warning.svg"_s;
    case SlaState::Breached:
        return u":/icons/sla-breached.svg"_s;
    case SlaState::Paused:
        return u":/icons/sla-paused.svg"_s;
    case SlaState::Met:
        return u":/icons/sla-met.svg"_s;
    case SlaState::Postponed:
        return u":/icons/sla-postponed.svg"_s;
    }
    return {};
}

/// An SVG from the resources, rendered with QSvgRenderer at the size asked for. QIcon(file)
/// would do the same through Qt's SVG icon-engine plugin, whose lookup and loading cost ~3 ms
/// of the first paint of the ticket list (the first SLA icon drawn).
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QString file)
        : m_file(std::move(file))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = scaledPixmap(rect.size(), mode, state, ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize device = size * scale;
        const quint64 key = (quint64(device.width()) << 32) | (quint64(device.height()) << 8) | quint64(mode);
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_file);
        QImage image(device, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            m_renderer->render(&p, QRectF(QPointF(0, 0), device));
        }
        QPixmap pm = QPixmap::fromImage(std::move(image));
        if (mode != QIcon::Normal && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            // Disabled greyed, selected tinted: as the style does it for every other icon.
            QStyleOption option;
            option.palette = QApplication::palette();
            pm = QApplication::style()->generatedIconPixmap(mode, pm, &option);
        }
        pm.setDevicePixelRatio(scale);
        m_cache.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgIconEngine(m_file); }
    QString key() const override { return QStringLiteral("FrontlineSvg"); }

private:
    QString m_file;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_cache;
};

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor StateIcons::slaColor(SlaState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case SlaState::Running:
        return palette.color(QPalette::Text);
    case SlaState::Warning:
        return dark ? QColor(0xffb74d) : QColor(0xa35200);
    case SlaState::Breached:
        return dark ? QColor(0xff6e6e) : QColor(0xb3261e);
    case SlaState::Paused:
    case SlaState::Postponed:
        return palette.color(QPalette::PlaceholderText);
    case SlaState::Met:
        return dark ? QColor(0x81c784) : QColor(0x1b6e20);
    }
    return palette.color(QPalette::Text);
}

QIcon StateIcons::sla(SlaState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it != cache.end())
        return *it;
    const QString name = resourceName(state);
    QIcon icon = QFile::exists(name) ? QIcon(new SvgIconEngine(name)) : drawn(state);
    cache.insert(int(state), icon);
    return icon;
}

QIcon StateIcons::drawn(SlaState state)
{
    // Shapes drawn by hand when the icon resources are not built in.
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette light;
    const QColor c = state == SlaState::Running ? QColor(0x1565c0) : slaColor(state, light);
    p.setPen(QPen(c, 3));
    switch (state) {
    case SlaState::Running: // a clock
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.drawLine(QPointF(16, 16), QPointF(16, 8));
        p.drawLine(QPointF(16, 16), QPointF(22, 16));
        break;
    case SlaState::Warning: { // a triangle
        QPainterPath path;
        path.moveTo(16, 3);
        path.lineTo(29, 28);
        path.lineTo(3, 28);
        path.closeSubpath();
        p.drawPath(path);
        p.drawLine(QPointF(16, 11), QPointF(16, 20));
        break;
    }
    case SlaState::Breached: // a filled disc with a cross
        p.setBrush(c);
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.setPen(QPen(Qt::white, 3));
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case SlaState::Paused: // two bars
        p.setBrush(c);
        p.drawRect(QRectF(8, 6, 5, 20));
        p.drawRect(QRectF(19, 6, 5, 20));
        break;
    case SlaState::Met: // a tick
        p.drawLine(QPointF(5, 17), QPointF(13, 25));
        p.drawLine(QPointF(13, 25), QPointF(27, 7));
        break;
    case SlaState::Postponed: // an hourglass
        p.drawLine(QPointF(8, 5), QPointF(24, 5));
        p.drawLine(QPointF(8, 27), QPointF(24, 27));
        p.drawLine(QPointF(9, 5), QPointF(23, 27));
        p.drawLine(QPointF(23, 5), QPointF(9, 27));
        break;
    }
    return QIcon(pm);
}

} // namespace Frontline
