// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/FormRenderer.h"

#include "ui/widgets/DateField.h"

#include "core/forms/ScoreTotals.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ff {

namespace {
using Type = FormDefinition::QuestionType;

/// Width of the label column: long Chinese and English labels wrap inside it instead of clipping.
constexpr int kLabelWidth = 300;
const QString kErrorStyle = QStringLiteral("QLabel { color: #b00020; }");

QStringList asList(const QVariant& v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    return v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

/// Unchecks every button of an exclusive group (Qt refuses to uncheck the checked one otherwise).
void clearGroup(QButtonGroup* group)
{
    group->setExclusive(false);
    for (QAbstractButton* b : group->buttons())
        b->setChecked(false);
    group->setExclusive(true);
}
} // namespace

FormRenderer::FormRenderer(const FormDefinition& definition, const QList<FormSubject>& subjects,
                           const QList<QPair<QString, QString>>& householdMembers, QDate today,
                           QWidget* parent)
    : QScrollArea(parent), m_definition(definition), m_subjects(subjects), m_members(householdMembers),
      m_today(today)
{
    setObjectName(QStringLiteral("formRenderer"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The answers take the focus; the area itself would be a Tab stop showing nothing.
    setFocusPolicy(Qt::NoFocus);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 12, 4);
    for (int s = 0; s < m_subjects.size(); ++s) {
        const QString scope =
            m_subjects[s].memberId.isEmpty() ? QStringLiteral("household") : QStringLiteral("member");
        m_loaded.append(QVariantMap());
        for (const FormDefinition::Section& section : std::as_const(m_definition.sections)) {
            if (section.appliesTo != scope)
                continue;
            Block block;
            block.section = &section;
            block.subject = s;
            const QString title = FormDefinition::text(section.title);
            block.box = new QGroupBox(
                scope == QStringLiteral("member") ? tr("%1 — %2").arg(title, m_subjects[s].name) : title,
                page);
            block.box->setObjectName(QStringLiteral("section_%1").arg(section.id));
            auto* boxLayout = new QVBoxLayout(block.box);
            boxLayout->setSpacing(2);
            for (const FormDefinition::Question& q : section.questions) {
                Row row = makeRow(q, block.box);
                boxLayout->addWidget(row.widget);
                block.rows.append(row);
            }
            layout->addWidget(block.box);
            m_blocks.append(block);
        }
    }
    m_nothing = new QLabel(tr("No section of this form applies here."), page);
    m_nothing->setWordWrap(true);
    layout->addWidget(m_nothing);
    layout->addStretch(1);
    setWidget(page);
    updateVisibility();
}

FormRenderer::Row FormRenderer::makeRow(const FormDefinition::Question& q, QWidget* parent)
{
    Row row;
    row.question = &q;
    row.widget = new QWidget(parent);
    row.widget->setObjectName(QStringLiteral("question_%1").arg(q.id));
    auto* grid = new QGridLayout(row.widget);
    grid->setContentsMargins(0, 3, 0, 3);
    grid->setColumnMinimumWidth(0, kLabelWidth);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    QString text = FormDefinition::text(q.label).toHtmlEscaped();
    if (q.required)
        text += QStringLiteral(" <span style=\"color:#b00020\">*</span>");
    auto* label = new QLabel(text, row.widget);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setFixedWidth(kLabelWidth);
    if (q.required)
        label->setToolTip(tr("An answer is required"));
    row.error = new QLabel(row.widget);
    row.error->setObjectName(QStringLiteral("issueLabel"));
    row.error->setStyleSheet(kErrorStyle);
    row.error->setWordWrap(true);
    row.error->hide();
    auto notify = [this] { changed(); };

    switch (q.type) {
    case Type::Text: {
        auto* edit = new QLineEdit(row.widget);
        edit->setMinimumWidth(440);
        row.editor = edit;
        row.get = [edit] {
            return edit->text().trimmed().isEmpty() ? QVariant() : QVariant(edit->text().trimmed());
        };
        row.set = [edit](const QVariant& v) { edit->setText(v.toString()); };
        row.setReadOnly = [edit](bool ro) { edit->setReadOnly(ro); };
        connect(edit, &QLineEdit::textChanged, this, notify);
        break;
    }
    case Type::Number: {
        auto* edit = new QLineEdit(row.widget);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("-?[0-9]{0,12}([.][0-9]{0,6})?")), edit));
        edit->setMaximumWidth(160);
        row.editor = edit;
        row.get = [edit]() -> QVariant {
            const QString t = edit->text().trimmed();
            if (t.isEmpty())
                return {};
            bool ok = false;
            const double d = t.toDouble(&ok);
            if (!ok)
                return t; // the validator names it: "must be a number"
            if (std::floor(d) == d && std::abs(d) < 1e12)
                return qlonglong(d);
            return d;
        };
        row.set = [edit](const QVariant& v) {
            edit->setText(v.isValid() ? QLocale::c().toString(v.toDouble(), 'g', 15) : QString());
        };
        row.setReadOnly = [edit](bool ro) { edit->setReadOnly(ro); };
        connect(edit, &QLineEdit::textChanged, this, notify);
        break;
    }
    case Type::Date: {
        auto* edit = new DateField(tr("(no answer)"), row.widget, QDate(1900, 1, 1));
        edit->setMaximumWidth(160);
        row.editor = edit;
        row.get = [edit]() -> QVariant {
            return edit->date() == edit->minimumDate() ? QVariant()
                                                       : QVariant(edit->date().toString(Qt::ISODate));
        };
        row.set = [edit](const QVariant& v) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            edit->setDate(d.isValid() ? d : edit->minimumDate());
        };
        row.setReadOnly = [edit](bool ro) { edit->setReadOnly(ro); };
        connect(edit, &QDateEdit::dateChanged, this, notify);
        break;
    }
    case Type::SingleChoice:
    case Type::Member: {
        auto* box = new QComboBox(row.widget);
        box->addItem(tr("(choose)"), QString());
        if (q.type == Type::SingleChoice) {
            // A scored answer shows its points, as on the paper form.
            for (const FormDefinition::Choice& c : q.choices)
                box->addItem(c.score ? tr("%1 (%2 points)")
                                           .arg(FormDefinition::text(c.label), QLocale().toString(*c.score))
                                     : FormDefinition::text(c.label),
                             c.code);
        } else {
            for (const auto& [id, name] : std::as_const(m_members))
                box->addItem(name, id);
        }
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // Room for the longest text and the arrow, whatever font draws the Chinese characters.
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        box->setMinimumWidth(widest + box->fontMetrics().height() * 3);
        row.editor = box;
        row.get = [box]() -> QVariant {
            const QString code = box->currentData().toString();
            return code.isEmpty() ? QVariant() : QVariant(code);
        };
        row.set = [box](const QVariant& v) {
            const int i = box->findData(v.toString());
            box->setCurrentIndex(std::max(0, i));
        };
        row.setReadOnly = [box](bool ro) { box->setEnabled(!ro); };
        connect(box, &QComboBox::currentIndexChanged, this, notify);
        break;
    }
    case Type::MultipleChoice: {
        auto* holder = new QWidget(row.widget);
        auto* checks = new QGridLayout(holder);
        checks->setContentsMargins(0, 0, 0, 0);
        int widest = 0;
        QList<QCheckBox*> boxes;
        for (const FormDefinition::Choice& c : q.choices) {
            auto* check = new QCheckBox(FormDefinition::text(c.label), holder);
            check->setProperty("code", c.code);
            widest = std::max(widest, check->sizeHint().width());
            boxes.append(check);
            connect(check, &QCheckBox::toggled, this, notify);
        }
        // As many columns as the longest choice allows in the space beside the labels.
        const int columns = std::clamp(560 / std::max(1, widest + 16), 1, 4);
        for (int i = 0; i < boxes.size(); ++i)
            checks->addWidget(boxes[i], i / columns, i % columns);
        row.editor = holder;
        row.get = [boxes]() -> QVariant {
            QStringList codes;
            for (QCheckBox* b : boxes) {
                if (b->isChecked())
                    codes << b->property("code").toString();
            }
            return codes.isEmpty() ? QVariant() : QVariant(codes);
        };
        row.set = [boxes](const QVariant& v) {
            const QStringList codes = asList(v);
            for (QCheckBox* b : boxes)
                b->setChecked(codes.contains(b->property("code").toString()));
        };
        row.setReadOnly = [boxes](bool ro) {
            for (QCheckBox* b : boxes)
                b->setEnabled(!ro);
        };
        break;
    }
    case Type::Total: {
        // Computed from the answers above it as they change (updateTotals); never typed.
        auto* value = new QLabel(row.widget);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setMinimumWidth(300);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        row.editor = value;
        row.total = value;
        row.get = [] { return QVariant(); };
        row.set = [](const QVariant&) {};
        row.setReadOnly = [](bool) {};
        break;
    }
    case Type::YesNo:
    case Type::Scale: {
        auto* holder = new QWidget(row.widget);
        auto* buttons = new QHBoxLayout(holder);
        buttons->setContentsMargins(0, 0, 0, 0);
        auto* group = new QButtonGroup(holder);
        if (q.type == Type::YesNo) {
            auto* yes = new QRadioButton(tr("Yes"), holder);
            auto* no = new QRadioButton(tr("No"), holder);
            yes->setObjectName(QStringLiteral("yesRadioButton"));
            no->setObjectName(QStringLiteral("noRadioButton"));
            group->addButton(yes, 1);
            group->addButton(no, 0);
            buttons->addWidget(yes);
            buttons->addWidget(no);
            row.get = [group]() -> QVariant {
                return group->checkedId() < 0 ? QVariant() : QVariant(group->checkedId() == 1);
            };
            row.set = [group](const QVariant& v) {
                if (!v.isValid() || v.isNull())
                    clearGroup(group);
                else
                    group->button(v.toBool() ? 1 : 0)->setChecked(true);
            };
        } else {
            for (int n = q.scaleMin; n <= q.scaleMax; ++n) {
                auto* b = new QRadioButton(QString::number(n), holder);
                group->addButton(b, n - q.scaleMin);
                buttons->addWidget(b);
            }
            const int min = q.scaleMin;
            row.get = [group, min]() -> QVariant {
                return group->checkedId() < 0 ? QVariant() : QVariant(group->checkedId() + min);
            };
            row.set = [group, min](const QVariant& v) {
                bool ok = false;
                const int n = v.toString().toInt(&ok);
                if (ok && group->button(n - min))
                    group->button(n - min)->setChecked(true);
                else
                    clearGroup(group);
            };
        }
        buttons->addStretch(1);
        row.editor = holder;
        row.setReadOnly = [group](bool ro) {
            for (QAbstractButton* b : group->buttons())
                b->setEnabled(!ro);
        };
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                changed();
        });
        break;
    }
    }
    row.editor->setObjectName(QStringLiteral("answer_%1").arg(q.id));
    label->setBuddy(row.editor);
    grid->addWidget(label, 0, 0, Qt::AlignTop);
    grid->addWidget(row.editor, 0, 1, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(row.error, 1, 1);
    return row;
}

int FormRenderer::subjectIndex(const QString& memberId) const
{
    for (int s = 0; s < m_subjects.size(); ++s) {
        if (m_subjects[s].memberId == memberId)
            return s;
    }
    return -1;
}

const FormRenderer::Row* FormRenderer::row(const QString& questionId, const QString& memberId) const
{
    const int s = subjectIndex(memberId);
    for (const Block& b : m_blocks) {
        if (b.subject != s)
            continue;
        for (const Row& r : b.rows) {
            if (r.question->id == questionId)
                return &r;
        }
    }
    return nullptr;
}

void FormRenderer::setAnswers(const QString& memberId, const QVariantMap& answers)
{
    const int s = subjectIndex(memberId);
    if (s < 0)
        return;
    m_loading = true;
    m_loaded[s] = answers;
    for (Block& b : m_blocks) {
        if (b.subject != s)
            continue;
        for (Row& r : b.rows)
            r.set(answers.value(r.question->id));
    }
    m_loading = false;
    updateVisibility();
}

QVariantMap FormRenderer::answers(const QString& memberId) const
{
    const int s = subjectIndex(memberId);
    if (s < 0)
        return {};
    QVariantMap out = m_loaded[s];
    for (const Block& b : m_blocks) {
        if (b.subject != s)
            continue;
        for (const Row& r : b.rows) {
            const QVariant v = r.get();
            if (v.isValid())
                out.insert(r.question->id, v);
            else
                out.remove(r.question->id);
        }
    }
    // Totals as the answers add up now (a loaded total may be older than the answers).
    for (const Block& b : m_blocks) {
        if (b.subject == s)
            out = ScoreTotals::withTotals(*b.section, out, m_subjects[s].context, m_today);
    }
    return out;
}

void FormRenderer::updateTotals()
{
    for (Block& b : m_blocks) {
        const FormSubject& subject = m_subjects[b.subject];
        const QVariantMap answers = this->answers(subject.memberId);
        for (Row& r : b.rows) {
            if (!r.total)
                continue;
            const ScoreTotal t = ScoreTotals::of(*b.section, *r.question, answers, subject.context, m_today);
            QString text;
            if (t.value.isValid()) {
                text = tr("%1 of %2 points").arg(QLocale().toString(t.sum), QLocale().toString(t.max));
                if (t.band)
                    text = tr("%1: %2", "total: band").arg(text, FormDefinition::text(t.band->label));
            } else {
                text = tr("%1 of %2 questions answered so far (%3 points)")
                           .arg(t.answered)
                           .arg(t.items)
                           .arg(QLocale().toString(t.sum));
            }
            r.total->setText(text);
        }
    }
}

void FormRenderer::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Answers stay legible when they cannot be changed: dark text, not the faded disabled grey.
    widget()->setStyleSheet(readOnly ? QStringLiteral("QComboBox:disabled, QCheckBox:disabled, "
                                                      "QRadioButton:disabled { color: palette(text); }")
                                     : QString());
    for (Block& b : m_blocks) {
        for (Row& r : b.rows)
            r.setReadOnly(readOnly);
    }
}

void FormRenderer::changed()
{
    if (m_loading)
        return;
    updateVisibility();
    if (m_checking)
        validate();
    emit answersChanged();
}

void FormRenderer::updateVisibility()
{
    bool any = false;
    for (Block& b : m_blocks) {
        const FormSubject& subject = m_subjects[b.subject];
        const QVariantMap answers = this->answers(subject.memberId);
        const bool shown = FormValidator::isShown(*b.section, answers, subject.context, m_today);
        b.box->setVisible(shown);
        any = any || shown;
        const Expression::Resolver resolve = [&](const QString& name) {
            return answers.contains(name) ? answers.value(name) : subject.context.value(name);
        };
        for (Row& r : b.rows) {
            const bool rowShown = !r.question->showIf || r.question->showIf->isTrue(resolve, {}, m_today);
            r.widget->setVisible(rowShown);
        }
    }
    m_nothing->setVisible(!any);
    updateTotals();
}

void FormRenderer::showIssues(const QString& memberId, const QList<AnswerIssue>& issues)
{
    m_checking = true;
    if (QWidget* first = display(memberId, issues)) {
        // Layouts settle first, so the problem is scrolled into view where it really is.
        widget()->adjustSize();
        ensureWidgetVisible(first, 20, 40);
    }
}

QWidget* FormRenderer::display(const QString& memberId, const QList<AnswerIssue>& issues)
{
    const int s = subjectIndex(memberId);
    QWidget* first = nullptr;
    for (Block& b : m_blocks) {
        if (b.subject != s)
            continue;
        for (Row& r : b.rows) {
            QStringList messages;
            for (const AnswerIssue& i : issues) {
                if (i.question == r.question->id)
                    messages << i.message;
            }
            r.error->setText(messages.join(QLatin1Char('\n')));
            r.error->setVisible(!messages.isEmpty());
            if (!messages.isEmpty() && !first)
                first = r.widget;
        }
    }
    return first;
}

int FormRenderer::validate()
{
    m_checking = true;
    int count = 0;
    QStringList memberIds;
    for (const auto& member : std::as_const(m_members))
        memberIds << member.first;
    for (const FormSubject& subject : std::as_const(m_subjects)) {
        const QVariantMap answers = this->answers(subject.memberId);
        QList<AnswerIssue> issues;
        for (const Block& b : std::as_const(m_blocks)) {
            if (m_subjects[b.subject].memberId == subject.memberId)
                issues += FormValidator::validate(*b.section, answers, subject.context, m_today, memberIds);
        }
        count += int(issues.size());
        display(subject.memberId, issues);
    }
    return count;
}

QWidget* FormRenderer::editor(const QString& questionId, const QString& memberId) const
{
    const Row* r = row(questionId, memberId);
    return r ? r->editor : nullptr;
}

bool FormRenderer::isShown(const QString& questionId, const QString& memberId) const
{
    const Row* r = row(questionId, memberId);
    return r && r->widget->isVisibleTo(this);
}

QString FormRenderer::issue(const QString& questionId, const QString& memberId) const
{
    const Row* r = row(questionId, memberId);
    return r && !r->error->isHidden() ? r->error->text() : QString();
}

} // namespace ff
