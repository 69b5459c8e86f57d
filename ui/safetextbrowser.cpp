// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetextbrowser.h"

#include <QDesktopServices>
#include <QImage>

using namespace Qt::StringLiterals;

namespace Frontline {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == u"qrc")
        return QTextBrowser::loadResource(type, name);
    if (scheme == u"data" && type == QTextDocument::ImageResource) {
        // data:image/png;base64,… — inline, nothing leaves the machine.
        const QString text = name.toString(QUrl::FullyEncoded);
        const qsizetype comma = text.indexOf(u',');
        if (comma > 0 && text.left(comma).contains(u";base64"_s)) {
            QImage image;
            if (image.loadFromData(QByteArray::fromBase64(text.mid(comma + 1).toLatin1())))
                return image;
        }
        return {};
    }
    ++m_blocked;
    Q_EMIT remoteContentBlocked(m_blocked);
    return {};
}

} // namespace Frontline
