// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/Assessment.h"
#include "core/forms/FormValidator.h"
#include "core/journal/Session.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

namespace ff {

class Database;

/// Saves and loads assessments through the journal: the assessment and each answer are records,
/// so answers merge one by one when people work offline (core/forms/README.md).
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(Database& db, const Session& session = Session::none());

    /// What a read returns: the whole assessment, or what lists need (no answers: a household with
    /// 50 assessments has a thousand answers, and a list or a need's label reads none of them).
    enum class Content
    {
        WithAnswers,
        WithoutAnswers
    };

    std::optional<Assessment> load(const QString& id, Content content = Content::WithAnswers) const;
    /// The household's assessments, oldest first (by date, then id).
    QList<Assessment> forHousehold(const QString& householdId, Content content = Content::WithAnswers) const;
    /// The live assessments `condition` selects, each with its answers, read in one statement for
    /// counting many at once (the indicators): `condition` is SQL over the assessment `a` and its
    /// household `h`, written by the program, never typed by a user. In no particular order.
    QList<Assessment> selectWithAnswers(const QString& condition) const;

    /// What submitting would refuse (nothing saved): the answers that are missing or impossible.
    /// `kept` receives the answers a submission would keep (those of shown questions).
    QList<AnswerIssue> check(const Assessment& assessment, const FormDefinition& definition,
                             const QVariantMap& memberContext, QVariantMap* kept = nullptr) const;

    /// Saves a draft as it is (issues and all), writing only the answers that changed. Refused for
    /// an assessment already submitted: a submission is never reopened or edited (nothing is saved).
    [[nodiscard]] Status saveDraft(Assessment& assessment);
    /// Checks every shown section of `definition` (which must be the version the assessment was
    /// started with) and, if nothing is wrong, saves the visible answers and marks it submitted.
    /// Member questions must name a member of the assessment's household. Refused for an assessment
    /// already submitted.
    [[nodiscard]] Status submit(Assessment& assessment, const FormDefinition& definition,
                                const QVariantMap& memberContext, QList<AnswerIssue>* issues = nullptr);

private:
    void loadAnswers(Assessment& assessment) const;
    QStringList memberIds(const QString& householdId) const;
    [[nodiscard]] Status write(Assessment& assessment);

    Database& m_db;
    Session m_session;
};

} // namespace ff
