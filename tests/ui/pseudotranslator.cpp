// SPDX-License-Identifier: GPL-3.0-or-later
#include "pseudotranslator.h"

using namespace Qt::StringLiterals;

namespace Frontline::Test {

bool PseudoTranslator::isMarked(const QString &text)
{
    return text.contains(u"⟪"_s) && text.contains(u"⟫"_s);
}

QString PseudoTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    if (!context || !sourceText || !*sourceText)
        return {};
    const QByteArray ctx(context);
    // Key names (QShortcut) stay as they are: shortcuts are data, and parsing depends on them.
    if (!ctx.startsWith("Frontline::") && ctx != "QPlatformTheme")
        return {};
    return u"⟪"_s + QString::fromUtf8(sourceText) + u"⟫"_s;
}

} // namespace Frontline::Test
