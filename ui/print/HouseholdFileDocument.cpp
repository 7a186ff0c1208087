// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/HouseholdFileDocument.h"

#include "core/forms/BuiltInForms.h"
#include "core/journal/Session.h"
#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"
#include "core/records/HistoryReader.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/RecordStore.h"
#include "core/schema/RecordTypes.h"

#include <QLocale>
#include <QMap>
#include <QSet>

namespace ff {

namespace {
const QString kTable =
    QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");

/// A record's value in the form it is stored in (codes joined with ';', ISO dates, 0/1).
QVariant stored(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char(';'));
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

/// Fields the printed household details leave out: the merge marker and what the projections keep.
bool printedDetail(const FieldSpec& spec)
{
    return spec.name != QLatin1String("merged_into") && spec.name != QLatin1String("last_visit") &&
           spec.name != QLatin1String("risk_markers");
}
} // namespace

QString HouseholdFileDocument::display(const QString& entity, const QString& field, const QVariantMap& record,
                                       const QHash<QString, QString>& memberNames)
{
    const QVariant v = stored(record.value(field));
    if (!v.isValid() || v.isNull() || v.toString().isEmpty())
        return {};
    if (field == QLatin1String("member_id"))
        return memberNames.value(v.toString(), v.toString());
    if (field == QLatin1String("member_ids") || field == QLatin1String("met_member_ids")) {
        QStringList names;
        for (const QString& id : v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            names.append(memberNames.value(id, id));
        return names.join(QStringLiteral("、"));
    }
    // An assessment as its tab shows it: the form by its title in the version used, its state.
    if (entity == QLatin1String("assessment") && field == QLatin1String("form_id")) {
        const auto definition =
            BuiltInForms::definition(v.toString(), record.value(QStringLiteral("form_version")).toInt());
        return definition ? FormDefinition::text(definition->title) : v.toString();
    }
    if (entity == QLatin1String("assessment") && field == QLatin1String("status"))
        return v.toString() == QLatin1String("submitted")
                   ? QCoreApplication::translate("AssessmentsTab", "Submitted")
                   : QCoreApplication::translate("AssessmentsTab", "Draft");
    if (const RecordType* type = RecordTypes::find(entity)) {
        if (const FieldSpec* spec = type->field(field); spec && spec->masked)
            return ResidentId::masked(v.toString());
    }
    return FieldLabels::value(entity, field, v);
}

std::optional<PrintedDocument> HouseholdFileDocument::build(Database& db, const QString& householdId,
                                                            const QDateTime& generated)
{
    const std::optional<HouseholdFile> file = HouseholdRepository(db).load(householdId);
    if (!file)
        return std::nullopt;
    const QString household = QStringLiteral("household");
    const QString member = QStringLiteral("member");
    const QString number = file->household.value(QStringLiteral("household_no")).toString();
    QHash<QString, QString> memberNames;
    for (const QVariantMap& m : file->members)
        memberNames.insert(m.value(QStringLiteral("id")).toString(),
                           m.value(QStringLiteral("name")).toString());

    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(PrintedDocument::cell(tr("Household file")));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(PrintedDocument::cell(tr("Household number: %1").arg(number)));

    // The household's details, two to a row.
    html += QStringLiteral("<h2>%1</h2>").arg(PrintedDocument::cell(tr("The household")));
    html += kTable;
    QList<QPair<QString, QString>> details;
    for (const FieldSpec& spec : RecordTypes::find(household)->fields) {
        if (!printedDetail(spec))
            continue;
        const QString text = display(household, spec.name, file->household, memberNames);
        if (!text.isEmpty())
            details.append({FieldLabels::field(household, spec.name), text});
    }
    for (qsizetype i = 0; i < details.size(); i += 2) {
        html +=
            QStringLiteral("<tr><th width=\"17%\">%1</th><td width=\"33%\">%2</td>")
                .arg(PrintedDocument::cell(details.at(i).first), PrintedDocument::cell(details.at(i).second));
        if (i + 1 < details.size())
            html += QStringLiteral("<th width=\"17%\">%1</th><td width=\"33%\">%2</td></tr>")
                        .arg(PrintedDocument::cell(details.at(i + 1).first),
                             PrintedDocument::cell(details.at(i + 1).second));
        else
            html += QStringLiteral("<th width=\"17%\"></th><td width=\"33%\"></td></tr>");
    }
    html += QStringLiteral("</table>");

    // The members: the columns that fit across the page.
    html += QStringLiteral("<h2>%1</h2>")
                .arg(PrintedDocument::cell(tr("Members (%n)", nullptr, int(file->members.size()))));
    // Nine columns across the page, in a smaller type, each as wide as its longest value needs
    // (a date, a masked ID number, on one line).
    const QList<QPair<QString, int>> memberColumns{{QStringLiteral("name"), 8},
                                                   {QStringLiteral("relation"), 10},
                                                   {QStringLiteral("sex"), 7},
                                                   {QStringLiteral("birth_date"), 13},
                                                   {QStringLiteral("id_number"), 20},
                                                   {QStringLiteral("health"), 9},
                                                   {QStringLiteral("disability_type"), 10},
                                                   {QStringLiteral("work_ability"), 11},
                                                   {QStringLiteral("special_groups"), 12}};
    if (file->members.isEmpty()) {
        html += QStringLiteral("<p class=\"none\">%1</p>").arg(PrintedDocument::cell(tr("None.")));
    } else {
        html += QStringLiteral("<table class=\"members\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"2\"><thead><tr>");
        for (const auto& [c, width] : memberColumns)
            html += QStringLiteral("<th width=\"%1%\">%2</th>")
                        .arg(QString::number(width), PrintedDocument::cell(FieldLabels::field(member, c)));
        html += QStringLiteral("</tr></thead>");
        for (const QVariantMap& m : file->members) {
            html += QStringLiteral("<tr>");
            for (const auto& [c, width] : memberColumns)
                html += QStringLiteral("<td>%1</td>")
                            .arg(PrintedDocument::cell(display(member, c, m, memberNames)));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    // Every tab's records, in the household file dialog's order.
    const QList<QPair<QString, QString>> tabs{
        {QStringLiteral("case_note"), tr("Case notes")},
        {QStringLiteral("assessment"), tr("Needs assessments")},
        {QStringLiteral("plan_goal"), tr("Assistance plan: goals")},
        {QStringLiteral("plan_action"), tr("Assistance plan: actions")},
        {QStringLiteral("service_log"), tr("Services")},
        {QStringLiteral("visit"), tr("Visits")},
        {QStringLiteral("referral"), tr("Referrals")},
        {QStringLiteral("risk_flag"), tr("Risk flags")},
        {QStringLiteral("status_review"), tr("Status reviews")},
        {QStringLiteral("attachment"), tr("Attachments")},
    };
    for (const auto& [entity, heading] : tabs)
        html += recordSection(db, householdId, entity, heading, memberNames);

    html += historySummary(db, householdId);
    html += signatureLines();
    return PrintedDocument(tr("Household file %1").arg(number), html, generated);
}

QString HouseholdFileDocument::recordSection(Database& db, const QString& householdId, const QString& entity,
                                             const QString& heading,
                                             const QHash<QString, QString>& memberNames)
{
    const RecordType* type = RecordTypes::find(entity);
    if (!type)
        return {};
    // Oldest first, by the first column when it is a date (a visit's, a service's, a note's).
    const FieldSpec* first = type->columns.isEmpty() ? nullptr : type->field(type->columns.first());
    const QString order = first && first->kind == FieldKind::Date ? first->name : QString();
    const QList<Record> records = RecordStore(db, Session::none()).forHousehold(*type, householdId, order);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(PrintedDocument::cell(tr("%1 (%2)").arg(heading).arg(records.size())));
    if (records.isEmpty())
        return html + QStringLiteral("<p class=\"none\">%1</p>").arg(PrintedDocument::cell(tr("None.")));
    html += kTable + QStringLiteral("<thead><tr>");
    for (const QString& c : type->columns)
        html += QStringLiteral("<th>%1</th>").arg(PrintedDocument::cell(FieldLabels::field(entity, c)));
    html += QStringLiteral("</tr></thead>");
    for (const Record& r : records) {
        html += QStringLiteral("<tr>");
        for (const QString& c : type->columns)
            html += QStringLiteral("<td>%1</td>")
                        .arg(PrintedDocument::cell(display(entity, c, r.values, memberNames)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString HouseholdFileDocument::historySummary(Database& db, const QString& householdId)
{
    const QList<HistoryEntry> entries = HistoryReader(db).forHousehold(householdId);
    QString html = QStringLiteral("<h2>%1</h2>").arg(PrintedDocument::cell(tr("History")));
    if (entries.isEmpty())
        return html + QStringLiteral("<p class=\"none\">%1</p>")
                          .arg(PrintedDocument::cell(tr("No change recorded.")));
    // Newest first: the first entry is the latest change.
    QMap<QString, int> byAuthor;
    for (const HistoryEntry& e : entries)
        ++byAuthor[e.author];
    QStringList people;
    for (auto it = byAuthor.cbegin(); it != byAuthor.cend(); ++it)
        people.append(tr("%1 (%2)").arg(it.key()).arg(it.value()));
    const QLocale locale;
    html += QStringLiteral("<p>%1</p>")
                .arg(PrintedDocument::cell(
                    tr("%n field change(s) from %1 to %2, by %3.", nullptr, int(entries.size()))
                        .arg(locale.toString(entries.last().when.date(), QLocale::ShortFormat),
                             locale.toString(entries.first().when.date(), QLocale::ShortFormat),
                             people.join(QStringLiteral(", ")))));
    constexpr int kLatest = 12;
    html += QStringLiteral("<p>%1</p>").arg(PrintedDocument::cell(tr("The latest changes:")));
    html += kTable +
            QStringLiteral("<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>")
                .arg(PrintedDocument::cell(tr("When")), PrintedDocument::cell(tr("Who")),
                     PrintedDocument::cell(tr("Record")), PrintedDocument::cell(tr("Field")),
                     PrintedDocument::cell(tr("New value")));
    for (qsizetype i = 0; i < std::min<qsizetype>(kLatest, entries.size()); ++i) {
        const HistoryEntry& e = entries.at(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(PrintedDocument::cell(locale.toString(e.when, QLocale::ShortFormat)),
                         PrintedDocument::cell(e.author), PrintedDocument::cell(e.record),
                         PrintedDocument::cell(e.field), PrintedDocument::cell(e.to));
    }
    return html + QStringLiteral("</table>");
}

QString HouseholdFileDocument::signatureLines()
{
    const QString line = QStringLiteral("______________________");
    const QString date = QStringLiteral("____________");
    return QStringLiteral("<h2>%1</h2><p>%2</p>"
                          "<table class=\"sign\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td>%3 %4</td><td>%5 %6</td></tr>"
                          "<tr><td>%7 %4</td><td>%5 %6</td></tr></table>")
        .arg(PrintedDocument::cell(tr("Confirmed at the visit")),
             PrintedDocument::cell(tr("The household has read this file and confirms that it is correct.")),
             PrintedDocument::cell(tr("Caseworker (signature):")), line, PrintedDocument::cell(tr("Date:")),
             date, PrintedDocument::cell(tr("Household (signature):")));
}

} // namespace ff
