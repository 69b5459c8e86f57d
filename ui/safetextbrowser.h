// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Frontline {

/// A text browser for customer e-mail: HTML is rendered (QTextDocument runs no scripts), but
/// nothing is fetched from elsewhere — remote images and stylesheets are blocked, so opening
/// a ticket never tells a sender it was read. Links open in the system browser only when
/// clicked (http, https, mailto).
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    /// How many remote resources were refused since the last setHtml().
    int blockedCount() const { return m_blocked; }
    void resetBlockedCount() { m_blocked = 0; }

Q_SIGNALS:
    void remoteContentBlocked(int count);

private:
    int m_blocked = 0;
};

} // namespace Frontline
