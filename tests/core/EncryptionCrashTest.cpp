// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL at random moments: a child (ff_crash_writer, CrashWriter.cpp) writes an encrypted file,
// or encrypts a plain one in place, and is killed; the file must then open, whole, with every
// commit the child acknowledged. 20 runs each by default, 200 with FIELDFILE_LONG_TESTS=1; the
// seed is printed (FIELDFILE_SEED=N replays a run).
#include "tests/core/EncryptionTestSupport.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace ff;
using storage::EncryptedVfs;
using storage::PlainFileEncryptor;

namespace {

int runs() { return qEnvironmentVariableIntValue("FIELDFILE_LONG_TESTS") == 1 ? 200 : 20; }

quint32 seed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("FIELDFILE_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate();
}

QString value(Database& db, const QString& sql)
{
    Query q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("ERROR ") + q.lastErrorText();
    return q.value(0).toString();
}

/// The child, started; its output read line by line.
class Child
{
public:
    explicit Child(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(FIELDFILE_CRASH_WRITER));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    /// Waits for a line starting with `prefix`; false on timeout or exit.
    bool waitFor(const QByteArray& prefix, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            read();
            for (const QByteArray& line : std::as_const(m_lines)) {
                if (line.startsWith(prefix))
                    return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(50);
        }
        return false;
    }
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(30000);
        read();
    }
    bool finish(int timeoutMs = 60000)
    {
        const bool done = m_process.waitForFinished(timeoutMs);
        read();
        return done && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    /// The highest id the child acknowledged as committed (0 if none).
    qint64 acknowledged() const { return highest("committed "); }
    /// The highest number the child printed after `prefix` (0 if none).
    qint64 highest(const QByteArray& prefix) const
    {
        qint64 highest = 0;
        for (const QByteArray& line : m_lines) {
            if (line.startsWith(prefix))
                highest = std::max(highest, line.mid(prefix.size()).toLongLong());
        }
        return highest;
    }
    QString output() const { return QString::fromUtf8(m_lines.join('\n')); }

private:
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines << m_buffer.left(end);
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QList<QByteArray> m_lines;
};

} // namespace

TEST_CASE("SIGKILL while writing an encrypted file never loses an acknowledged commit", "[encryption][crash]")
{
    test::ForgetKeysAtEnd forget;
    const quint32 s = seed();
    WARN("FIELDFILE_SEED=" << s);
    QRandomGenerator random(s);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    const crypto::SecretBytes key = test::testKey(5);
    EncryptedVfs::setKey(path, key);
    const int n = runs();
    qint64 total = 0;
    // Pages the child's checkpoints stored as the WAL frame's image (EncryptedFile::keepWalFrame):
    // the kills fall among such checkpoints too.
    qint64 storedAsRead = 0;
    for (int run = 0; run < n; ++run) {
        Child child({QStringLiteral("write"), path, QString::fromLatin1(test::keyHex(key)),
                     QString::number(random.generate())});
        REQUIRE(child.waitFor("ready"));
        QThread::msleep(random.bounded(10, 600));
        child.killHard();
        const qint64 acknowledged = child.acknowledged();
        total = std::max(total, acknowledged);
        storedAsRead += child.highest("stored-as-read ");

        Database db;
        const Status opened = db.open(path);
        INFO("run " << run << ": " << opened.error().message.toStdString() << " "
                    << opened.error().detail.toStdString() << "\n"
                    << child.output().right(300).toStdString());
        REQUIRE(opened);
        REQUIRE(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        Query q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO crash_fts(crash_fts) VALUES('integrity-check')")));
        const qint64 highest =
            value(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM crash_row")).toLongLong();
        const qint64 rows = value(db, QStringLiteral("SELECT count(*) FROM crash_row")).toLongLong();
        const qint64 lowest =
            value(db, QStringLiteral("SELECT coalesce(min(id), 0) FROM crash_row")).toLongLong();
        INFO("acknowledged " << acknowledged << ", highest " << highest << ", rows " << rows << ", lowest "
                             << lowest);
        CHECK(highest >= acknowledged);
        // Whole transactions only: the rows are exactly the last 3000 ids (or all of them), in
        // both tables.
        CHECK(rows == std::min<qint64>(highest, 3000));
        CHECK(lowest == (highest == 0 ? 0 : std::max<qint64>(1, highest - 2999)));
        CHECK(value(db, QStringLiteral("SELECT count(*) FROM crash_fts")).toLongLong() == rows);
    }
    WARN(n << " runs killed with SIGKILL; " << total
           << " rows written in all; the children's checkpoints stored " << storedAsRead
           << " pages as their WAL frame's image");
    CHECK(total > 0);
    CHECK(storedAsRead > 0);
}

TEST_CASE("two processes write one encrypted file at once", "[encryption][crash]")
{
    test::ForgetKeysAtEnd forget;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    const crypto::SecretBytes key = test::testKey(6);
    EncryptedVfs::setKey(path, key);
    {
        Database db; // the schema first, so that the writers do not race to create it
        REQUIRE(db.open(path));
    }
    const int commits = 150;
    Child a({QStringLiteral("append"), path, QString::fromLatin1(test::keyHex(key)), QStringLiteral("1"),
             QString::number(commits)});
    Child b({QStringLiteral("append"), path, QString::fromLatin1(test::keyHex(key)), QStringLiteral("2"),
             QString::number(commits)});
    const bool aDone = a.finish();
    const bool bDone = b.finish();
    INFO(a.output().toStdString() << "\n" << b.output().toStdString());
    REQUIRE(aDone);
    REQUIRE(bDone);
    Database db;
    REQUIRE(db.open(path));
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM crash_append WHERE writer = 1")) ==
          QString::number(commits));
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM crash_append WHERE writer = 2")) ==
          QString::number(commits));
    CHECK(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("SIGKILL during encryptInPlace leaves a plain or an encrypted file with every row",
          "[encryption][crash]")
{
    test::ForgetKeysAtEnd forget;
    const quint32 s = seed();
    WARN("FIELDFILE_SEED=" << s);
    QRandomGenerator random(s);
    QTemporaryDir dir;
    const crypto::SecretBytes key = test::testKey(7);
    const QList<QByteArray> canaries = {QByteArrayLiteral("CANARY-in-place-7f3e")};

    // The template: a plain file with a hot WAL (a crash of the Fieldfile that wrote it).
    const QString source = dir.filePath(QStringLiteral("source/test.db"));
    const QString hot = dir.filePath(QStringLiteral("hot"));
    QByteArray hash;
    {
        Database db;
        REQUIRE(db.open(source));
        Query q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE bulk(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")));
        for (int batch = 0; batch < 20; ++batch) {
            WriteTransaction tx(db);
            for (int i = 0; i < 1000; ++i) {
                REQUIRE(q.prepare(QStringLiteral("INSERT INTO bulk(body) VALUES(?)")));
                q.addBindValue(QStringLiteral("CANARY-in-place-7f3e row %1 %2")
                                   .arg(batch * 1000 + i)
                                   .arg(QString(120, QLatin1Char('z'))));
                REQUIRE(q.exec());
            }
            REQUIRE(tx.commit());
        }
        hash = test::TempDatabase::dumpHash(db);
        test::snapshotFiles(QFileInfo(source).absolutePath(), hot, QStringLiteral("test.db"));
    }
    const auto fresh = [&](int run) {
        const QString folder = dir.filePath(QStringLiteral("run%1").arg(run));
        test::snapshotFiles(hot, folder, QStringLiteral("test.db"));
        return QDir(folder).filePath(QStringLiteral("test.db"));
    };

    // How long an uninterrupted run takes, to kill across all of it.
    qint64 duration = 0;
    {
        const QString path = fresh(0);
        Child child({QStringLiteral("encrypt"), path, QString::fromLatin1(test::keyHex(key))});
        REQUIRE(child.waitFor("ready"));
        QElapsedTimer timer;
        timer.start();
        const bool done = child.finish();
        duration = timer.elapsed();
        INFO(child.output().toStdString());
        REQUIRE(done);
        EncryptedVfs::setKey(path, key);
        Database db;
        REQUIRE(db.open(path));
        CHECK(test::TempDatabase::dumpHash(db) == hash);
    }
    WARN("encryptInPlace of a " << QFileInfo(source).size() / 1024 << " KiB file with a "
                                << QFileInfo(QDir(hot).filePath(QStringLiteral("test.db-wal"))).size() / 1024
                                << " KiB hot WAL takes " << duration << " ms in the child");

    int plain = 0;
    int encrypted = 0;
    const int n = runs();
    for (int run = 1; run <= n; ++run) {
        const QString path = fresh(run);
        Child child({QStringLiteral("encrypt"), path, QString::fromLatin1(test::keyHex(key))});
        REQUIRE(child.waitFor("ready"));
        QThread::msleep(random.bounded(qint64(duration * 11 / 10 + 2)));
        child.killHard();
        INFO("run " << run << ": " << child.output().toStdString());

        EncryptedVfs::forgetKey(path);
        REQUIRE(PlainFileEncryptor::recover(path));
        CHECK_FALSE(PlainFileEncryptor::isInterrupted(path));
        const bool isPlain = PlainFileEncryptor::isPlain(path);
        if (isPlain) {
            ++plain;
        } else {
            ++encrypted;
            EncryptedVfs::setKey(path, key);
            CHECK(test::canaryHits(QFileInfo(path).absolutePath(), canaries).isEmpty());
        }
        Database db;
        const Status opened = db.open(path);
        INFO((isPlain ? "plain: " : "encrypted: ")
             << opened.error().message.toStdString() << " " << opened.error().detail.toStdString());
        REQUIRE(opened);
        CHECK(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        CHECK(test::TempDatabase::dumpHash(db) == hash);
        db.close();
        // A later call finishes the job.
        if (isPlain) {
            const Status again = PlainFileEncryptor::encryptInPlace(path, key);
            INFO("encrypting again: " << again.error().message.toStdString() << " "
                                      << again.error().detail.toStdString());
            REQUIRE(again);
            EncryptedVfs::setKey(path, key);
            REQUIRE(db.open(path));
            CHECK(test::TempDatabase::dumpHash(db) == hash);
            db.close();
        }
        CHECK(test::canaryHits(QFileInfo(path).absolutePath(), canaries).isEmpty());
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
    }
    WARN(n << " encryptions killed with SIGKILL: " << plain << " left plain (rolled back), " << encrypted
           << " encrypted (finished)");
}
