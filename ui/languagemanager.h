// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Frontline {

/// The UI language: Frontline's own catalogue (compiled in) and Qt's (from the system, for
/// standard dialogs and buttons), the default QLocale for dates and numbers, switched at run
/// time without a restart (every widget retranslates on QEvent::LanguageChange).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// "en", "da", "es", "nb", "sl".
    static QStringList supported();
    /// The language's own name ("Dansk", "Español", "Norsk bokmål", "Slovenščina", "English").
    static QString nativeName(const QString &code);
    /// The supported language closest to the system locale, else English.
    static QString systemLanguage();

    /// Applies `code` (empty: follow the system). Returns false for an unsupported code.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Frontline
