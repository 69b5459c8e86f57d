// SPDX-License-Identifier: GPL-3.0-or-later
#include "showntexts.h"

#include "catalogue.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Frontline::Test {

namespace {

QString name(const QObject *o)
{
    const QString object = o->objectName();
    return QString::fromLatin1(o->metaObject()->className()) + (object.isEmpty() ? QString() : u'#' + object);
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Widgets Qt builds inside others (a combo box's line edit, a spin box's editor, a view's
// viewport): their texts are their owner's.
bool isInternal(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QPlainTextEdit *>(p)
            || qobject_cast<const QTextEdit *>(p))
            return true;
    }
    return false;
}

QKeySequence mnemonicOf(const QAbstractButton *button)
{
    QKeySequence key = QKeySequence::mnemonic(button->text());
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    if (key.isEmpty() && box && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton
        && !button->text().isEmpty())
        key = QKeySequence(Qt::ALT | QKeySequence(button->text().left(1).toUpper())[0].key());
    return key;
}

} // namespace

QList<ShownText> ShownTexts::ofMenu(QMenu *menu, const QString &path)
{
    QList<ShownText> out;
    const QString here = path.isEmpty() ? name(menu) : path;
    if (!menu->title().isEmpty())
        out.append({here, menu->title()});
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString where = here + u" > "_s + Catalogues::withoutMnemonic(a->text());
        if (a->menu()) {
            out.append(ofMenu(a->menu(), where));
            continue;
        }
        out.append({where, a->text()});
        if (!a->statusTip().isEmpty())
            out.append({where, a->statusTip()});
    }
    return out;
}

QList<ShownText> ShownTexts::ofWindow(QWidget *root)
{
    QList<ShownText> out;
    const auto add = [&out](const QObject *o, const QString &text, bool data = false) {
        if (!text.trimmed().isEmpty())
            out.append({name(o), text, data});
    };
    add(root, root->windowTitle());
    QSet<QMenu *> menus;
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *a : window->menuBar()->actions()) {
            if (a->menu())
                menus.insert(a->menu());
        }
        for (QToolBar *bar : window->findChildren<QToolBar *>())
            add(bar, bar->windowTitle());
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *menu = qobject_cast<QMenu *>(w)) {
            menus.insert(menu);
            continue;
        }
        if ((w->isWindow() && w != root) || !w->isVisibleTo(root) || isInternal(w, root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(w, plain(label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(w, button->text());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(w, edit->placeholderText());
        } else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(w)) {
            add(w, plainEdit->placeholderText());
            add(w, plainEdit->toPlainText(), true);
        } else if (auto *textEdit = qobject_cast<QTextEdit *>(w)) {
            add(w, textEdit->placeholderText());
            add(w, textEdit->toPlainText(), true);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            add(w, combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(w, spin->specialValueText());
            add(w, spin->prefix());
            add(w, spin->suffix());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, tabs->tabText(i));
                add(w, tabs->tabToolTip(i));
            }
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(w, group->title());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(w, model->headerData(c, Qt::Horizontal).toString());
            // The rows on screen (a view of 100,000 rows is not read whole).
            for (int r = 0; r < std::min(model->rowCount(), 40); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    add(w, index.data(Qt::DisplayRole).toString());
                    add(w, index.data(Qt::ToolTipRole).toString());
                    add(w, index.data(Qt::AccessibleTextRole).toString());
                }
            }
        }
        add(w, w->toolTip());
        add(w, w->accessibleName());
        add(w, w->accessibleDescription());
    }
    // Menus once each: a submenu is reached through its parent.
    for (QMenu *menu : std::as_const(menus)) {
        if (qobject_cast<QMenu *>(menu->parentWidget()) && menus.contains(qobject_cast<QMenu *>(menu->parentWidget())))
            continue;
        out.append(ofMenu(menu));
    }
    return out;
}

QStringList ShownTexts::untranslated(const QList<ShownText> &texts, const EnglishDetector &detector)
{
    QStringList out;
    static const QRegularExpression separators(u" · | — |\\n"_s);
    for (const ShownText &t : texts) {
        QStringList parts{t.text};
        const QStringList pieces = t.text.split(separators, Qt::SkipEmptyParts);
        if (pieces.size() > 1)
            parts << pieces;
        for (const QString &part : std::as_const(parts)) {
            const QString source = detector.englishSource(part.trimmed(), !t.data);
            if (!source.isEmpty()) {
                out << u"%1: \"%2\" is the English %3"_s.arg(t.where, part.trimmed(), source);
                break;
            }
        }
    }
    out.removeDuplicates();
    return out;
}

QStringList ShownTexts::menuMnemonicClashes(QMenu *menu, const QString &path)
{
    QStringList out;
    const QString here = path.isEmpty() ? Catalogues::withoutMnemonic(menu->title()) : path;
    QHash<QKeySequence, QStringList> byKey;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        if (!key.isEmpty())
            byKey[key].append(a->text());
        if (a->menu())
            out << menuMnemonicClashes(a->menu(), here + u" > "_s + Catalogues::withoutMnemonic(a->text()));
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << u"%1: %2 on %3"_s.arg(here, it.key().toString(), it.value().join(u" | "_s));
    }
    return out;
}

QStringList ShownTexts::mnemonicClashes(const QList<QWidget *> &roots, const QStringList &extraTexts,
                                        const QList<QWidget *> &skip)
{
    QHash<QKeySequence, QStringList> byKey;
    for (const QString &text : extraTexts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key].append(text);
    }
    const auto skipped = [&skip](const QWidget *w) {
        for (const QWidget *s : skip) {
            if (s == w || s->isAncestorOf(w))
                return true;
        }
        return false;
    };
    for (QWidget *root : roots) {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if ((w->isWindow() && w != root) || !w->isVisibleTo(root) || isInternal(w, root) || skipped(w))
                continue;
            QKeySequence key;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                key = mnemonicOf(button);
                text = button->text();
            } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
                key = QKeySequence::mnemonic(label->text());
                text = label->text();
            } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
                key = QKeySequence::mnemonic(group->title());
                text = group->title();
            }
            if (!key.isEmpty())
                byKey[key].append(text);
        }
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << it.key().toString() + u": "_s + it.value().join(u" | "_s);
    }
    return out;
}

} // namespace Frontline::Test
