// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace Frontline::Test {

/// A translator that "translates" every Frontline string (and Qt's standard button texts) by
/// wrapping it in ⟪…⟫, so a test sees which texts a runtime language switch did not reach.
class PseudoTranslator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    static bool isMarked(const QString &text);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace Frontline::Test
