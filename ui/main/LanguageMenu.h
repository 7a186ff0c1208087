// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace ff {

/// The Language menu, and the one place translations are installed. The choice is remembered;
/// "system" follows the system locale. Switching takes effect at once in every open window.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /// Installs the translators for a language code ("zh_CN", "en", or empty for the system locale).
    static void apply(const QString& language);
    /// The language remembered in the settings (empty: follow the system).
    static QString saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QActionGroup* m_group;
};

} // namespace ff
