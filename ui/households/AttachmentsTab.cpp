// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/AttachmentsTab.h"

#include "core/model/CodeList.h"
#include "core/records/AttachmentContentStore.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "ui/households/AttachmentDialog.h"
#include "ui/households/AttachmentViewer.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kThumbnail = 128;

/// A drawn tile: a symbol and a word, for what has no picture of its own.
QIcon tile(const QString& word, const QColor& colour)
{
    QPixmap pixmap(kThumbnail, kThumbnail);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 2));
    p.setBrush(QColor(0xfa, 0xfa, 0xfa));
    p.drawRoundedRect(QRectF(20, 8, 88, 112), 6, 6);
    QFont font = p.font();
    font.setPixelSize(18);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(20, 8, 88, 112), Qt::AlignCenter | Qt::TextWordWrap, word);
    return QIcon(pixmap);
}
} // namespace

AttachmentsTab::AttachmentsTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("attachment"), db, session, parent), m_hint(new QLabel(this)),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Attach files…"), this)),
      m_view(new QPushButton(tr("&Show"), this)), m_save(new QPushButton(tr("Save a &copy…"), this)),
      m_change(new QPushButton(tr("C&hange…"), this)), m_remove(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("attachmentsTab"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_add->setObjectName(QStringLiteral("attachButton"));
    m_view->setObjectName(QStringLiteral("showAttachmentButton"));
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_change->setObjectName(QStringLiteral("changeAttachmentButton"));
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Photos and scans of the household's documents: ID cards, the hukou page, proof of income, "
           "signed consent forms, the housing. Drop files here from the file manager, or use "
           "Attach files. They are kept encrypted with your profile and sent to the county at "
           "the next sync."));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setGridSize(QSize(kThumbnail + 48, kThumbnail + 56));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_add->setToolTip(tr("Photos (JPEG, PNG) or scans (PDF), up to %1 each")
                          .arg(AttachmentRepository::sizeText(AttachmentContentStore::kMaxBytes)));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_view);
    buttons->addWidget(m_save);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsTab::addFiles);
    connect(m_view, &QPushButton::clicked, this, &AttachmentsTab::viewCurrent);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsTab::saveCurrent);
    connect(m_change, &QPushButton::clicked, this, &AttachmentsTab::changeCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsTab::removeCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsTab::viewCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsTab::updateButtons);
    updateButtons();
}

QString AttachmentsTab::title() const { return tr("Attachments"); }

QString AttachmentsTab::tabLabel() const
{
    return count() == 0 ? title() : tr("Attachments (%1)").arg(count());
}

QIcon AttachmentsTab::iconFor(Database& db, const Attachment& attachment)
{
    AttachmentContentStore store(db);
    const std::optional<AttachmentContentStore::State> held = store.state(attachment.sha256);
    if (!held || !held->isComplete())
        return tile(tr("⌛\nto come"), QColor(0x99, 0x99, 0x99));
    if (!attachment.isImage())
        return tile(QStringLiteral("PDF"), QColor(0xb0, 0x00, 0x20));
    QByteArray stored = store.thumbnail(attachment.sha256);
    if (stored.isEmpty()) {
        QByteArray bytes = store.whole(attachment.sha256);
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(kThumbnail * 2, kThumbnail * 2, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull())
            return tile(tr("damaged"), QColor(0xb0, 0x00, 0x20));
        QBuffer out(&stored);
        out.open(QIODevice::WriteOnly);
        image.save(&out, "JPEG", 85);
        (void)store.setThumbnail(attachment.sha256, stored);
    }
    QImage thumbnail;
    thumbnail.loadFromData(stored, "JPEG");
    return QIcon(QPixmap::fromImage(thumbnail));
}

void AttachmentsTab::load()
{
    m_attachments = householdId().isEmpty()
                        ? QList<Attachment>()
                        : AttachmentRepository(db(), session()).forHousehold(householdId());
    QHash<QString, QString> names;
    if (!householdId().isEmpty()) {
        for (const auto& [id, name] : HouseholdRepository(db()).memberNames(householdId()))
            names.insert(id, name);
    }
    const QString previous = current() ? current()->id : QString();
    m_list->clear();
    m_waiting = 0;
    const AttachmentRepository repo(db());
    for (const Attachment& a : std::as_const(m_attachments)) {
        const QString kind = CodeList::attachmentCategory().label(a.category);
        auto* item = new QListWidgetItem(iconFor(db(), a), tr("%1\n%2").arg(kind, a.title), m_list);
        const bool here = repo.hasContent(a);
        m_waiting += here ? 0 : 1;
        QStringList tip{a.title, kind};
        if (!a.memberId.isEmpty())
            tip << tr("Concerns %1").arg(names.value(a.memberId, tr("a former member")));
        tip << tr("%1, %2").arg(a.fileName, AttachmentRepository::sizeText(a.byteSize))
            << tr("Added %1 by %2").arg(a.addedAt, a.addedBy);
        if (!here)
            tip << tr("Its file is still to come from the county: it arrives at a sync once the laptop that "
                      "added it has sent it.");
        item->setToolTip(tip.join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, a.id);
        if (a.id == previous)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    setCounts(int(m_attachments.size()), 0);
    updateButtons();
}

const Attachment* AttachmentsTab::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

void AttachmentsTab::updateButtons()
{
    const Attachment* a = current();
    const bool here = a && AttachmentRepository(db()).hasContent(*a);
    permit(m_add, true, mayCreate());
    m_view->setEnabled(here);
    m_save->setEnabled(here);
    permit(m_change, a != nullptr, mayChange(QStringLiteral("title")));
    permit(m_remove, a != nullptr, mayRemove());
}

void AttachmentsTab::addFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and scans (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)"));
    if (!paths.isEmpty())
        attach(paths);
}

void AttachmentsTab::attach(const QStringList& paths)
{
    if (householdId().isEmpty() || !mayCreate())
        return;
    AttachmentDialog dialog(db(), session(), householdId(), paths, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordSaved();
    if (!dialog.saved().isEmpty()) {
        for (int row = 0; row < m_attachments.size(); ++row) {
            if (m_attachments.at(row).id == dialog.saved().constFirst().id)
                m_list->setCurrentRow(row);
        }
    }
    if (!dialog.refused().isEmpty())
        QMessageBox::warning(this, tr("Attach files"),
                             tr("%n file(s) attached. These were not:", nullptr, int(dialog.saved().size())) +
                                 QStringLiteral("\n\n") + dialog.refused().join(QLatin1Char('\n')));
}

void AttachmentsTab::viewCurrent()
{
    const Attachment* a = current();
    if (!a)
        return;
    const QByteArray content = AttachmentRepository(db()).content(*a);
    if (content.isEmpty()) {
        QMessageBox::information(
            this, title(),
            tr("The file of “%1” is still to come from the county: it arrives at a sync once "
               "the laptop that added it has sent it.")
                .arg(a->title));
        return;
    }
    AttachmentViewer viewer(*a, content, this);
    viewer.exec();
}

void AttachmentsTab::saveCurrent()
{
    if (const Attachment* a = current()) {
        const QByteArray content = AttachmentRepository(db()).content(*a);
        if (!content.isEmpty())
            AttachmentViewer::saveCopy(this, *a, content);
    }
}

void AttachmentsTab::changeCurrent()
{
    const Attachment* a = current();
    if (!a)
        return;
    AttachmentDialog dialog(db(), session(), *a, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSaved();
}

void AttachmentsTab::removeCurrent()
{
    const Attachment* a = current();
    if (!a)
        return;
    const QString question =
        tr("Remove “%1” (%2) from this household's file? Do this only for a file attached by mistake: it is "
           "removed on every laptop and at the county at the next sync.")
            .arg(a->title, CodeList::attachmentCategory().label(a->category));
    if (QMessageBox::question(this, tr("Remove attachment"), question) != QMessageBox::Yes)
        return;
    if (Status s = AttachmentRepository(db(), session()).remove(*a); !s) {
        QMessageBox::warning(this, tr("Remove attachment"), s.error().message);
        return;
    }
    recordSaved();
}

void AttachmentsTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (isEnabled() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsTab::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    attach(paths);
}

bool AttachmentsTab::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on the list shows the file and goes no further (Save would close the household file).
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            viewCurrent();
            return true;
        }
    }
    return RecordTab::eventFilter(watched, event);
}

} // namespace ff
