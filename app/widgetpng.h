// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Frontline {

/// Saves what a widget shows as a PNG file, drawn and compressed a strip of rows at a time.
///
/// `QWidget::grab()` followed by `QPixmap::save()` holds the whole picture in memory, and
/// Qt's PNG writer converts a premultiplied picture into one more full-size copy: 9 MiB for a
/// 1400 x 860 window (much more on a 4K screen), which was most of the peak memory of
/// `frontline --screenshot` (docs/performance.md). Here only one strip (64 rows) is ever held.
/// The file is written through QSaveFile: a failed write (full disk) leaves no partial file.
///
/// Returns nothing on success, else why it failed (for the log and the command line).
std::optional<QString> saveWidgetAsPng(QWidget &widget, const QString &path);

} // namespace Frontline
