// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Frontline {

/// F1: every action of the window with its shortcut(s), in a table that filters as the agent
/// types. Follows the actions live, so a language switch or a changed shortcut shows at once.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// An action's text as shown in the table: mnemonic ampersands removed ("&&" stays "&").
    static QString plainText(const QString &actionText);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillRow(int row);
    void updateEmptyHint();

    QList<QPointer<QAction>> m_actions;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

} // namespace Frontline
