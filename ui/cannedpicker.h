// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/cannedresponsemodel.h"

#include <QFrame>

class QLineEdit;
class QListView;
class QLabel;

namespace Frontline {

class SafeTextBrowser;

/// The keyboard-first popup for canned messages and predefined answers: type to filter
/// (fuzzy over name, keywords and text), arrows to move, Enter to insert, Esc to close; the
/// selected entry is previewed.
class CannedPicker : public QFrame
{
    Q_OBJECT

public:
    CannedPicker(CannedResponseModel *model, QWidget *parent = nullptr);

    /// Shows the picker below `globalPos` with `filter` already typed.
    void open(const QPoint &globalPos, const QString &filter = QString());
    QString filterText() const;
    CannedResponseModel *model() const { return m_model; }

Q_SIGNALS:
    void chosen(const Frontline::CannedResponse &response);
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void updatePreview();
    void retranslate();

    CannedResponseModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
    SafeTextBrowser *m_preview;
    QLabel *m_hint;
    bool m_chosen = false;
};

} // namespace Frontline
