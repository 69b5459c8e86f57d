// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace Frontline::Test {

class EnglishDetector;

/// One text a person can read or hear (through a screen reader) in a window.
struct ShownText
{
    QString where; // class and object name, or the menu path
    QString text;
    /// Help-desk data (subjects, names, message bodies) mixed with our words: only checked for
    /// exact English sources, never against sentence patterns.
    bool data = false;
};

/// Collects what a window shows: its title, labels (rich text as plain text), buttons,
/// placeholders, combo-box items, tab titles, group boxes, tooltips, accessible names, item
/// views (headers and the rows on screen), text browsers, and every menu it owns (menu bar,
/// tool-button menus, submenus).
class ShownTexts
{
public:
    static QList<ShownText> ofWindow(QWidget *root);
    static QList<ShownText> ofMenu(QMenu *menu, const QString &path = QString());

    /// The texts that are English sources left untranslated, as "where: text (source)". Texts
    /// are also split at " · ", " — " and line breaks, where we join our own sentences.
    static QStringList untranslated(const QList<ShownText> &texts, const EnglishDetector &detector);

    /// Actions of one menu (and each submenu) sharing a mnemonic letter.
    static QStringList menuMnemonicClashes(QMenu *menu, const QString &path = QString());
    /// Buttons, labels with buddies, group boxes and the given extra texts (menu-bar titles)
    /// sharing an Alt+letter in one window scope; standard dialog buttons count with their
    /// first letter (GNOME and KDE give them one). Hidden widgets and those under `skip` (other
    /// tab pages) do not count.
    static QStringList mnemonicClashes(const QList<QWidget *> &roots, const QStringList &extraTexts = {},
                                       const QList<QWidget *> &skip = {});
};

} // namespace Frontline::Test
