// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supported deployment, end to end: the real nginx, running the shipped
// packaging/nginx/fieldfile-server.conf, terminates TLS in front of the real fieldfile-server, and a
// laptop enrolls and syncs through it (docs/deployment.md).
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/RequestSignature.h"
#include "core/sync/ServerTrust.h"
#include "core/sync/SyncClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <pwd.h>
#include <unistd.h>

using namespace ff;

using test::admin;
using test::enrollmentCode;
using test::RunningServer;

using test::Laptop;
using test::message;

namespace {
/// The nginx program, or empty when it is not installed.
QString nginxProgram()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    return found;
}

/// A port nobody listens on now.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Replaces every `from` in `text` by `to`, and fails the test when the shipped file has no `from`:
/// the test never runs something else than it believes.
void substitute(QString& text, const QString& from, const QString& to)
{
    INFO("packaging/nginx/fieldfile-server.conf no longer contains: " << from.toStdString());
    REQUIRE(text.contains(from));
    text.replace(from, to);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The real nginx, as a child process in the foreground, with its configuration, pid file, logs
/// and temporary files in `dir`. Run as root (CI is), it runs as the user nobody instead, whom
/// `dir` is given to: nginx is tested unprivileged.
class RunningNginx
{
public:
    RunningNginx(const QString& program, const QString& dir, quint16 port) : m_dir(dir)
    {
        const QStringList args = {QStringLiteral("-p"), dir,
                                  QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                                  QStringLiteral("-g"), QStringLiteral("daemon off;")};
        if (::geteuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody) {
                failure = QStringLiteral("running as root, and there is no user nobody to run nginx as");
                return;
            }
            QStringList paths{dir};
            for (const QString& name : QDir(dir).entryList(QDir::Files))
                paths << QDir(dir).filePath(name);
            for (const QString& path : std::as_const(paths)) {
                if (::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
                    failure = QStringLiteral("cannot give %1 to the user nobody").arg(path);
                    return;
                }
            }
            m_process.start(QStringLiteral("setpriv"),
                            QStringList{QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                                        QStringLiteral("--regid=%1").arg(nobody->pw_gid),
                                        QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                                args);
        } else {
            m_process.start(program, args);
        }
        // Ready when it accepts connections; a configuration it refuses makes it exit at once.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200)) {
                url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
                return;
            }
            m_process.waitForFinished(100);
        }
        failure = QStringLiteral("nginx did not start (exit code %1): %2%3%4")
                      .arg(m_process.exitCode())
                      .arg(QString::fromUtf8(m_process.readAllStandardError()),
                           read(QStringLiteral("error.log")), errorLog());
    }
    ~RunningNginx()
    {
        m_process.terminate(); // nginx's fast shutdown
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    /// What nginx logged about requests and about itself.
    QString accessLog() const { return read(QStringLiteral("fieldfile-server.access.log")); }
    QString errorLog() const { return read(QStringLiteral("fieldfile-server.error.log")); }

    QUrl url; ///< Empty when nginx did not start.
    QString failure;

private:
    QString read(const QString& name) const
    {
        QFile file(QDir(m_dir).filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QString m_dir;
    QProcess m_process;
};

/// A plain request through nginx, without any signature, trusting its certificate for this request.
struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray serverTime;
};
Answer get(const QUrl& url, const QByteArray& language)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), language);
    QNetworkReply* reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError>& errors) { reply->ignoreSslErrors(errors); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader(RequestSignature::kServerTime)};
    delete reply;
    return answer;
}

/// Sends raw bytes over TLS and returns what comes back, at least the status line and headers.
QByteArray exchange(const QUrl& url, const QByteArray& request)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!socket.waitForEncrypted(10000))
        return "no TLS: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}
} // namespace

TEST_CASE("a laptop enrolls and syncs through nginx with the shipped configuration, in front of the real "
          "server",
          "[sync][e2e][proxy]")
{
    const QString nginx = nginxProgram();
    if (nginx.isEmpty())
        FAIL("nginx is not installed: this test runs the real nginx with "
             "packaging/nginx/fieldfile-server.conf. "
             "Install it with packaging/install-deps.sh (or apt-get install nginx).");

    // The county: a caseworker, and the server on 127.0.0.1 over plain HTTP, told that nginx is its
    // proxy, as packaging/systemd/fieldfile-server.service starts it.
    QTemporaryDir countyDir;
    const QString db = countyDir.filePath(QStringLiteral("county.db"));
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db, {QStringLiteral("--proxy"), QStringLiteral("127.0.0.1")});
    REQUIRE(server.url.scheme() == QStringLiteral("http"));

    // nginx's folder, readable by the user nobody when the test runs as root.
    QTemporaryDir proxyDir(::geteuid() == 0 ? QStringLiteral("/tmp/fieldfile-nginx-XXXXXX")
                                            : QDir::tempPath() + QStringLiteral("/fieldfile-nginx-XXXXXX"));
    REQUIRE(proxyDir.isValid());
    const QString dir = proxyDir.path();
    const QString cert = dir + QStringLiteral("/county.pem");
    const QString key = dir + QStringLiteral("/county.key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);

    // The shipped site file, with only its addresses and paths moved into the temporary folder.
    QFile shipped(QStringLiteral(FIELDFILE_NGINX_CONF));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QString site = QString::fromUtf8(shipped.readAll());
    const quint16 port = freePort();
    REQUIRE(port != 0);
    substitute(site, QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(port));
    substitute(site, QStringLiteral("server 127.0.0.1:8080;"),
               QStringLiteral("server 127.0.0.1:%1;").arg(server.url.port()));
    substitute(site, QStringLiteral("/etc/ssl/certs/fieldfile-server.pem"), cert);
    substitute(site, QStringLiteral("/etc/ssl/private/fieldfile-server.key"), key);
    substitute(site, QStringLiteral("/var/log/nginx/"), dir + QLatin1Char('/'));
    REQUIRE(writeFile(dir + QStringLiteral("/fieldfile-server.conf"), site.toUtf8()));
    // What Debian's /etc/nginx/nginx.conf provides around a site file, in the temporary folder.
    const QString main = QStringLiteral("pid %1/nginx.pid;\n"
                                        "error_log %1/error.log;\n"
                                        "worker_processes 1;\n"
                                        "events { worker_connections 64; }\n"
                                        "http {\n"
                                        "    access_log %1/access.log;\n"
                                        "    client_body_temp_path %1/body;\n"
                                        "    proxy_temp_path %1/proxy;\n"
                                        "    fastcgi_temp_path %1/fastcgi;\n"
                                        "    uwsgi_temp_path %1/uwsgi;\n"
                                        "    scgi_temp_path %1/scgi;\n"
                                        "    include %1/fieldfile-server.conf;\n"
                                        "}\n")
                             .arg(dir);
    REQUIRE(writeFile(dir + QStringLiteral("/nginx.conf"), main.toUtf8()));

    RunningNginx proxy(nginx, dir, port);
    INFO(proxy.failure.toStdString());
    REQUIRE(proxy.url.isValid());

    // The laptop trusts nginx's self-signed certificate only with its fingerprint.
    QFile certFile(cert);
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    const QString fingerprint = ServerTrust::fingerprint(QSslCertificate(&certFile, QSsl::Pem));
    Laptop laptop;
    const QString code = enrollmentCode(db, QStringLiteral("王芳"));
    CHECK(message(laptop.enroll(proxy.url, code)).contains(QStringLiteral("fingerprint")));
    {
        const Status enrolled = laptop.enroll(proxy.url, code, fingerprint);
        INFO("nginx's error log: " << proxy.errorLog().toStdString());
        REQUIRE(message(enrolled) == QStringLiteral("ok"));
    }

    // A household filed on the laptop reaches the county (push), and the caseworker's second laptop
    // receives it (pull), both through nginx: every signed request arrives with its path, query and
    // headers as the laptop signed them, and the pull's X-Fieldfile-* headers come back.
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(laptop.data.db(), test::as(QStringLiteral("王芳"))).save(file));
    REQUIRE(message(laptop.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(laptop.data.db()).unsentCount() == 0);
    CHECK(DeviceSync(laptop.data.db()).lastSync().isValid());
    Laptop second;
    REQUIRE(message(second.enroll(proxy.url, enrollmentCode(db, QStringLiteral("王芳")), fingerprint)) ==
            QStringLiteral("ok"));
    REQUIRE(message(second.sync()) == QStringLiteral("ok"));
    CHECK(second.heads() == QStringList{QStringLiteral("张伟")});
    CHECK(test::TempDatabase::dumpRecords(second.data.db()) ==
          test::TempDatabase::dumpRecords(laptop.data.db()));
    CHECK(DeviceSync(second.data.db()).pullCursor() > 0);
    // It went through nginx, and the server answered it (a fresh laptop asks for larger pages).
    const QString access = proxy.accessLog();
    CHECK(access.contains(QStringLiteral("\"POST /api/v1/push HTTP/1.1\" 200")));
    CHECK(access.contains(QStringLiteral("\"GET /api/v1/pull?device=%1&after=0&own=0&limit=%2 HTTP/1.1\" 200")
                              .arg(DeviceSync(second.data.db()).deviceId())
                              .arg(SyncClient::kProvisioningPageChanges)));
    CHECK(server.log().contains(QStringLiteral("\"path\":\"/api/v1/pull\"")));

    // Unsigned, a pull through the proxy gets the server's 401, in the language asked for, with the
    // county's clock; no data.
    const QUrl pull(
        proxy.url.toString() +
        QStringLiteral("/api/v1/pull?device=%1&after=0").arg(DeviceSync(second.data.db()).deviceId()));
    const Answer english = get(pull, QByteArrayLiteral("en"));
    CHECK(english.status == 401);
    CHECK(QJsonDocument::fromJson(english.body).object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("This request is not signed by an enrolled device."));
    CHECK(english.serverTime.toLongLong() > 0);
    const Answer chinese = get(pull, QByteArrayLiteral("zh-CN"));
    CHECK(chinese.status == 401);
    CHECK(QJsonDocument::fromJson(chinese.body).object().value(QStringLiteral("error")).toString() ==
          QStringLiteral("该请求没有已登记设备的签名。"));

    // The proxy's own limits: nothing but /api/v1/ is served, and a body over the server's 256 MiB
    // is refused before any of it is read.
    CHECK(get(QUrl(proxy.url.toString() + QStringLiteral("/")), QByteArrayLiteral("en")).status == 404);
    CHECK(get(QUrl(proxy.url.toString() + QStringLiteral("/api/v2/ping")), QByteArrayLiteral("en")).status ==
          404);
    CHECK(exchange(proxy.url,
                   "POST /api/v1/push HTTP/1.1\r\nHost: county\r\nContent-Length: 268435457\r\n\r\nFFPK")
              .startsWith("HTTP/1.1 413"));
    CHECK(exchange(proxy.url,
                   "POST /api/v1/enroll HTTP/1.1\r\nHost: county\r\nContent-Length: 16385\r\n\r\n{\"code\":")
              .startsWith("HTTP/1.1 413"));
}
