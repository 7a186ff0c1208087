// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace ff {

class CodeList;

/// A drop-down of one code list's labels that reads and writes the stored codes.
class CodeChoiceBox : public QComboBox
{
    Q_OBJECT

public:
    /// With `emptyText`, the first entry stands for "nothing chosen" (an empty code).
    CodeChoiceBox(const CodeList& list, const QString& emptyText, QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);
};

} // namespace ff
