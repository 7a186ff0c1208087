// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/CaseNotesTab.h"

#include "core/records/CaseNoteRepository.h"
#include "core/records/CaseNoteSearch.h"
#include "ui/households/CaseNoteDialog.h"
#include "ui/records/RecordTableModel.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ff {

namespace {
QVariantMap record(const CaseNote& n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("written_on"), n.writtenOn},
            {QStringLiteral("written_by"), n.writtenBy},
            {QStringLiteral("written_at"), n.writtenAt},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("corrected_by"), n.correctedBy},
            {QStringLiteral("corrected_at"), n.correctedAt}};
}
} // namespace

CaseNotesTab::CaseNotesTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("case_note"), db, session, parent),
      m_date(new DateField(tr("(not set)"), this)), m_text(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("&Add note"), this)), m_errors(new ErrorLabel(this)),
      m_filter(new QLineEdit(this)), m_model(new RecordTableModel(QStringLiteral("case_note"), this)),
      m_table(makeView(m_model, QStringLiteral("caseNoteTable"))),
      m_correct(new QPushButton(tr("&Correct…"), this)),
      m_versions(new QPushButton(tr("Earlier &texts…"), this))
{
    setObjectName(QStringLiteral("caseNotesTab"));
    m_date->setObjectName(QStringLiteral("newNoteDate"));
    m_text->setObjectName(QStringLiteral("newNoteEdit"));
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_filter->setObjectName(QStringLiteral("noteFilterEdit"));
    m_correct->setObjectName(QStringLiteral("correctNoteButton"));
    m_versions->setObjectName(QStringLiteral("noteVersionsButton"));

    m_text->setPlaceholderText(tr("A new note: what you did, saw or learnt, and what comes next"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_add->setToolTip(tr("Adds the note, dated and signed with your name (Ctrl+Enter)"));
    m_text->installEventFilter(this);
    m_filter->installEventFilter(this);
    m_filter->setPlaceholderText(tr("Find in this household's notes (words, e.g. 低保 学校)"));
    m_filter->setClearButtonEnabled(true);

    const QString date = QStringLiteral("written_on");
    const QString by = QStringLiteral("written_by");
    const QString text = QStringLiteral("text");
    m_model->setColumns({date, by, text});
    m_model->setHeader(date, tr("Date"));
    m_model->setHeader(by, tr("Written by"));
    m_model->setHeader(text, tr("Note"));
    m_model->setDisplay(date, [](const QVariantMap& n) {
        return n.value(QStringLiteral("written_on")).toDate().toString(Qt::ISODate);
    });
    m_model->setDisplay(by, [](const QVariantMap& n) {
        const QString corrector = n.value(QStringLiteral("corrected_by")).toString();
        const QString author = n.value(QStringLiteral("written_by")).toString();
        return n.value(QStringLiteral("corrected_at")).toString().isEmpty()
                   ? author
                   : author + QLatin1Char('\n') + tr("corrected by %1").arg(corrector);
    });
    m_model->setStyle([by, text](const QVariantMap& n, const QString& column, int role) -> QVariant {
        if (role != Qt::ToolTipRole)
            return {};
        if (column == text)
            return n.value(text);
        if (column == by) {
            QString tip = tr("Written by %1 at %2")
                              .arg(n.value(by).toString(), n.value(QStringLiteral("written_at")).toString());
            if (!n.value(QStringLiteral("corrected_at")).toString().isEmpty())
                tip += QLatin1Char('\n') + tr("Corrected by %1 at %2")
                                               .arg(n.value(QStringLiteral("corrected_by")).toString(),
                                                    n.value(QStringLiteral("corrected_at")).toString());
            return tip;
        }
        return {};
    });
    m_table->setWordWrap(true);
    // A long note is a tall row: scrolled by pixels, its end can be read.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("2026-05-31")) + 24);
    m_table->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("corrected by 李站长")) + 24);

    permit(m_add, true, mayCreate());
    auto* newNote = new QHBoxLayout;
    auto* dateColumn = new QVBoxLayout;
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    dateColumn->addWidget(dateLabel);
    dateColumn->addWidget(m_date);
    dateColumn->addStretch(1);
    newNote->addLayout(dateColumn);
    newNote->addWidget(m_text, 1);
    auto* addColumn = new QVBoxLayout;
    addColumn->addStretch(1);
    addColumn->addWidget(m_add);
    newNote->addLayout(addColumn);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_versions);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(newNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CaseNotesTab::addNote);
    connect(m_correct, &QPushButton::clicked, this, &CaseNotesTab::correctCurrent);
    connect(m_versions, &QPushButton::clicked, this, &CaseNotesTab::showVersions);
    connect(m_table, &QTableView::activated, this, &CaseNotesTab::correctCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, &CaseNotesTab::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseNotesTab::updateButtons);
    setTabOrder(m_date, m_text);
    setTabOrder(m_text, m_add);
    setTabOrder(m_add, m_table);
    setTabOrder(m_table, m_filter);
    setTabOrder(m_filter, m_correct);
    setTabOrder(m_correct, m_versions);
    m_date->setValue(session.today());
    updateButtons();
}

bool CaseNotesTab::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the filter stays there: it does not reach the file's Save button.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_shown.isEmpty()) {
                m_table->setFocus();
                m_table->selectRow(0);
            }
            return true;
        }
    }
    // Ctrl+Enter in the new note adds it (Enter alone starts a new line).
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return RecordTab::eventFilter(watched, event);
}

QString CaseNotesTab::title() const { return tr("Notes"); }

QString CaseNotesTab::tabLabel() const { return count() > 0 ? tr("Notes (%1)").arg(count()) : title(); }

bool CaseNotesTab::hasUnrecordedText() const
{
    return m_text->isEnabled() && !m_text->toPlainText().trimmed().isEmpty();
}

QString CaseNotesTab::errorText() const { return m_errors->shownText(); }

void CaseNotesTab::load()
{
    m_notes = CaseNoteRepository(db(), session()).forHousehold(householdId());
    setCounts(int(m_notes.size()), 0);
    applyFilter();
}

void CaseNotesTab::applyFilter()
{
    const QString words = m_filter->text();
    if (CaseNoteSearch::terms(words).isEmpty()) {
        m_shown = m_notes;
    } else {
        QSet<QString> found;
        for (const CaseNoteHit& hit :
             CaseNoteSearch(db()).find(words, int(m_notes.size()) + 1, householdId()).hits)
            found.insert(hit.noteId);
        m_shown.clear();
        for (const CaseNote& n : std::as_const(m_notes)) {
            if (found.contains(n.id))
                m_shown.append(n);
        }
    }
    QList<QVariantMap> records;
    for (const CaseNote& n : std::as_const(m_shown))
        records << record(n);
    m_model->setRecords(records);
    updateButtons();
}

int CaseNotesTab::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}) ? current.row()
                                                                                            : -1;
}

void CaseNotesTab::updateButtons()
{
    const int row = currentRow();
    permit(m_correct, row >= 0, mayChange(QStringLiteral("text")));
    m_versions->setEnabled(row >= 0 && m_shown.at(row).isCorrected());
}

void CaseNotesTab::addNote()
{
    if (!m_add->isEnabled())
        return;
    CaseNote n;
    n.householdId = householdId();
    n.writtenOn = m_date->value();
    n.text = m_text->toPlainText();
    if (Status s = CaseNoteRepository(db(), session()).add(n); !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_errors->showError({});
    m_text->clear();
    m_date->setValue(session().today());
    m_filter->clear();
    recordSaved();
    m_table->selectRow(0);
}

void CaseNotesTab::correctCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_correct->isEnabled())
        return;
    CaseNoteDialog dialog(db(), session(), m_shown.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.note().id;
    recordSaved();
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown.at(r).id == id)
            m_table->selectRow(r);
    }
}

void CaseNotesTab::showNote(const QString& noteId, const QString& words)
{
    m_filter->setText(words);
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown.at(r).id == noteId) {
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, 0));
            m_table->setFocus();
            return;
        }
    }
}

void CaseNotesTab::showVersions()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const CaseNote& note = m_shown.at(row);
    const QList<CaseNoteVersion> versions = CaseNoteRepository(db(), session()).versions(note);
    QString html;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const CaseNoteVersion& v = versions.at(i);
        const QString heading = i == 0 ? tr("As written by %1 at %2") : tr("Corrected by %1 at %2");
        html +=
            QStringLiteral("<p><b>%1</b><br>%2 %3</p><p style=\"white-space: pre-wrap\">%4</p><hr>")
                .arg(heading.arg(v.author.toHtmlEscaped(),
                                 v.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                     tr("Date:").toHtmlEscaped(), v.writtenOn.toString(Qt::ISODate), v.text.toHtmlEscaped());
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("noteVersionsDialog"));
    dialog.setWindowTitle(tr("Earlier texts of the note of %1").arg(note.writtenOn.toString(Qt::ISODate)));
    auto* browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("noteVersionsText"));
    browser->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(620, 460);
    dialog.exec();
}

} // namespace ff
