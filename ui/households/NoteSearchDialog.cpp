// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/NoteSearchDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ff {

NoteSearchDialog::NoteSearchDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_search(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("noteSearchDialog"));
    setWindowTitle(tr("Find in case notes"));
    m_search->setObjectName(QStringLiteral("noteSearchEdit"));
    m_summary->setObjectName(QStringLiteral("noteSearchSummary"));
    m_table->setObjectName(QStringLiteral("noteSearchTable"));
    m_search->setPlaceholderText(tr("Words in the notes, e.g. 低保 复查 (every word must occur)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_summary->setWordWrap(true);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Household"), tr("Written by"), tr("Note")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("2026-05-31")) + 24);
    m_table->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("欧阳秀英 · 岸堤镇东大洼村")) + 24);
    m_table->setColumnWidth(2, fm.horizontalAdvance(QStringLiteral("欧阳秀英")) + 24);

    auto* buttons = new QDialogButtonBox(this);
    // Not the dialog's default button: Enter in the hits already opens one (QTableView::activated).
    auto* open = buttons->addButton(tr("&Open the household"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openNoteHouseholdButton"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    for (QPushButton* button : {open, close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &NoteSearchDialog::search);
    connect(m_table, &QTableView::activated, this, &NoteSearchDialog::openCurrent);
    connect(open, &QPushButton::clicked, this, &NoteSearchDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteSearchDialog::reject);
    search();
    resize(980, 600);
}

QString NoteSearchDialog::summary() const { return m_summary->text(); }

void NoteSearchDialog::search()
{
    const QString words = m_search->text();
    m_found = CaseNoteSearch(m_db).find(words, kLimit);
    m_model->removeRows(0, m_model->rowCount());
    for (const CaseNoteHit& hit : std::as_const(m_found.hits)) {
        QString household = hit.headName.isEmpty() ? hit.householdNo : hit.headName;
        if (!hit.village.isEmpty())
            household += QStringLiteral(" · ") + hit.village;
        QList<QStandardItem*> row = {new QStandardItem(hit.writtenOn.toString(Qt::ISODate)),
                                     new QStandardItem(household), new QStandardItem(hit.writtenBy),
                                     new QStandardItem(hit.excerpt)};
        row.last()->setToolTip(hit.excerpt);
        m_model->appendRow(row);
    }
    if (CaseNoteSearch::terms(words).isEmpty())
        m_summary->setText(tr("Type words to find the notes that hold them all."));
    else if (m_found.hits.isEmpty())
        m_summary->setText(tr("No note holds all of these words."));
    else if (m_found.more)
        m_summary->setText(
            tr("The newest %n notes found; more hold these words: add a word to narrow the search.", nullptr,
               int(m_found.hits.size())));
    else
        m_summary->setText(tr("%n note(s) found, newest first. Enter opens the household.", nullptr,
                              int(m_found.hits.size())));
    if (!m_found.hits.isEmpty())
        m_table->selectRow(0);
}

void NoteSearchDialog::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_found.hits.size())
        return;
    const CaseNoteHit hit = m_found.hits.at(current.row());
    emit openRequested(hit.householdId, hit.noteId);
    const int row = current.row();
    search();
    if (row < m_model->rowCount())
        m_table->selectRow(row);
    m_table->setFocus();
}

bool NoteSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // From the search box, Down goes to the hits and Enter opens the first one.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            m_table->selectRow(0);
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ff
