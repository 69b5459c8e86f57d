// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationrenderer.h"

#include "models/tickettext.h"
#include "uitext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

bool isNote(const MessageGroup &g)
{
    return g.type == u"I" || g.type == u"U" || g.type == u"Z";
}

bool isSystem(const MessageGroup &g)
{
    static const QStringList system{u"S"_s, u"T"_s, u"R"_s, u"J"_s, u"X"_s, u"B"_s, u"G"_s, u"L"_s, u"2"_s};
    return system.contains(g.type);
}

bool isShownText(const Message &m)
{
    // Headers, footers and system parts are not the conversation (contract 8.5).
    static const QStringList shown{u"M"_s, u"Y"_s, u"N"_s, u"Q"_s, u"S"_s, u"K"_s, u"X"_s, u"V"_s, u"1"_s};
    return m.type.isEmpty() || shown.contains(m.type);
}

} // namespace

ConversationRenderer::ConversationRenderer(const QLocale &locale, const QTimeZone &zone, const QPalette &palette)
    : m_locale(locale)
    , m_zone(zone)
    , m_palette(palette)
{ }

QString ConversationRenderer::sanitizeHtml(const QString &html)
{
    QString out = html;
    // Whole elements whose content must not show or act.
    static const QRegularExpression dangerousBlocks(
            u"<\\s*(script|style|iframe|object|embed|form|frameset|frame|noscript|template|svg|math)\\b[^>]*>.*?<\\s*/\\s*\\1\\s*>"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression dangerousTags(
            u"<\\s*/?\\s*(script|style|iframe|object|embed|form|input|button|select|textarea|link|meta|base|frameset|frame|head|html|body|svg|math)\\b[^>]*>"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlers(u"\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptUrls(
            u"(href|src)\\s*=\\s*([\"']?)\\s*(javascript|vbscript|data:text)[^\"'\\s>]*\\2"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression styleAttr(u"\\s+style\\s*=\\s*(\"[^\"]*\"|'[^']*')"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comments(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    out.remove(comments);
    out.remove(dangerousBlocks);
    out.remove(dangerousTags);
    out.remove(handlers);
    out.replace(scriptUrls, u"\\1=\"#\""_s);
    // Inline styles can hide text or place it over the UI; colours of our palette win.
    out.remove(styleAttr);
    return out;
}

QString ConversationRenderer::renderBody(const Message &m) const
{
    if (m.formatKind() == MessageFormat::Html)
        return sanitizeHtml(m.body);
    QString text = m.body.toHtmlEscaped();
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', u"<br>"_s);
    return text;
}

QString ConversationRenderer::renderGroup(const MessageGroup &g) const
{
    const bool local = g.id.startsWith(u"local-");
    QString who = g.userFullName;
    if (who.isEmpty())
        who = m_agentNames.value(g.userId);
    who = UiText::person(who);
    const QString when = g.dateCreated.isValid()
            ? m_locale.toString(g.dateCreated.toTimeZone(m_zone), QLocale::ShortFormat)
            : QString();
    QString kind = TicketText::groupKind(g.type);
    if (local)
        //: A reply or note written in Frontline that the server has not confirmed yet
        kind = tr("%1 — sending…").arg(kind);

    const QColor noteBackground =
            m_palette.color(QPalette::Window).lightness() > 128 ? QColor(0xfff4cc) : QColor(0x4a3f1a);
    const QColor border = m_palette.color(QPalette::Mid);
    QString html;
    if (isSystem(g)) {
        QStringList parts;
        for (const Message &m : g.messages) {
            if (!m.body.trimmed().isEmpty())
                parts.append(renderBody(m));
        }
        html += u"<p style=\"color:%1\"><i>%2 · %3%4</i></p>"_s.arg(
                m_palette.color(QPalette::PlaceholderText).name(), kind.toHtmlEscaped(), when.toHtmlEscaped(),
                parts.isEmpty() ? QString() : u" — "_s + parts.join(u' '));
        return html;
    }
    const QString background = isNote(g) ? noteBackground.name() : m_palette.color(QPalette::Base).name();
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"margin-bottom:10px; "
            u"background-color:%1;"
            " border: 1px solid %2\"><tr><td>"_s.arg(background, border.name());
    html += u"<p><b>%1</b> <span style=\"color:%2\">· %3 · %4</span></p>"_s.arg(
            who.toHtmlEscaped(), m_palette.color(QPalette::PlaceholderText).name(), kind.toHtmlEscaped(),
            when.toHtmlEscaped());
    for (const Message &m : g.messages) {
        if (!isShownText(m) || m.body.trimmed().isEmpty())
            continue;
        if (m.type == u"Q")
            html += u"<blockquote style=\"color:%1\">%2</blockquote>"_s.arg(
                    m_palette.color(QPalette::PlaceholderText).name(), renderBody(m));
        else
            html += u"<div>"_s + renderBody(m) + u"</div>"_s;
    }
    html += u"</td></tr></table>"_s;
    return html;
}

QString ConversationRenderer::render(const QList<MessageGroup> &groups) const
{
    if (groups.isEmpty())
        return u"<p><i>%1</i></p>"_s.arg(tr("Loading the conversation…").toHtmlEscaped());
    QString html = u"<html><body>"_s;
    for (const MessageGroup &g : groups)
        html += renderGroup(g);
    html += u"</body></html>"_s;
    return html;
}

} // namespace Frontline
