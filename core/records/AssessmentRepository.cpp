// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/AssessmentRepository.h"

#include <QHash>

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/forms/AnswerText.h"
#include "core/journal/JournalWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ff {

namespace {
/// Answers keep their type in the journal: a one-element JSON array ([true], [3], ["a;b"]).
QString encode(const QVariant& value)
{
    QVariant v = value;
    if (v.typeId() == QMetaType::QStringList)
        v = v.toStringList().join(QLatin1Char(';'));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact));
}

QVariant decode(const QString& text) { return AnswerText::fromStored(text); }

QString answerId(const QString& assessmentId, const QString& questionId)
{
    return assessmentId + QLatin1Char('/') + questionId;
}
} // namespace

AssessmentRepository::AssessmentRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

namespace {
constexpr auto kAssessmentColumns = "id, household_id, member_id, form_id, form_version, status, assessed_on";

Assessment fromRow(const Query& q)
{
    Assessment a;
    a.id = q.value(0).toString();
    a.householdId = q.value(1).toString();
    a.memberId = q.value(2).toString();
    a.formId = q.value(3).toString();
    a.formVersion = q.value(4).toInt();
    a.status = q.value(5).toString();
    a.assessedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return a;
}
} // namespace

void AssessmentRepository::loadAnswers(Assessment& assessment) const
{
    Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT question_id, value FROM answer WHERE assessment_id = ? AND deleted = 0"));
    q.addBindValue(assessment.id);
    if (q.exec()) {
        while (q.next())
            assessment.answers.insert(q.value(0).toString(), decode(q.value(1).toString()));
    }
}

std::optional<Assessment> AssessmentRepository::load(const QString& id, Content content) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM assessment WHERE id = ? AND deleted = 0")
                  .arg(QLatin1String(kAssessmentColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Assessment a = fromRow(q);
    if (content == Content::WithAnswers)
        loadAnswers(a);
    return a;
}

QList<Assessment> AssessmentRepository::forHousehold(const QString& householdId, Content content) const
{
    QList<Assessment> out;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM assessment WHERE household_id = ? AND deleted = 0"
                             " ORDER BY assessed_on, id")
                  .arg(QLatin1String(kAssessmentColumns)));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            out.append(fromRow(q));
    }
    if (content == Content::WithAnswers) {
        for (Assessment& a : out)
            loadAnswers(a);
    }
    return out;
}

QList<Assessment> AssessmentRepository::selectWithAnswers(const QString& condition) const
{
    QList<Assessment> out;
    QHash<QString, qsizetype> index;
    Query q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT a.id, a.household_id, a.member_id, a.form_id, a.form_version, a.status,"
                           " a.assessed_on, x.question_id, x.value FROM assessment a"
                           " JOIN household h ON h.id = a.household_id"
                           " LEFT JOIN answer x ON x.assessment_id = a.id AND x.deleted = 0"
                           " WHERE a.deleted = 0 AND (%1)")
                .arg(condition)))
        return out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto known = index.constFind(id);
        if (known == index.cend()) {
            known = index.insert(id, out.size());
            out.append(fromRow(q));
        }
        if (!q.value(7).isNull())
            out[*known].answers.insert(q.value(7).toString(), decode(q.value(8).toString()));
    }
    return out;
}

QStringList AssessmentRepository::memberIds(const QString& householdId) const
{
    QStringList ids;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM member WHERE household_id = ? AND deleted = 0"));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

Status AssessmentRepository::saveDraft(Assessment& assessment)
{
    assessment.status = QStringLiteral("draft");
    return write(assessment);
}

QList<AnswerIssue> AssessmentRepository::check(const Assessment& assessment, const FormDefinition& definition,
                                               const QVariantMap& memberContext, QVariantMap* kept) const
{
    const QDate today = m_session.today();
    QList<AnswerIssue> issues;
    const QString scope =
        assessment.memberId.isEmpty() ? QStringLiteral("household") : QStringLiteral("member");
    const QStringList members = memberIds(assessment.householdId);
    for (const FormDefinition::Section& section : definition.sections) {
        if (section.appliesTo != scope)
            continue;
        issues += FormValidator::validate(section, assessment.answers, memberContext, today, members);
        if (kept)
            kept->insert(FormValidator::visibleAnswers(section, assessment.answers, memberContext, today));
    }
    return issues;
}

Status AssessmentRepository::submit(Assessment& assessment, const FormDefinition& definition,
                                    const QVariantMap& memberContext, QList<AnswerIssue>* issuesOut)
{
    if (definition.id != assessment.formId || definition.version != assessment.formVersion) {
        return Error{
            tr("This assessment was started on version %1 of the form; it must be checked with that version.")
                .arg(assessment.formVersion),
            {}};
    }
    const QDate today = m_session.today();
    QVariantMap kept;
    const QList<AnswerIssue> issues = check(assessment, definition, memberContext, &kept);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const AnswerIssue& i : issues)
            lines << i.message;
        return Error{tr("The assessment was not submitted. Please complete:") + QLatin1Char('\n') +
                         lines.join(QLatin1Char('\n')),
                     {}};
    }
    assessment.answers = kept;
    assessment.status = QStringLiteral("submitted");
    if (!assessment.assessedOn.isValid())
        assessment.assessedOn = today;
    return write(assessment);
}

Status AssessmentRepository::write(Assessment& a)
{
    if (a.householdId.isEmpty() || a.formId.isEmpty() || a.formVersion < 1)
        return Error{tr("The assessment is incomplete: household and form are needed."), {}};
    const bool isNew = a.id.isEmpty();
    // A submitted assessment is the record of what was found on its day, and the needs and plan
    // actions that name it rely on it: it is never reopened or edited. A reassessment is a new one.
    if (!isNew) {
        if (const auto stored = load(a.id, Content::WithoutAnswers);
            stored && stored->status == QStringLiteral("submitted")) {
            return Error{tr("This assessment was submitted on %1 and can no longer be changed. To record "
                            "what has changed since, start a new assessment.")
                             .arg(stored->assessedOn.toString(Qt::ISODate)),
                         QStringLiteral("write to submitted assessment %1 refused").arg(a.id)};
        }
    }
    const QString id = isNew ? JournalWriter::newId() : a.id;
    QList<JournalWriter::Edit> edits;
    edits.append({QStringLiteral("assessment"),
                  id,
                  a.householdId,
                  isNew ? Change::Op::Create : Change::Op::Update,
                  {{QStringLiteral("form_id"), a.formId},
                   {QStringLiteral("form_version"), a.formVersion},
                   {QStringLiteral("status"), a.status},
                   {QStringLiteral("member_id"), a.memberId},
                   {QStringLiteral("assessed_on"), a.assessedOn}}});
    const QVariantMap before = isNew ? QVariantMap() : (load(id) ? load(id)->answers : QVariantMap());
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it) {
        const bool existed = before.contains(it.key());
        edits.append({QStringLiteral("answer"),
                      answerId(id, it.key()),
                      a.householdId,
                      existed ? Change::Op::Update : Change::Op::Create,
                      {{QStringLiteral("assessment_id"), id},
                       {QStringLiteral("question_id"), it.key()},
                       {QStringLiteral("value"), encode(it.value())}}});
    }
    // Answers cleared since the last save become tombstones, kept in the history.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!a.answers.contains(it.key()))
            edits.append(
                {QStringLiteral("answer"), answerId(id, it.key()), a.householdId, Change::Op::Delete, {}});
    }
    JournalWriter writer(m_db, m_session);
    if (Status s = writer.commit(edits); !s)
        return s;
    a.id = id;
    return Status::ok();
}

} // namespace ff
