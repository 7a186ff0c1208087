// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/ServiceLogTab.h"

#include "core/model/CodeList.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/ServiceSessionDialog.h"
#include "ui/records/RecordTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
const QColor kOverdue(0xb0, 0x00, 0x20);

/// A service as a row of the list, and whether its follow-up is owed.
QVariantMap record(const ServiceLog& l, bool late)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("served_on"), l.servedOn},
            {QStringLiteral("method"), l.method},
            {QStringLiteral("households"), l.households},
            {QStringLiteral("category"), l.category},
            {QStringLiteral("duration_min"), l.durationMin},
            {QStringLiteral("member_ids"), l.memberIds},
            {QStringLiteral("activity"), l.activity},
            {QStringLiteral("outcome"), l.outcome},
            {QStringLiteral("follow_up_on"), l.followUpOn},
            {QStringLiteral("late"), late}};
}

QString oneLine(const QVariantMap& record, const QString& field)
{
    return record.value(field).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

ServiceLogTab::ServiceLogTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("service_log"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("service_log"), this)), m_summary(new QLabel(this)),
      m_table(makeView(m_model, QStringLiteral("serviceLogTableWidget")))
{
    setObjectName(QStringLiteral("serviceLogTab"));
    m_summary->setObjectName(QStringLiteral("serviceSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    const QString followUp = QStringLiteral("follow_up_on");
    m_model->setColumns({QStringLiteral("served_on"), QStringLiteral("method"), QStringLiteral("category"),
                         QStringLiteral("duration_min"), QStringLiteral("member_ids"),
                         QStringLiteral("activity"), QStringLiteral("outcome"), followUp});
    // Short headers for the narrow columns.
    m_model->setHeader(QStringLiteral("served_on"), tr("Date"));
    m_model->setHeader(QStringLiteral("category"), tr("Category"));
    m_model->setHeader(QStringLiteral("duration_min"), tr("Minutes"));
    m_model->setHeader(QStringLiteral("member_ids"), tr("Members"));
    m_model->setHeader(followUp, tr("Follow-up"));
    m_model->setDisplay(QStringLiteral("method"), [](const QVariantMap& l) {
        const QString method = CodeList::serviceMethods().label(l.value(QStringLiteral("method")).toString());
        const int households = l.value(QStringLiteral("households")).toInt();
        return households > 1 ? tr("%1 (%n households)", nullptr, households).arg(method) : method;
    });
    m_model->setDisplay(QStringLiteral("member_ids"), [this](const QVariantMap& l) {
        QStringList members;
        for (const QString& id : l.value(QStringLiteral("member_ids")).toStringList())
            members << m_names.value(id, tr("(former member)"));
        return members.join(QCoreApplication::translate("Codes", ", ", "list separator"));
    });
    for (const QString& text : {QStringLiteral("activity"), QStringLiteral("outcome")})
        m_model->setDisplay(text, [text](const QVariantMap& l) { return oneLine(l, text); });
    // A follow-up owed: the row in red, its date bold with a warning saying how late it is.
    m_model->setStyle([this, followUp](const QVariantMap& l, const QString& column, int role) -> QVariant {
        const bool late = l.value(QStringLiteral("late")).toBool();
        const bool owed = late && column == followUp;
        switch (role) {
        case Qt::ToolTipRole:
            if (owed) {
                const QDate due = l.value(followUp).toDate();
                return tr("Follow-up due %1: %n day(s) overdue, no service since.", nullptr,
                          int(due.daysTo(this->session().today())))
                    .arg(due.toString(Qt::ISODate));
            }
            if (column == QLatin1String("activity") || column == QLatin1String("outcome"))
                return l.value(column);
            return {};
        case Qt::TextAlignmentRole:
            if (column == QLatin1String("duration_min"))
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ForegroundRole:
            return late ? QVariant(QBrush(kOverdue)) : QVariant();
        case Qt::DecorationRole:
            return owed ? QVariant(style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
        case Qt::AccessibleDescriptionRole:
            return owed ? QVariant(tr("Follow-up overdue")) : QVariant();
        case Qt::FontRole:
            if (owed) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    });
    m_table->setAlternatingRowColors(true);
    // What was done and its outcome share the room left; the other columns fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    // Columns as wide as their longest value in the UI language, so the two texts get the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto widest = [&fm](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + 20;
    };
    const auto header = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    };
    QStringList methods, categories;
    for (const QString& code : CodeList::serviceMethods().codes())
        methods << tr("%1 (%n households)", nullptr, 12).arg(CodeList::serviceMethods().label(code));
    for (const QString& code : CodeList::serviceCategories().codes())
        categories << CodeList::serviceCategories().label(code);
    const int dateWidth = widest({QStringLiteral("2026-05-31"), header(0)}) + 4;
    m_table->setColumnWidth(0, dateWidth);
    m_table->setColumnWidth(1, widest(methods << header(1)));
    m_table->setColumnWidth(2, widest(categories << header(2)));
    m_table->setColumnWidth(3, widest({QStringLiteral("0000"), header(3)}) + 4);
    m_table->setColumnWidth(4, widest({QStringLiteral("欧阳小明、张小雨"), header(4)}));
    // The date and the warning icon of an overdue follow-up.
    m_table->setColumnWidth(7, std::max(dateWidth + fm.height() + 8, widest({header(7)})));

    auto* add = new QPushButton(tr("&Add service…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    add->setObjectName(QStringLiteral("addServiceButton"));
    edit->setObjectName(QStringLiteral("editServiceButton"));
    remove->setObjectName(QStringLiteral("removeServiceButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ServiceLogTab::addService);
    connect(edit, &QPushButton::clicked, this, &ServiceLogTab::editCurrent);
    connect(remove, &QPushButton::clicked, this, &ServiceLogTab::removeCurrent);
    connect(m_table, &QTableView::activated, this, &ServiceLogTab::editCurrent);
    permit(add, true, mayCreate());
    permit(remove, true, mayRemove());
}

QString ServiceLogTab::title() const { return tr("Service logs"); }

QString ServiceLogTab::tabLabel() const
{
    const int overdue = attentionCount();
    return overdue > 0 ? tr("Service logs (%n overdue)", nullptr, overdue) : title();
}

void ServiceLogTab::load()
{
    m_logs = ServiceLogRepository(db(), session()).forHousehold(householdId());
    m_names.clear();
    for (const auto& [id, name] : HouseholdRepository(db()).memberNames(householdId()))
        m_names.insert(id, name);
    const QStringList overdue = ServiceLogRepository::overdueFollowUps(m_logs, session().today());
    QList<QVariantMap> records;
    int minutes = 0;
    for (const ServiceLog& l : std::as_const(m_logs)) {
        records << record(l, overdue.contains(l.id));
        minutes += l.durationMin;
    }
    m_model->setRecords(records);
    QString summary = m_logs.isEmpty()
                          ? tr("No services recorded yet.").toHtmlEscaped()
                          : (tr("%n service(s)", nullptr, int(m_logs.size())) + QStringLiteral(" · ") +
                             tr("%1 hours in all").arg(QLocale().toString(minutes / 60.0, 'f', 1)))
                                .toHtmlEscaped();
    if (!overdue.isEmpty()) {
        summary += QStringLiteral(" · <span style=\"color:#b00020; font-weight:bold\">%1</span>")
                       .arg(tr("%n follow-up(s) overdue", nullptr, int(overdue.size())).toHtmlEscaped());
    }
    m_summary->setText(summary);
    setCounts(int(m_logs.size()), int(overdue.size()));
}

void ServiceLogTab::addService()
{
    ServiceSession s;
    s.servedOn = session().today();
    s.households = {{householdId(), {}, {}}};
    ServiceSessionDialog dialog(db(), session(), s, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSaved();
}

void ServiceLogTab::editCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_logs.size())
        return;
    const auto served = ServiceLogRepository(db(), session()).loadSession(m_logs.at(row).sessionId);
    if (!served)
        return;
    ServiceSessionDialog dialog(db(), session(), *served, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSaved();
}

void ServiceLogTab::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_logs.size())
        return;
    const ServiceLog& log = m_logs.at(row);
    const QString question = log.households > 1
                                 ? tr("Remove this session from all %1 households that took part? The "
                                      "removal is kept in the history.")
                                       .arg(log.households)
                                 : tr("Remove this service log? The removal is kept in the history.");
    if (QMessageBox::question(this, tr("Remove"), question) != QMessageBox::Yes)
        return;
    ServiceLogRepository repo(db(), session());
    if (const auto served = repo.loadSession(log.sessionId)) {
        if (Status s = repo.remove(*served); !s) {
            QMessageBox::warning(this, tr("Remove"), s.error().message);
            reload();
            return;
        }
    }
    recordSaved();
}

} // namespace ff
