// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/AnswerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ff {

QVariant AnswerText::fromStored(const QString& stored)
{
    return QJsonDocument::fromJson(stored.toUtf8()).array().at(0).toVariant();
}

QString AnswerText::display(const FormDefinition::Question& question, const QVariant& value,
                            const QHash<QString, QString>& memberNames)
{
    using T = FormDefinition::QuestionType;
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return tr("(no answer)");
    const auto choiceLabel = [&](const QString& code) {
        for (const FormDefinition::Choice& c : question.choices) {
            if (c.code == code)
                return FormDefinition::text(c.label);
        }
        return code;
    };
    switch (question.type) {
    case T::YesNo:
        return value.toBool() ? tr("Yes") : tr("No");
    case T::SingleChoice:
        return choiceLabel(value.toString());
    case T::MultipleChoice: {
        QStringList labels;
        const QStringList codes =
            value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
                ? value.toStringList()
                : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString& code : codes)
            labels.append(choiceLabel(code));
        return labels.join(tr(", ", "between chosen answers"));
    }
    case T::Member:
        return memberNames.value(value.toString(), value.toString());
    case T::Total: {
        bool ok = false;
        const double total = value.toDouble(&ok);
        if (!ok)
            return value.toString();
        const FormDefinition::Band* band = FormDefinition::bandOf(question, total);
        return band ? tr("%1 (%2)", "a total and its band")
                          .arg(QLocale().toString(total), FormDefinition::text(band->label))
                    : QLocale().toString(total);
    }
    default:
        return value.toString();
    }
}

} // namespace ff
