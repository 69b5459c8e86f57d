// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialogdriver.h"

#include "dialogchecks.h"

#include "dialogs/logindialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QSslCertificate>
#include <QTest>
#include <QToolButton>

namespace Frontline::Test {

bool LoginDialogDriver::fill(Qt::Key mnemonic, QLineEdit *expected, const QString &text)
{
    DialogChecks::pressAlt(&m_dialog, mnemonic);
    if (QApplication::focusWidget() != expected) {
        qWarning() << "Alt+" << QKeySequence(mnemonic).toString() << "focused" << QApplication::focusWidget();
        return false;
    }
    expected->selectAll();
    QTest::keyClicks(expected, text);
    return expected->text() == text;
}

bool LoginDialogDriver::pin(const QString &certificateFile)
{
    if (!m_dialog.advancedButton()->isChecked())
        QTest::mouseClick(m_dialog.advancedButton(), Qt::LeftButton);
    return m_dialog.pinnedCertEdit()->isVisible() && fill(Qt::Key_N, m_dialog.pinnedCertEdit(), certificateFile);
}

bool LoginDialogDriver::waitUntilIdle()
{
    return QTest::qWaitFor([this] { return !m_dialog.isBusy(); }, 30000);
}

QString LoginDialogDriver::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return pairs.join(u':');
}

} // namespace Frontline::Test
