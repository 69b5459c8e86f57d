// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Frontline {

/// The application's style: the platform's (Fusion, Breeze, Adwaita…) with one change. The
/// toolbars' overflow chevron is drawn in the palette's text colour when painted, instead of
/// the base style's icon: that one is read from image files through Qt's image-format plugins
/// in every QToolBar's constructor, ~4 ms of the start-up for a button that only shows when the
/// window is too narrow for its toolbar.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    /// Installs it for the application (over the style chosen by the platform or -style).
    static void install();
};

} // namespace Frontline
