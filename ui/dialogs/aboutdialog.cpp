// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "dialogsizing.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

QString link(const QString &url, const QString &text)
{
    return u"<a href=\""_s + url.toHtmlEscaped() + u"\">"_s + text.toHtmlEscaped() + u"</a>"_s;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_version = new QLabel(this);
    m_description = new QLabel(this);
    m_licence = new QLabel(this);
    m_qt = new QLabel(this);
    m_homepage = new QLabel(this);
    for (QLabel *label : {m_version, m_description, m_licence, m_qt, m_homepage}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_licence->setOpenExternalLinks(true);
    m_homepage->setOpenExternalLinks(true);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_version);
    texts->addSpacing(8);
    texts->addWidget(m_description);
    texts->addWidget(m_licence);
    texts->addWidget(m_qt);
    texts->addWidget(m_homepage);
    texts->addStretch(1);

    auto *top = new QHBoxLayout;
    if (!appIcon.isNull())
        top->addWidget(icon);
    else
        icon->hide();
    top->addLayout(texts, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_aboutQt = m_buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    m_aboutQt->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);
    setMinimumWidth(400);

    retranslate();
    DialogSizing::fitHeight(this, 460);
}

QUrl AboutDialog::homepage()
{
    return QUrl(QStringLiteral(FRONTLINE_HOMEPAGE_URL));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    //: Window title; %1 is the product name
    setWindowTitle(tr("About %1").arg(tr("Frontline")));
    //: The product's name; usually kept as is
    m_title->setText(tr("Frontline"));
    const QString version = QCoreApplication::applicationVersion();
    m_version->setText(version.isEmpty() ? tr("Version unknown") : tr("Version %1").arg(version));
    m_description->setText(tr("A desktop client for help-desk agents working in LiveAgent: the tickets you are "
                              "responsible for, their SLA deadlines in business time, and quick replies with canned "
                              "responses, also offline."));
    //: %1 is a link to the licence text whose words are "GNU General Public License"
    m_licence->setText(
            tr("Frontline is free software under the %1, version 3 or (at your option) any later version "
               "(GPL-3.0-or-later). It comes with no warranty.")
                    .arg(link(u"https://www.gnu.org/licenses/gpl-3.0.html"_s, tr("GNU General Public License"))));
    //: %1 is the Qt version Frontline was built with, %2 the one it runs on
    m_qt->setText(tr("Built with Qt %1, running on Qt %2.")
                          .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    const QString url = homepage().toString();
    //: %1 is the address of Frontline's web site, as a link
    m_homepage->setText(tr("Homepage: %1").arg(link(url, url)));
    m_homepage->setAccessibleName(tr("Homepage"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace Frontline
