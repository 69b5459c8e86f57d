// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholders.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Frontline {

QString firstName(const QString &fullName, const QString &email)
{
    const QString name = fullName.trimmed();
    if (!name.isEmpty())
        return name.section(u' ', 0, 0, QString::SectionSkipEmpty);
    const QString local = email.section(u'@', 0, 0).section(u'.', 0, 0);
    if (local.isEmpty())
        return {};
    return local.left(1).toUpper() + local.mid(1);
}

QString resolvePlaceholders(const QString &text, const PlaceholderContext &c)
{
    static const QRegularExpression placeholder(u"\\{\\$([a-z_]+)\\}"_s);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value;
        bool known = true;
        if (name == u"customer_name")
            value = c.customerName.isEmpty() ? firstName(QString(), c.customerEmail) : c.customerName;
        else if (name == u"customer_firstname")
            value = firstName(c.customerName, c.customerEmail);
        else if (name == u"agent_name")
            value = c.agentName;
        else if (name == u"agent_firstname")
            value = firstName(c.agentName);
        else if (name == u"ticket_code")
            value = c.ticketCode;
        else if (name == u"ticket_subject")
            value = c.ticketSubject;
        else if (name == u"department_name")
            value = c.departmentName;
        else
            known = false;
        out += known ? value : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace Frontline
