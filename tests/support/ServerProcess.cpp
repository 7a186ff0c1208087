// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QHash>

#include <QRegularExpression>

namespace ff::test {

QProcessEnvironment english()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

namespace {
QHash<QString, QString>& keyFiles()
{
    static QHash<QString, QString> files;
    return files;
}
} // namespace

void useKeyFile(const QString& database, const QString& keyFile) { keyFiles().insert(database, keyFile); }

QString keyFileOf(const QString& database)
{
    return keyFiles().value(database, database + QStringLiteral(".keys"));
}

QStringList databaseArguments(const QString& database)
{
    QStringList args{QStringLiteral("--database"), database};
    if (keyFiles().contains(database))
        args << QStringLiteral("--keys") << keyFiles().value(database);
    return args;
}

AdminRun tryAdmin(const QString& database, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(english());
    p.start(QStringLiteral(FIELDFILE_SERVER_BINARY), databaseArguments(database) + args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

RunningServer::RunningServer(const QString& database, const QStringList& extra)
{
    m_process.setProcessEnvironment(english());
    m_process.start(
        QStringLiteral(FIELDFILE_SERVER_BINARY),
        databaseArguments(database) +
            QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
            extra);
    QString line;
    auto complete = [&] {
        // The address line; over HTTPS also the certificate's fingerprint after it.
        return line.count(QLatin1Char('\n')) >= (line.contains(QStringLiteral("https://")) ? 2 : 1);
    };
    while (!complete() && m_process.waitForReadyRead(10000))
        line += QString::fromUtf8(m_process.readAllStandardOutput());
    output = line;
    url = QUrl(QRegularExpression(QStringLiteral("(https?://127\\.0\\.0\\.1:\\d+)")).match(line).captured(1));
}

QString RunningServer::log()
{
    m_process.waitForReadyRead(200);
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

qint64 RunningServer::memoryKiB(const char* field) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void RunningServer::resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/%1/clear_refs").arg(m_process.processId()));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
    refs.close();
    m_peakBase = memoryKiB("VmHWM");
}

RunningServer::~RunningServer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

} // namespace ff::test
