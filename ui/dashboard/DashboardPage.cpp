// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPage.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/indicators/IndicatorRecords.h"
#include "core/indicators/Indicators.h"
#include "core/model/CodeList.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/exports/ViewCsv.h"
#include "ui/supervision/OverviewListDialog.h"
#include "ui/widgets/BackgroundPool.h"
#include "ui/widgets/SaveFileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QtConcurrent>
#include <QTime>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ff {

namespace {
/// Months the charts over time show: half a year for a month or a quarter, the year for a year.
int monthsShown(ReportPeriod::Kind kind) { return kind == ReportPeriod::Kind::Year ? 12 : 6; }

/// A chart as the dashboard draws them: no title (the panel has one), little margin, legend below.
QChart* newChart()
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

/// An axis of counts from 0 whose ticks are whole numbers.
QValueAxis* countAxis(double largest)
{
    auto* axis = new QValueAxis;
    const int top = std::max(1, int(std::ceil(largest)));
    axis->setRange(0, top);
    if (top <= 5) {
        axis->setTickCount(top + 1);
    } else {
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// The services breakdowns of `category` by each of `methods`.
QStringList cellsOf(const QString& category, const QStringList& methods)
{
    QStringList cells;
    for (const QString& m : methods)
        cells << m + QLatin1Char('/') + category;
    return cells;
}

/// The months of a chart's axis, short enough for twelve beside a legend: "Jun", "6月" (the
/// period chooser and the tables say which year).
QStringList monthLabels(const QStringList& codes)
{
    QStringList labels;
    const QLocale locale;
    for (const QString& code : codes) {
        const std::optional<ReportPeriod> month = ReportPeriod::parse(code);
        labels << (month ? locale.monthName(month->first().month(), QLocale::ShortFormat) : code);
    }
    return labels;
}

QString fileNamePart(const QString& text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>| ]+")), QStringLiteral("-"));
    return out;
}
} // namespace

DashboardPage::DashboardPage(Database& db, const Session& session, QWidget* parent)
    : DashboardView(parent), m_db(db), m_session(session), m_scopeLabel(new QLabel(this)),
      m_scope(new QComboBox(this)), m_periodLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_period(new QComboBox(this)), m_busy(new QProgressBar(this)), m_method(new QComboBox(this)),
      m_status(new QLabel(this)), m_services(nullptr), m_visits(nullptr), m_coverage(nullptr),
      m_referrals(nullptr)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_kind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_busy->setObjectName(QStringLiteral("countingProgressBar"));
    m_method->setObjectName(QStringLiteral("serviceMethodComboBox"));
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_scopeLabel->setBuddy(m_scope);
    m_periodLabel->setBuddy(m_kind);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busy->setRange(0, 0); // busy: how long counting takes is not known
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("dashboardScrollArea"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(area);
    m_services = new ChartPanel(QStringLiteral("services"), content);
    m_visits = new ChartPanel(QStringLiteral("visits"), content);
    m_coverage = new ChartPanel(QStringLiteral("coverage"), content);
    m_referrals = new ChartPanel(QStringLiteral("referrals"), content);
    m_services->addControl(m_method);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (m_figures.report)
            showServices(); // the same figures, another method's part of them
    });
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_services, 0, 0);
    grid->addWidget(m_visits, 0, 1);
    grid->addWidget(m_coverage, 1, 0);
    grid->addWidget(m_referrals, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    area->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(area, 1);

    const QList<std::pair<ChartPanel*, QString>> panels = {{m_services, QStringLiteral("services")},
                                                           {m_visits, QStringLiteral("visits")},
                                                           {m_coverage, QStringLiteral("coverage")},
                                                           {m_referrals, QStringLiteral("referrals")}};
    for (const auto& [panel, name] : panels) {
        connect(panel, &ChartPanel::savePictureRequested, this,
                [this, p = panel, n = name] { savePicture(p, n); });
        connect(panel, &ChartPanel::exportRequested, this,
                [this, p = panel, n = name] { exportTable(p, n); });
        connect(panel, &ChartPanel::figureClicked, this,
                [this](const QString& indicator, const QString& breakdown, bool previous) {
                    if (!m_figures.report)
                        return;
                    const ReportPeriod p =
                        previous ? m_figures.report->period().previous() : m_figures.report->period();
                    const IndicatorReport::Row* row = m_figures.report->find(indicator, breakdown);
                    const QString what = row && !breakdown.isEmpty()
                                             ? row->name + QStringLiteral(" · ") + row->breakdownLabel
                                             : Indicators::name(indicator);
                    openList(indicator, {breakdown}, p, what);
                });
    }

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardPage::apply);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &DashboardPage::showMonths);
    retranslate();
    fillScopes();
    fillPeriods();
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        refresh();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
}

DashboardPage::~DashboardPage()
{
    // The worker holds its own connection and copies of what it counts: wait for it to end.
    m_watcher.waitForFinished();
}

IndicatorScope DashboardPage::scope() const
{
    return IndicatorScope::parse(m_scope->currentData().toString()).value_or(IndicatorScope::county());
}

ReportPeriod DashboardPage::period() const
{
    if (const auto p = ReportPeriod::parse(m_period->currentData().toString()))
        return *p;
    const QDate today = m_session.today();
    return ReportPeriod::containing(ReportPeriod::Kind::Month, today.addMonths(-1));
}

bool DashboardPage::selectScope(const QString& code)
{
    const int i = m_scope->findData(code);
    if (i < 0)
        return false;
    m_scope->setCurrentIndex(i);
    return true;
}

bool DashboardPage::selectPeriod(const QString& code)
{
    const std::optional<ReportPeriod> p = ReportPeriod::parse(code);
    if (!p)
        return false;
    const int kind = m_kind->findData(int(p->kind()));
    if (kind < 0)
        return false;
    m_kind->setCurrentIndex(kind);
    const int i = m_period->findData(code);
    if (i < 0)
        return false;
    m_period->setCurrentIndex(i);
    return true;
}

bool DashboardPage::isBusy() const { return m_counting || m_pending; }

void DashboardPage::fillScopes()
{
    // What a user may see: a caseworker their caseload, a supervisor their station and its
    // caseworkers, county staff the county, each township and each station.
    const QString current = m_scope->currentData().toString();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    const auto distinct = [this](const QString& column, const QString& where) {
        QStringList names;
        Query q(m_db);
        if (q.exec(QStringLiteral("SELECT DISTINCT trim(%1) FROM household WHERE deleted = 0 AND"
                                  " trim(coalesce(%1, '')) <> ''%2 ORDER BY 1")
                       .arg(column, where)))
            while (q.next())
                names << q.value(0).toString();
        return names;
    };
    const auto add = [this](const IndicatorScope& s, const QString& label = {}) {
        m_scope->addItem(label.isEmpty() ? s.label() : label, s.code());
    };
    const QString me = m_session.author();
    switch (m_session.role()) {
    case Role::Caseworker:
        if (distinct(QStringLiteral("caseworker"), {}).contains(me))
            add(IndicatorScope::caseworker(me), tr("My caseload (%1)").arg(me));
        else // the demo, or a laptop whose households name no caseworker yet
            add(IndicatorScope::county(), tr("Every household on this laptop"));
        break;
    case Role::Supervisor: {
        const QString mine = m_session.actor().station;
        const QStringList stations =
            mine.isEmpty() ? distinct(QStringLiteral("station"), {}) : QStringList{mine};
        for (const QString& s : stations) {
            add(IndicatorScope::station(s));
            for (const QString& c :
                 distinct(QStringLiteral("caseworker"),
                          QStringLiteral(" AND trim(station) = '%1'")
                              .arg(QString(s).replace(QLatin1Char('\''), QStringLiteral("''")))))
                add(IndicatorScope::caseworker(c),
                    QStringLiteral("    ") + IndicatorScope::caseworker(c).label());
        }
        if (stations.isEmpty())
            add(IndicatorScope::county(), tr("Every household on this laptop"));
        break;
    }
    case Role::County:
    default:
        add(IndicatorScope::county());
        for (const QString& t : distinct(QStringLiteral("township"), {}))
            add(IndicatorScope::township(t));
        for (const QString& s : distinct(QStringLiteral("station"), {}))
            add(IndicatorScope::station(s));
        break;
    }
    if (const int i = m_scope->findData(current); i >= 0)
        m_scope->setCurrentIndex(i);
}

void DashboardPage::fillPeriods()
{
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    const QString current = m_period->currentData().toString();
    const QSignalBlocker block(m_period);
    m_period->clear();
    // From the period under way back two years; the one holding the last whole month first chosen.
    const QDate today = m_session.today();
    const ReportPeriod lastWhole =
        ReportPeriod::containing(kind, today.addDays(1 - today.day()).addMonths(-1));
    ReportPeriod p = ReportPeriod::containing(kind, today);
    const int count = kind == ReportPeriod::Kind::Month ? 24 : kind == ReportPeriod::Kind::Quarter ? 8 : 3;
    for (int i = 0; i < count; ++i, p = p.previous())
        m_period->addItem(p.label(), p.code());
    int select = m_period->findData(current);
    if (select < 0)
        select = m_period->findData(lastWhole.code());
    m_period->setCurrentIndex(std::max(0, select));
}

void DashboardPage::refresh()
{
    if (m_counting) {
        m_pending = true; // counted again with what is chosen when this count ends
        return;
    }
    start();
}

void DashboardPage::start()
{
    m_pending = false;
    m_counted = true;
    m_counting = true;
    m_busy->show();
    m_status->setText(tr("Counting %1, %2…").arg(scope().label(), period().label()));
    m_watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), &DashboardFigures::count, m_db.path(),
                                          scope(), period(), monthsShown(period().kind())));
}

void DashboardPage::showMonths(int index)
{
    // The months come first (DashboardFigures::count): draw the charts over time while the
    // period's report is still being counted; their tables follow with it.
    if (index != 0 || m_pending)
        return;
    const DashboardFigures months = m_watcher.resultAt(0);
    if (!months.error.isEmpty() || months.report)
        return;
    m_figures = months;
    showServices();
    showVisits();
    m_status->setText(tr("Counting %1, %2: the charts over time are done, the tables follow…")
                          .arg(scope().label(), period().label()));
}

void DashboardPage::apply()
{
    if (m_pending) {
        start(); // the choice changed while counting: what was counted is already out of date
        return;
    }
    m_counting = false;
    m_busy->hide();
    const QFuture<DashboardFigures> future = m_watcher.future();
    m_figures = future.resultCount() > 0 ? future.resultAt(future.resultCount() - 1) : DashboardFigures();
    emit countEnded();
    if (!m_figures.report) {
        m_status->setText(tr("Could not count: %1").arg(m_figures.error));
        return;
    }
    m_status->setText(tr("%1, %2 · counted at %3")
                          .arg(m_figures.report->scope().label(), m_figures.report->period().label(),
                               QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    showServices();
    showVisits();
    showCoverage();
    showReferrals();
    emit updated();
}

void DashboardPage::showServices()
{
    const DashboardFigures& f = m_figures;
    auto* chart = newChart();
    auto* series = new QStackedBarSeries;
    double largest = 0;
    QList<double> totals(f.months.size(), 0);
    const QStringList categories = CodeList::serviceCategories().codes();
    const QString method = m_method->currentData().toString();
    const QStringList methods = method.isEmpty() ? CodeList::serviceMethods().codes() : QStringList{method};
    for (const QString& c : categories) {
        auto* set = new QBarSet(CodeList::serviceCategories().label(c));
        for (qsizetype m = 0; m < f.months.size(); ++m) {
            double sum = 0;
            for (const QString& cell : cellsOf(c, methods))
                sum += f.monthlyValue(m, QStringLiteral("services.sessions"), cell).value_or(0);
            set->append(sum);
            totals[m] += sum;
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, c, methods, method](int index) {
            if (index < 0 || index >= m_figures.months.size())
                return;
            openList(QStringLiteral("services.sessions"), cellsOf(c, methods), m_figures.month(index),
                     Indicators::name(QStringLiteral("services.sessions")) + QStringLiteral(" · ") +
                         (method.isEmpty()
                              ? QString()
                              : CodeList::serviceMethods().label(method) + QStringLiteral(" · ")) +
                         CodeList::serviceCategories().label(c));
        });
    }
    for (const double t : std::as_const(totals))
        largest = std::max(largest, t);
    chart->addSeries(series);
    // Beside the bars: the five categories' names are too long for one line below them in English.
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* x = new QBarCategoryAxis;
    x->append(monthLabels(f.months));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = countAxis(largest);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_services->setChart(chart);
    if (!f.report) {
        m_services->clearRows();
        return;
    }
    m_services->setRows(*f.report, [](const IndicatorReport::Row& r) {
        return r.indicator == QLatin1String("services.sessions");
    });
}

void DashboardPage::showVisits()
{
    const DashboardFigures& f = m_figures;
    auto* chart = newChart();
    const QList<std::pair<QString, QString>> lines = {
        {QStringLiteral("visits.on_time_percent"), QStringLiteral("visits.due")},
        {QStringLiteral("guardianship.on_time_percent"), QStringLiteral("guardianship.due")}};
    auto* x = new QBarCategoryAxis;
    x->append(monthLabels(f.months));
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(y, Qt::AlignLeft);
    bool any = false;
    for (const auto& [percent, due] : lines) {
        auto* series = new QLineSeries;
        series->setName(percent == QLatin1String("visits.on_time_percent")
                            ? tr("All planned visits on time")
                            : tr("Left-behind children's on time"));
        series->setPointsVisible(true);
        for (qsizetype m = 0; m < f.months.size(); ++m)
            if (const std::optional<double> v = f.monthlyValue(m, percent)) {
                series->append(double(m), *v);
                any = true;
            }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::clicked, this, [this, d = due](const QPointF& point) {
            const qsizetype index = qRound(point.x());
            if (index < 0 || index >= m_figures.months.size())
                return;
            openList(d, {QString()}, m_figures.month(index), Indicators::name(d));
        });
    }
    // A rate needs planned visits: say why there is no line rather than show an empty grid.
    if (!any)
        chart->setTitle(tr("No planned visits were due in these months"));
    m_visits->setChart(chart);
    if (!f.report) {
        m_visits->clearRows();
        return;
    }
    m_visits->setRows(*f.report, [](const IndicatorReport::Row& r) {
        return r.indicator.startsWith(QLatin1String("visits.")) ||
               r.indicator.startsWith(QLatin1String("guardianship."));
    });
}

void DashboardPage::showCoverage()
{
    const IndicatorReport& report = *m_figures.report;
    auto* chart = newChart();
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(tr("Households on file now"));
    QStringList labels, breakdowns;
    double largest = 0;
    // Bars are drawn from the bottom up: the first status of the list goes last to be on top.
    for (const IndicatorReport::Row& r : report.rows())
        if (r.indicator == QLatin1String("households.on_file") &&
            r.breakdown.startsWith(QLatin1String("status:"))) {
            labels.prepend(r.breakdownLabel);
            breakdowns.prepend(r.breakdown);
            set->insert(0, r.current.value_or(0));
            largest = std::max(largest, r.current.value_or(0));
        }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    chart->legend()->hide();
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = countAxis(largest);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    connect(set, &QBarSet::clicked, this, [this, breakdowns, labels](int index) {
        if (index < 0 || index >= breakdowns.size() || !m_figures.report)
            return;
        openList(QStringLiteral("households.on_file"), {breakdowns.at(index)}, m_figures.report->period(),
                 Indicators::name(QStringLiteral("households.on_file")) + QStringLiteral(" · ") +
                     labels.at(index));
    });
    m_coverage->setChart(chart);
    m_coverage->setRows(report, [](const IndicatorReport::Row& r) {
        return r.indicator == QLatin1String("households.on_file") &&
               (r.breakdown.isEmpty() || r.breakdown.startsWith(QLatin1String("status:")));
    });
}

void DashboardPage::showReferrals()
{
    const IndicatorReport& report = *m_figures.report;
    auto* chart = newChart();
    auto* series = new QBarSeries;
    const QStringList steps = {QStringLiteral("referrals.made"), QStringLiteral("referrals.accepted"),
                               QStringLiteral("referrals.completed")};
    double largest = 0;
    const QList<std::pair<bool, QString>> periods = {{false, report.period().label()},
                                                     {true, report.period().previous().label()}};
    for (const auto& [previous, label] : periods) {
        auto* set = new QBarSet(label);
        for (const QString& step : steps) {
            const IndicatorReport::Row* row = report.find(step);
            const double v = row ? (previous ? row->previous : row->current).value_or(0) : 0;
            set->append(v);
            largest = std::max(largest, v);
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, steps, prev = previous](int index) {
            if (index < 0 || index >= steps.size() || !m_figures.report)
                return;
            openList(steps.at(index), {QString()},
                     prev ? m_figures.report->period().previous() : m_figures.report->period(),
                     Indicators::name(steps.at(index)));
        });
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    if (largest <= 0)
        chart->setTitle(tr("No referrals in either period"));
    auto* x = new QBarCategoryAxis;
    x->append({tr("Made"), tr("Accepted"), tr("Completed")});
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = countAxis(largest);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_referrals->setChart(chart);
    m_referrals->setRows(report, [](const IndicatorReport::Row& r) {
        return r.indicator.startsWith(QLatin1String("referrals."));
    });
}

std::unique_ptr<OverviewListDialog> DashboardPage::listDialog(const QString& indicator,
                                                              const QStringList& breakdowns,
                                                              const ReportPeriod& period, const QString& what)
{
    const IndicatorScope s = m_figures.report ? m_figures.report->scope() : scope();
    const IndicatorRecords records(m_db, s);
    QList<StationOverview::Entry> entries;
    for (const QString& b : breakdowns)
        entries += records.entries(indicator, b, period);
    const QString when = Indicators::isPresentState(indicator) ? tr("now") : period.label();
    return std::make_unique<OverviewListDialog>(QStringLiteral("%1 — %2 — %3").arg(what, s.label(), when),
                                                QString(), QString(), entries, int(entries.size()),
                                                s.kind() != IndicatorScope::Kind::Caseworker, this);
}

void DashboardPage::openList(const QString& indicator, const QStringList& breakdowns,
                             const ReportPeriod& period, const QString& what)
{
    if (!IndicatorRecords::lists(indicator))
        return;
    const std::unique_ptr<OverviewListDialog> dialog = listDialog(indicator, breakdowns, period, what);
    bool opened = false;
    connect(dialog.get(), &OverviewListDialog::openRequested, this, [this, &opened](const QString& id) {
        opened = true;
        emit openRequested(id);
    });
    dialog->exec();
    if (opened)
        refresh(); // the files opened from the list may have changed what it counts
}

void DashboardPage::savePicture(ChartPanel* panel, const QString& name)
{
    const QString suggested =
        QStringLiteral("%1-%2-%3.png").arg(name, fileNamePart(scope().label()), period().code());
    const QString path =
        SaveFileDialog::ask(this, tr("Save chart as picture"), suggested, tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!panel->chartView()->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save chart as picture"),
                             tr("The picture could not be written to %1.").arg(path));
}

void DashboardPage::exportTable(ChartPanel* panel, const QString& name)
{
    if (!panel->tableReport())
        return;
    ViewCsv::saveData(
        this, panel->tableReport()->toCsv(),
        QStringLiteral("%1-%2-%3.csv").arg(name, fileNamePart(scope().label()), period().code()));
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_counted)
            refresh(); // the labels of the figures are counted in the user's language
    }
    QWidget::changeEvent(event);
}

void DashboardPage::setStale() { m_counted = false; }

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_counted)
        refresh();
}

void DashboardPage::retranslate()
{
    m_scopeLabel->setText(tr("&Whose households:"));
    m_periodLabel->setText(tr("&Period:"));
    {
        const QSignalBlocker block(m_method);
        const int method = m_method->currentIndex();
        m_method->clear();
        m_method->addItem(tr("All methods of work"), QString());
        for (const QString& code : CodeList::serviceMethods().codes())
            m_method->addItem(CodeList::serviceMethods().label(code), code);
        m_method->setCurrentIndex(std::max(0, method));
        m_method->setToolTip(tr("Casework, group work or community work, or all three"));
    }
    {
        const QSignalBlocker block(m_kind);
        const int kind = m_kind->currentIndex();
        m_kind->clear();
        m_kind->addItem(tr("Month"), int(ReportPeriod::Kind::Month));
        m_kind->addItem(tr("Quarter"), int(ReportPeriod::Kind::Quarter));
        m_kind->addItem(tr("Year"), int(ReportPeriod::Kind::Year));
        m_kind->setCurrentIndex(std::max(0, kind));
    }
    if (m_period->count() > 0)
        fillPeriods();
    if (m_scope->count() > 0)
        fillScopes();
    m_services->titleLabel()->setText(tr("Services given, by category, month by month"));
    m_visits->titleLabel()->setText(tr("Planned visits done on time, month by month"));
    m_coverage->titleLabel()->setText(tr("Households on file, by assistance status"));
    m_referrals->titleLabel()->setText(tr("Referrals: made, accepted, completed"));
    m_busy->setToolTip(tr("Counting; the window can be used meanwhile"));
    for (ChartPanel* panel : {m_services, m_visits, m_coverage, m_referrals})
        panel->retranslate();
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_DashboardPage.cpp"
