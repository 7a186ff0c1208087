// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdListPage.h"

#include "core/model/CodeList.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/widgets/LazyChoiceBox.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ff {

namespace {

/// Puts "all" and then `items` (label, code) into `box`, keeping what was chosen.
void refill(QComboBox* box, const QString& all, const QList<QPair<QString, QString>>& items)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto& [label, code] : items)
        box->addItem(label, code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

HouseholdListPage::HouseholdListPage(Database& db, QWidget* parent)
    : QWidget(parent), m_model(new HouseholdListModel(db, this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_village(new LazyChoiceBox(this)), m_status(new QComboBox(this)),
      m_group(new QComboBox(this)), m_risk(new QComboBox(this)), m_searchLabel(new QLabel(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    // The clear button shows only while there is text: made with the first text typed, not at
    // start (its icon is read from the style's image files).
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    m_search->setMinimumWidth(180);
    m_village->setObjectName(QStringLiteral("villageComboBox"));
    m_village->setFill([this] { fillVillages(); });
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_risk->setObjectName(QStringLiteral("riskComboBox"));
    // Groups and risk kinds have long names ("Child protection / mandatory report"): the drop-down
    // opens wide enough, and a closed box takes the room the row has, down to a few characters. The
    // page then fits half of a 1366-pixel screen, and opening it never widens the window
    // (it is made when first shown, MainWindow::listPage()).
    for (QComboBox* box : {static_cast<QComboBox*>(m_village), m_status, m_group, m_risk}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_view->setObjectName(QStringLiteral("householdTableView"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_searchLabel->setBuddy(m_search);
    m_search->installEventFilter(this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_village, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_group, 1);
    filters->addWidget(m_risk, 1);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once (Shift, Ctrl) for assigning households together.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Whole households are selected: the arrows go from one to the next, Tab leaves the list for
    // the next field as every list of the app does (cell by cell it would seem stuck).
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &HouseholdListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HouseholdListPage::applyFilter);
    for (QComboBox* box : {static_cast<QComboBox*>(m_village), m_status, m_group, m_risk})
        connect(box, &QComboBox::currentIndexChanged, this, &HouseholdListPage::applyFilter);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(m_model->householdId(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdListPage::selectionChanged);

    retranslate();
}

void HouseholdListPage::fillFilterChoices()
{
    auto fromList = [](const CodeList& list) {
        QList<QPair<QString, QString>> items;
        for (const QString& code : list.codes())
            items.append({list.label(code), code});
        return items;
    };
    // The villages are read when their list is first opened (or a key changes the choice), not at
    // every start and save: a query over every household of the caseload.
    {
        const QSignalBlocker block(m_village);
        if (m_village->count() == 0)
            m_village->addItem(tr("All villages"), QString());
        else
            m_village->setItemText(0, tr("All villages"));
    }
    m_village->setStale();
    refill(m_status, tr("All statuses"), fromList(CodeList::assistanceStatus()));
    refill(m_group, tr("All special groups"), fromList(CodeList::specialGroups()));
    QList<QPair<QString, QString>> risks = {{tr("Any risk"), QStringLiteral("any")}};
    risks += fromList(CodeList::riskType());
    refill(m_risk, tr("Risk: all households"), risks);
}

void HouseholdListPage::fillVillages()
{
    QList<QPair<QString, QString>> villages;
    for (const QString& v : m_model->villages())
        villages.append({v, v});
    refill(m_village, tr("All villages"), villages);
}

void HouseholdListPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, pinyin initials (zw), ID number or village"));
    m_search->setToolTip(
        tr("Type part of a name (张伟), its pinyin initials (zw), an ID number or its first digits, "
           "a household number or the start of a village name."));
    fillFilterChoices();
    updateCount();
}

HouseholdListModel* HouseholdListPage::model() const
{
    ensureRead();
    return m_model;
}

QTableView* HouseholdListPage::view() const
{
    ensureRead();
    return m_view;
}

bool HouseholdListPage::isRead() const { return m_model->isRead(); }

void HouseholdListPage::ensureRead() const
{
    const_cast<HouseholdListPage*>(this)->setUpView();
    if (!m_model->isRead())
        m_model->refresh(); // its reset updates the count below the list
}

void HouseholdListPage::setUpView()
{
    if (m_viewSetUp)
        return;
    m_viewSetUp = true;
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HouseholdListQuery::Village, Qt::AscendingOrder);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Widths from typical contents; special groups take the room that is left.
    const QFontMetrics fm = m_view->fontMetrics();
    const QString samples[] = {QStringLiteral("37132101000-000001"),
                               QStringLiteral("欧阳小明明 (in conflict)"),
                               QStringLiteral("柳树湾村村"),
                               QStringLiteral("Extreme-poverty support"),
                               QString(),
                               QStringLiteral("⚠ Child protection  "),
                               QStringLiteral("2026-05-31 ")};
    for (int c = 0; c < HouseholdListQuery::ColumnCount; ++c) {
        const int header =
            fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        m_view->setColumnWidth(c, std::max(fm.horizontalAdvance(samples[c]), header + 20) + 16);
    }
    m_view->horizontalHeader()->setSectionResizeMode(HouseholdListQuery::SpecialGroups, QHeaderView::Stretch);
    // The columns as the person left them (MainWindow::restoreHeaderState, kept until now).
    if (!m_headerState.isEmpty())
        m_view->horizontalHeader()->restoreState(m_headerState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HouseholdListPage::selectionChanged);
}

void HouseholdListPage::showEvent(QShowEvent* event)
{
    // A caseworker's start opens on My tasks, a supervisor's on the workbench: the households are
    // counted when the list is first shown, not at every start (a cold start reads the whole
    // index for it).
    ensureRead();
    QWidget::showEvent(event);
}

void HouseholdListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_viewSetUp)
            m_model->refresh(); // else read in the new language when first shown
    }
    QWidget::changeEvent(event);
}

bool HouseholdListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if ((enter || key->key() == Qt::Key_Down) && (key->modifiers() & ~Qt::KeypadModifier) == 0) {
            // What was typed is searched now, not when the typing pause would have run it.
            if (enter || m_debounce->isActive())
                applyFilter();
            enterResults();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HouseholdListPage::enterResults()
{
    if (m_model->rowCount() == 0)
        return;
    if (!m_view->currentIndex().isValid()) {
        m_view->selectRow(0);
        m_view->scrollTo(m_model->index(0, 0));
    }
    m_view->setFocus(Qt::TabFocusReason);
}

void HouseholdListPage::applyFilter()
{
    setUpView();
    m_debounce->stop();
    HouseholdFilter f;
    f.search = m_search->text();
    f.village = m_village->currentData().toString();
    f.status = m_status->currentData().toString();
    f.specialGroup = m_group->currentData().toString();
    f.risk = m_risk->currentData().toString();
    m_model->setFilter(f);
}

void HouseholdListPage::updateCount()
{
    const int n = m_model->rowCount();
    const QString number = QLocale().toString(n);
    const bool filtered = !(m_model->filter() == HouseholdFilter{});
    if (m_model->moreThanShown())
        m_count->setText(tr("More than %1 households match; the first %1 are shown. Type more of the name or "
                            "number to narrow the search.")
                             .arg(number));
    else
        m_count->setText(filtered ? tr("%1 household(s) match", nullptr, n).arg(number)
                                  : tr("%1 household(s) in the caseload", nullptr, n).arg(number));
}

QString HouseholdListPage::currentHouseholdId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->householdId(index.row()) : QString();
}

QStringList HouseholdListPage::selectedHouseholdIds() const
{
    if (!m_viewSetUp)
        return {}; // never shown: nothing selected
    QStringList ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        ids.append(m_model->householdId(row.row()));
    if (ids.isEmpty() && !currentHouseholdId().isEmpty())
        ids.append(currentHouseholdId());
    return ids;
}

void HouseholdListPage::refresh(const QString& select)
{
    if (!m_viewSetUp && select.isEmpty()) {
        // Never shown nor asked for: nothing read yet, nothing to re-read; read when first shown.
        fillFilterChoices();
        return;
    }
    setUpView(); // a household to select (just saved): it is the current row once shown
    m_model->refresh();
    fillFilterChoices();
    if (!select.isEmpty()) {
        const int row = m_model->rowOf(select);
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
    }
}

void HouseholdListPage::applyPendingSearch()
{
    if (m_debounce->isActive())
        applyFilter();
}

QByteArray HouseholdListPage::saveHeaderState() const
{
    // Never shown, the columns are as they were restored.
    return m_viewSetUp ? m_view->horizontalHeader()->saveState() : m_headerState;
}

void HouseholdListPage::restoreHeaderState(const QByteArray& state)
{
    if (!m_viewSetUp)
        m_headerState = state; // applied when the list is first shown
    else if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace ff
