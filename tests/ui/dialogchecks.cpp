// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogchecks.h"

#include "pseudotranslator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Frontline::Test {

namespace {

/// A widget Qt builds inside another (a combo box's line edit, a view's viewport, a spin
/// box's editor) or one that lives in a separate window: not ours to check.
bool isInternal(const QWidget *w, const QWidget *root)
{
    if (w != root && w->isWindow())
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (p->isWindow() || qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QPlainTextEdit *>(p)
            || qobject_cast<const QTextEdit *>(p))
            return true;
    }
    return false;
}

QList<QWidget *> ownWidgets(const QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInternal(w, root))
            out.append(w);
    }
    return out;
}

QString describe(const QWidget *w, const QString &text)
{
    return QString::fromLatin1(w->metaObject()->className()) + u": "_s + text;
}

} // namespace

QStringList DialogChecks::duplicateMnemonics(const QWidget *root)
{
    QHash<QKeySequence, QStringList> byKey;
    const auto add = [&byKey](const QString &text, bool standardButton) {
        QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty() && standardButton && !text.isEmpty())
            key = QKeySequence(Qt::ALT | QKeySequence(text.left(1).toUpper())[0].key());
        if (!key.isEmpty())
            byKey[key].append(text);
    };
    for (QWidget *w : ownWidgets(root)) {
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            add(button->text(), box && box->standardButton(button) != QDialogButtonBox::NoButton);
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            add(label->text(), false);
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(group->title(), false);
        }
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out.append(it.key().toString() + u": "_s + it.value().join(u" | "_s));
    }
    return out;
}

QStringList DialogChecks::inputsWithoutAccessibleName(const QWidget *root)
{
    QStringList out;
    for (QWidget *w : ownWidgets(root)) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (input && w->accessibleName().trimmed().isEmpty())
            out.append(describe(w, w->objectName()));
    }
    return out;
}

QStringList DialogChecks::unmarkedTexts(const QWidget *root)
{
    QStringList out;
    const auto check = [&out](const QWidget *w, const QString &text) {
        if (!text.trimmed().isEmpty() && !PseudoTranslator::isMarked(text))
            out.append(describe(w, text));
    };
    check(root, root->windowTitle());
    for (QWidget *w : ownWidgets(root)) {
        if (auto *label = qobject_cast<QLabel *>(w))
            check(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(w, button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(w, edit->placeholderText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            check(w, plain->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            check(w, combo->placeholderText());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            check(w, group->title());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                check(w, view->model()->headerData(c, Qt::Horizontal).toString());
        }
        check(w, w->accessibleName());
        check(w, w->toolTip());
    }
    return out;
}

QStringList DialogChecks::textsMissedByLanguageSwitch(QWidget *root)
{
    PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
    // QApplication posts the LanguageChange to every window.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QStringList missed = unmarkedTexts(root);
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return missed;
}

QString DialogChecks::screenshot(QWidget *root, const QString &name)
{
    const QString path = u"/tmp/frontline-"_s + name + u".png"_s;
    return root->grab().save(path) ? path : QString();
}

QList<QWidget *> DialogChecks::tabChain(QWidget *root, int presses)
{
    QList<QWidget *> out;
    for (int i = 0; i < presses; ++i) {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : root;
        QTest::keyClick(focus, Qt::Key_Tab);
        out.append(QApplication::focusWidget());
    }
    return out;
}

void DialogChecks::pressAlt(QWidget *root, Qt::Key key)
{
    QPointer<QWidget> guard(root);
    QWidget *target = root->focusWidget() ? root->focusWidget() : root;
    QTest::keyClick(target, key, Qt::AltModifier);
    const bool released = QTest::qWaitFor([guard] {
        if (!guard)
            return true;
        const QList<QAbstractButton *> buttons = guard->findChildren<QAbstractButton *>();
        return std::none_of(buttons.cbegin(), buttons.cend(), [](const QAbstractButton *b) { return b->isDown(); });
    });
    if (!released)
        qWarning("pressAlt: a button stayed down");
}

void DialogChecks::whenMessageBoxAppears(QObject *context, std::function<void(QMessageBox *)> act)
{
    auto *poll = new QTimer(context);
    auto tries = std::make_shared<int>(0);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, act = std::move(act)] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); box && box->isVisible()) {
            poll->stop();
            poll->deleteLater();
            act(box);
        } else if (++*tries > 1000) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

bool DialogChecks::reactivate(QWidget *window)
{
    // isActiveWindow() also holds for the parent of the active modal box; shortcuts need more.
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window->window(); });
}

} // namespace Frontline::Test
