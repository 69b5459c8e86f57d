// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    for (QAction *a : actions) {
        if (a && !a->isSeparator() && !a->text().isEmpty())
            m_actions.append(a);
    }

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    m_model = new QStandardItemModel(int(m_actions.size()), 2, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // the action's words or its keys
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    for (int row = 0; row < m_actions.size(); ++row) {
        fillRow(row);
        // The window retranslates or rebinds its actions; the table follows.
        connect(m_actions.at(row), &QAction::changed, this, [this, action = m_actions.at(row)] {
            const auto row = m_actions.indexOf(action);
            if (row >= 0)
                fillRow(int(row));
        });
    }

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateEmptyHint();
    });
    // Down from the search field goes into the list, as in a browser's find bar.
    m_search->installEventFilter(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *search = new QHBoxLayout;
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_buttons);
    m_search->setFocus();
    resize(560, 520);

    retranslate();
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString out;
    out.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        const QChar c = actionText.at(i);
        if (c == u'&') {
            if (i + 1 < actionText.size() && actionText.at(i + 1) == u'&') {
                out += u'&';
                ++i;
            }
            continue;
        }
        out += c;
    }
    return out;
}

void ShortcutsDialog::fillRow(int row)
{
    QAction *action = m_actions.at(row);
    if (!action)
        return;
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    auto *what = new QStandardItem(action->icon(), plainText(action->text()));
    what->setToolTip(action->toolTip() != plainText(action->text()) ? action->toolTip() : QString());
    //: Separates several shortcuts of one action, e.g. "Ctrl+K, /"
    auto *shortcut = new QStandardItem(keys.join(tr(", ")));
    m_model->setItem(row, 0, what);
    m_model->setItem(row, 1, shortcut);
}

void ShortcutsDialog::updateEmptyHint()
{
    const bool none = m_filter->rowCount() == 0;
    m_empty->setVisible(none);
    m_table->setVisible(!none);
    if (none) {
        m_empty->setText(m_search->text().trimmed().isEmpty()
                                 ? tr("There are no actions.")
                                 //: %1 is what the agent typed in the search field
                                 : tr("No action or shortcut matches “%1”.").arg(m_search->text().trimmed()));
    }
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_table->setFocus();
            m_table->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Action or key, e.g. reply or Ctrl+K"));
    m_search->setAccessibleName(tr("Search actions and shortcuts"));
    m_table->setAccessibleName(tr("Actions and their shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    for (int row = 0; row < m_actions.size(); ++row)
        fillRow(row); // the separator between several keys is translated too
    updateEmptyHint();
}

} // namespace Frontline
