// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/conversation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace Frontline {

/// Turns a ticket's message groups into one HTML document for SafeTextBrowser: a header per
/// group (who, what kind, when), customer HTML reduced to harmless markup (no scripts,
/// styles, forms, frames or event handlers), plain text escaped with its line breaks kept,
/// internal notes and unconfirmed messages marked.
class ConversationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::ConversationRenderer)

public:
    ConversationRenderer(const QLocale &locale, const QTimeZone &zone, const QPalette &palette);

    /// Names of agents by id, for groups that carry only a user id.
    void setAgentNames(const QHash<QString, QString> &names) { m_agentNames = names; }
    QString render(const QList<MessageGroup> &groups) const;

    /// Customer HTML made harmless (exposed for tests).
    static QString sanitizeHtml(const QString &html);

private:
    QString renderGroup(const MessageGroup &group) const;
    QString renderBody(const Message &message) const;

    QLocale m_locale;
    QTimeZone m_zone;
    QPalette m_palette;
    QHash<QString, QString> m_agentNames;
};

} // namespace Frontline
