// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace ff {

/// Asks where to save a file the user exports (a CSV table, a chart's picture), in the documents
/// folder unless told otherwise; a test names the next answer instead of a person.
class SaveFileDialog
{
public:
    /// The file chosen, or empty when the user cancelled. `fileName` is the suggested name.
    static QString ask(QWidget* parent, const QString& caption, const QString& fileName,
                       const QString& filter);
    /// The answer of the next ask() without showing a dialog (empty: cancel); for tests.
    static void setNextFileName(const QString& path);

private:
    /// The next answer a test named: held in a function's static, not a static member, as every
    /// object of Fieldfile's the app's module also links (CONTRIBUTING.md).
    static std::optional<QString>& scripted();
};

} // namespace ff
