// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Frontline {

namespace {

/// "»" pointing right (a horizontal toolbar's overflow) or down (a vertical one), drawn at the
/// size and device pixel ratio asked for.
class ChevronEngine : public QIconEngine
{
public:
    explicit ChevronEngine(Qt::Orientation toolbar)
        : m_toolbar(toolbar)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor color =
                palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
        QPainterPath path;
        for (qreal offset : {0.2, 0.5}) {
            // Two open arrow heads, side by side.
            if (m_toolbar == Qt::Horizontal) {
                path.moveTo(box.left() + box.width() * offset, box.top() + box.height() * 0.25);
                path.lineTo(box.left() + box.width() * (offset + 0.25), box.center().y());
                path.lineTo(box.left() + box.width() * offset, box.top() + box.height() * 0.75);
            } else {
                path.moveTo(box.left() + box.width() * 0.25, box.top() + box.height() * offset);
                path.lineTo(box.center().x(), box.top() + box.height() * (offset + 0.25));
                path.lineTo(box.left() + box.width() * 0.75, box.top() + box.height() * offset);
            }
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(color, qMax<qreal>(1.0, side / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ChevronEngine(m_toolbar); }
    QString key() const override { return QStringLiteral("FrontlineChevron"); }

private:
    Qt::Orientation m_toolbar;
};

} // namespace

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(new ChevronEngine(Qt::Horizontal));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new ChevronEngine(Qt::Vertical));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void AppStyle::install()
{
    // QApplication takes ownership; the base style is the one the platform (or -style) picked.
    QApplication::setStyle(new AppStyle);
}

} // namespace Frontline
