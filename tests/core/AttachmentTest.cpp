// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments (issue 16, item 2): a photo or scan kept with a household or member, its bytes once
// per content, taken in whole chunks that resume after a cut; bad files refused with nothing saved.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/records/AttachmentContentStore.h"
#include "core/records/AttachmentRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
const qint64 kDec5 = QDateTime(QDate(2026, 12, 5), QTime(9, 30)).toMSecsSinceEpoch();

int rows(Database& db, const QString& sql)
{
    Query q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("an attachment is added with its category, by the person signed in, and read back whole",
          "[records][attachments]")
{
    TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString id = test::savedHousehold(t.db(), wang);
    AttachmentRepository repo(t.db(), wang);

    const QByteArray bytes = test::randomJpeg(2'500'000);
    Attachment a;
    a.householdId = id;
    a.category = QStringLiteral("id_card");
    a.fileName = QStringLiteral("/home/wang/图片/身份证正面.jpg");
    REQUIRE(repo.add(a, bytes));
    CHECK(a.title == QStringLiteral("身份证正面"));
    CHECK(a.fileName == QStringLiteral("身份证正面.jpg"));
    CHECK(a.mediaType == QStringLiteral("image/jpeg"));
    CHECK(a.byteSize == 2'500'000);
    CHECK(a.addedBy == QStringLiteral("王芳"));
    CHECK(a.addedAt == QStringLiteral("2026-12-05 09:30"));
    CHECK(a.sha256 == AttachmentContentStore::sha256Of(bytes));

    const QList<Attachment> held = repo.forHousehold(id);
    REQUIRE(held.size() == 1);
    CHECK(held.first().id == a.id);
    CHECK(repo.hasContent(held.first()));
    CHECK(repo.content(held.first()) == bytes);
    // Kept in chunks of 1 MiB: three for 2.5 MB.
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 3);

    // A member's document, and a correction of what it is.
    Attachment b;
    b.householdId = id;
    b.category = QStringLiteral("other");
    b.fileName = QStringLiteral("scan.pdf");
    b.title = QStringLiteral("残疾证");
    REQUIRE(repo.add(b, QByteArrayLiteral("%PDF-1.4\n%…")));
    CHECK(b.mediaType == QStringLiteral("application/pdf"));
    b.category = QStringLiteral("medical");
    b.title = QStringLiteral("残疾证（二级）");
    REQUIRE(repo.correct(b));
    CHECK(repo.load(b.id)->category == QStringLiteral("medical"));
    CHECK(repo.load(b.id)->title == QStringLiteral("残疾证（二级）"));
    CHECK(repo.forHousehold(id).size() == 2);
}

TEST_CASE("a file that is empty, too large, of another kind or attached already is refused and nothing is "
          "saved",
          "[records][attachments]")
{
    TempDatabase t;
    ManualClock clock(kDec5);
    const Session wang = test::as(QStringLiteral("王芳"), clock);
    const QString id = test::savedHousehold(t.db(), wang);
    AttachmentRepository repo(t.db(), wang);
    const auto attempt = [&](const QByteArray& bytes, const QString& name) {
        Attachment a;
        a.householdId = id;
        a.category = QStringLiteral("income");
        a.fileName = name;
        const Status s = repo.add(a, bytes);
        return s ? QStringLiteral("ok") : s.error().message;
    };
    CHECK(attempt({}, QStringLiteral("空.jpg")) ==
          QStringLiteral("“空.jpg” is empty: there is nothing to attach."));
    CHECK(attempt(test::randomJpeg(AttachmentContentStore::kMaxBytes + 1), QStringLiteral("大.jpg")) ==
          QStringLiteral(
              "“大.jpg” is 32.0 MB; an attachment may be at most 32.0 MB. Take the photo again at a lower "
              "resolution, or scan fewer pages into each file."));
    CHECK(attempt(QByteArrayLiteral("PK\x03\x04 a word file"), QStringLiteral("收入.docx")) ==
          QStringLiteral(
              "“收入.docx” is not a photo (JPEG, PNG) or a scan (PDF): only these can be attached."));
    Attachment noCategory;
    noCategory.householdId = id;
    noCategory.fileName = QStringLiteral("a.jpg");
    CHECK_FALSE(repo.add(noCategory, test::randomJpeg(100)));
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment")) == 0);
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment_content")) == 0);
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM journal WHERE entity = 'attachment'")) == 0);

    // The same file twice: refused for the same household, naming the first; stored once when it
    // is attached to another.
    REQUIRE(attempt(test::randomJpeg(5000, 7), QStringLiteral("工资条.jpg")) == QStringLiteral("ok"));
    CHECK(attempt(test::randomJpeg(5000, 7), QStringLiteral("copy.jpg")) ==
          QStringLiteral(
              "This file is attached to this household already, as “工资条” (added 2026-12-05 09:30 by "
              "王芳)."));
    const QString other = test::savedHousehold(t.db(), wang, QStringLiteral("李娜"));
    Attachment elsewhere;
    elsewhere.householdId = other;
    elsewhere.category = QStringLiteral("income");
    elsewhere.fileName = QStringLiteral("工资条.jpg");
    REQUIRE(repo.add(elsewhere, test::randomJpeg(5000, 7)));
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment")) == 2);
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment_content")) == 1);

    // Removing one keeps the content the other names; removing both lets it go.
    const Attachment first = repo.forHousehold(id).first();
    REQUIRE(repo.remove(first));
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment_content")) == 1);
    REQUIRE(repo.remove(elsewhere));
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment_content")) == 0);
    CHECK(rows(t.db(), QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);
}

TEST_CASE("what an attached file is never changes, by the authority rule", "[records][attachments]")
{
    const RecordType& type = *RecordTypes::find(QStringLiteral("attachment"));
    for (const char* field : {"file_name", "media_type", "byte_size", "sha256", "added_by", "added_at"}) {
        INFO(field);
        CHECK_FALSE(Authority::mayChange(Role::County, type, QString::fromLatin1(field)));
        CHECK(Authority::mayEverChange(Role::County, type, QString::fromLatin1(field)).refusal ==
              QStringLiteral("attachment_is_final"));
    }
    for (const char* field : {"category", "title", "member_id"})
        CHECK(Authority::mayChange(Role::Caseworker, type, QString::fromLatin1(field)));
}

TEST_CASE("a content arrives in whole chunks, in order, resumes where it stopped, and is dropped when it is "
          "not what its SHA-256 says",
          "[records][attachments]")
{
    TempDatabase t;
    AttachmentContentStore store(t.db());
    const QByteArray bytes = test::randomJpeg(3 * AttachmentContentStore::kChunkBytes + 12345, 3);
    const QString sha = AttachmentContentStore::sha256Of(bytes);
    const qint64 size = bytes.size();
    const qint64 chunk = AttachmentContentStore::kChunkBytes;
    const auto part = [&](qint64 offset) { return bytes.mid(offset, chunk); };

    qint64 received = -1;
    REQUIRE(store.putChunk(sha, size, 0, part(0), &received));
    CHECK(received == chunk);
    // A gap is refused; a chunk sent again changes nothing; a chunk of the wrong length is refused.
    const Status gap = store.putChunk(sha, size, 2 * chunk, part(2 * chunk), &received);
    CHECK(gap.error().detail == QStringLiteral("gap"));
    CHECK(received == chunk);
    REQUIRE(store.putChunk(sha, size, 0, part(0), &received));
    CHECK(received == chunk);
    CHECK(store.putChunk(sha, size, chunk, part(chunk).left(100)).error().detail == QStringLiteral("length"));
    CHECK(store.putChunk(sha, size, 100, part(100)).error().detail == QStringLiteral("chunk"));
    CHECK(store.whole(sha).isEmpty());
    CHECK(store.chunk(sha, 0) == part(0));
    CHECK(store.chunk(sha, chunk).isEmpty());
    for (qint64 offset = chunk; offset < size; offset += chunk)
        REQUIRE(store.putChunk(sha, size, offset, part(offset), &received));
    CHECK(received == size);
    CHECK(store.state(sha)->isComplete());
    CHECK(store.whole(sha) == bytes);

    // Other bytes under that name: every chunk dropped at the last one, to be sent again.
    QByteArray forged = bytes;
    forged[size - 1] = char(forged[size - 1] ^ 1);
    const QString forgedName = AttachmentContentStore::sha256Of(bytes.left(10)); // any other name
    for (qint64 offset = 0; offset + chunk < size; offset += chunk)
        REQUIRE(store.putChunk(forgedName, size, offset, forged.mid(offset, chunk)));
    const Status mismatch = store.putChunk(forgedName, size, 3 * chunk, forged.mid(3 * chunk), &received);
    CHECK(mismatch.error().detail == QStringLiteral("mismatch"));
    CHECK(received == 0);
    CHECK(store.state(forgedName)->received == 0);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT count(*) FROM attachment_chunk WHERE sha256 = '%1'").arg(forgedName)) ==
          0);
    // The sent mark only grows.
    REQUIRE(store.markSent(sha, chunk));
    REQUIRE(store.markSent(sha, 10));
    CHECK(store.state(sha)->sent == chunk);
}
