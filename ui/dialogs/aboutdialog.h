// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Frontline {

/// Help › About: the name, version, licence, Qt version and homepage of Frontline.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The project's homepage (from the build's project() call).
    static QUrl homepage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_version;
    QLabel *m_description;
    QLabel *m_licence;
    QLabel *m_qt;
    QLabel *m_homepage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_aboutQt;
};

} // namespace Frontline
