// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ff_crash_writer: a child process for the encryption tests (EncryptionCrashTest.cpp), which kill it
// with SIGKILL at random moments and then check the file it was writing.
//
//   ff_crash_writer write   <db> <key hex> <seed>           transactions until killed; after each
//                                                            COMMIT prints "committed <highest id>",
//                                                            after each checkpoint "stored-as-read <n>"
//                                                            (EncryptedVfs::checkpointedFramesStoredAsRead)
//   ff_crash_writer append  <db> <key hex> <writer> <count> count commits of one row each, then exits
//   ff_crash_writer encrypt <db> <key hex>                   PlainFileEncryptor::encryptInPlace
//
// It prints "ready" once the file is open (or, for encrypt, just before encrypting). The key on the
// command line is a test key: the product never passes a key as an argument.
#include "core/crypto/SecretBytes.h"
#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace ff;

namespace {

/// Rows kept in crash_row: each transaction deletes those more than this far below the newest.
constexpr qint64 kWindow = 3000;

int fail(const QString& what)
{
    std::fprintf(stdout, "error %s\n", what.toUtf8().constData());
    std::fflush(stdout);
    return 2;
}

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString randomText(QRandomGenerator& random, int length)
{
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz 张王李赵刘陈杨黄周吴村镇低保");
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(int(random.bounded(alphabet.size())));
    return text;
}

bool run(Query& q, const QString& sql, const QVariantList& values = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

int writeUntilKilled(Database& db, quint32 seed)
{
    QRandomGenerator random(seed);
    Query q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS crash_row(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")) ||
        !q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS crash_fts USING fts5(body)")) ||
        !q.exec(storage::EncryptedVfs::ftsPageSizeStatement(QStringLiteral("crash_fts"))))
        return fail(q.lastErrorText());
    say("ready");
    for (qint64 commit = 1;; ++commit) {
        WriteTransaction tx(db);
        if (!tx.isOpen())
            return fail(tx.error());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM crash_row")) || !q.next())
            return fail(q.lastErrorText());
        qint64 id = q.value(0).toLongLong();
        q.finish();
        const int rows = int(random.bounded(1, 21));
        for (int i = 0; i < rows; ++i) {
            ++id;
            const QString body = randomText(random, int(random.bounded(40, 300)));
            if (!run(q, QStringLiteral("INSERT INTO crash_row(id, body) VALUES(?, ?)"), {id, body}) ||
                !run(q, QStringLiteral("INSERT INTO crash_fts(rowid, body) VALUES(?, ?)"), {id, body}))
                return fail(q.lastErrorText());
        }
        if (random.bounded(4) == 0) {
            const qint64 target = id - random.bounded(qint64(50)) - 1;
            const QString body = randomText(random, 120);
            if (!run(q, QStringLiteral("UPDATE crash_row SET body = ? WHERE id = ?"), {body, target}) ||
                !run(q, QStringLiteral("UPDATE crash_fts SET body = ? WHERE rowid = ?"), {body, target}))
                return fail(q.lastErrorText());
        }
        if (!run(q, QStringLiteral("DELETE FROM crash_row WHERE id <= ?"), {id - kWindow}) ||
            !run(q, QStringLiteral("DELETE FROM crash_fts WHERE rowid <= ?"), {id - kWindow}))
            return fail(q.lastErrorText());
        if (!tx.commit())
            return fail(tx.error());
        say("committed " + QByteArray::number(id));
        if (commit % 25 == 0)
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (commit % 97 == 0)
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        if (commit % 25 == 0 || commit % 97 == 0)
            say("stored-as-read " +
                QByteArray::number(storage::EncryptedVfs::checkpointedFramesStoredAsRead()));
    }
}

int append(Database& db, int writer, int count)
{
    Query q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS crash_append(writer INTEGER NOT NULL, seq INTEGER NOT NULL,"
            " body TEXT NOT NULL, PRIMARY KEY(writer, seq))")))
        return fail(q.lastErrorText());
    say("ready");
    QRandomGenerator random{quint32(writer)};
    for (int seq = 1; seq <= count; ++seq) {
        WriteTransaction tx(db);
        if (!tx.isOpen())
            return fail(tx.error());
        if (!run(q, QStringLiteral("INSERT INTO crash_append(writer, seq, body) VALUES(?, ?, ?)"),
                 {writer, seq, randomText(random, 200)}))
            return fail(q.lastErrorText());
        if (!tx.commit())
            return fail(tx.error());
    }
    say("done");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: ff_crash_writer write|append|encrypt <db> <key hex> ..."));
    const QString mode = args.at(1);
    const QString path = args.at(2);
    const QByteArray keyBytes = QByteArray::fromHex(args.at(3).toLatin1());
    const crypto::SecretBytes key = crypto::SecretBytes::copyOf(keyBytes.constData(), int(keyBytes.size()));
    if (Status s = storage::EncryptedVfs::install(); !s)
        return fail(s.error().detail);

    if (mode == QStringLiteral("encrypt")) {
        say("ready");
        if (Status s = storage::PlainFileEncryptor::encryptInPlace(path, key); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail);
        say("done");
        return 0;
    }

    storage::EncryptedVfs::setKey(path, key);
    Database db;
    if (Status s = db.open(path); !s)
        return fail(s.error().message + QLatin1Char(' ') + s.error().detail);
    if (mode == QStringLiteral("write") && args.size() >= 5)
        return writeUntilKilled(db, args.at(4).toUInt());
    if (mode == QStringLiteral("append") && args.size() >= 6)
        return append(db, args.at(4).toInt(), args.at(5).toInt());
    return fail(QStringLiteral("unknown mode ") + mode);
}
