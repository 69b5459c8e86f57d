// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Frontline::Test {

/// Absolute path of a file under tests/data/.
QString dataPath(const QString &relative);
/// The bytes of a file under tests/data/; fails the current test if it cannot be read.
QByteArray readData(const QString &relative);

} // namespace Frontline::Test
