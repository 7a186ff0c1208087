// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/StartDialog.h"

#include "core/profile/ProfileOpener.h"
#include "core/schema/Role.h"
#include "ui/widgets/BackgroundPool.h"
#include "ui/widgets/ErrorLabel.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QVBoxLayout>

namespace ff {

namespace {
QString describe(const ProfileIdentity& who)
{
    const QString role = roleFromName(who.role) ? roleLabel(*roleFromName(who.role)) : who.role;
    QString text = who.displayName.isEmpty() ? who.user : who.displayName;
    if (text.isEmpty())
        text = StartDialog::tr("(not connected to a county yet)");
    if (!role.isEmpty())
        text += QStringLiteral(" — ") + role;
    if (!who.station.isEmpty())
        text += QStringLiteral(" · ") + who.station;
    return text;
}
} // namespace

StartDialog::StartDialog(const ProfileDirectory& profiles, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_pages(new QStackedWidget(this)), m_waitTimer(new QTimer(this)),
      m_unlock(new QFutureWatcher<Status>(this))
{
    setWindowTitle(tr("Fieldfile"));
    for (ProfileDirectory::Entry& e : m_profiles.profiles()) {
        if (!e.keyFile.isDemo())
            m_entries.append(std::move(e));
    }
    m_pages->addWidget(makeWelcomePage());
    m_pages->addWidget(makeSignInPage());
    m_pages->setCurrentIndex(m_entries.isEmpty() ? 0 : 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &StartDialog::updateSignIn);
    connect(m_unlock, &QFutureWatcher<Status>::finished, this, &StartDialog::signInFinished);
    armWait();
    resize(560, sizeHint().height());
}

StartDialog::~StartDialog() { m_unlock->waitForFinished(); }

QWidget* StartDialog::makeWelcomePage()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("<h2>Welcome to Fieldfile</h2>"), page);
    auto* intro = new QLabel(tr("One file per household, on this laptop, usable without a connection for "
                                "days. How would you like to start?"),
                             page);
    intro->setWordWrap(true);
    auto* demo = new QCommandLinkButton(
        tr("Try Fieldfile with demo data"),
        tr("A caseload of invented households to learn with. It stays on this laptop and is never sent "
           "to a county."),
        page);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto* connectButton = new QCommandLinkButton(
        tr("Connect to your county"),
        tr("For real work. You need the server address and the one-time enrollment code from your "
           "county's IT staff, and you choose a password that protects the data on this laptop."),
        page);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(connectButton, &QPushButton::clicked, this, [this] { choose(Choice::Connect); });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(connectButton);
    layout->addWidget(demo);
    layout->addStretch();
    return page;
}

QWidget* StartDialog::makeSignInPage()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("<h2>Sign in</h2>"), page);
    m_error = new ErrorLabel(page);
    m_profile = new QComboBox(page);
    m_profile->setObjectName(QStringLiteral("profileBox"));
    for (const ProfileDirectory::Entry& e : std::as_const(m_entries))
        m_profile->addItem(describe(e.keyFile.identity()), e.folder);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_wait = new QLabel(page);
    m_wait->setWordWrap(true);
    m_signIn = new QPushButton(tr("Sign in"), page);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Who:"), m_profile);
    form->addRow(tr("Password:"), m_password);
    auto* others = new QHBoxLayout;
    auto* connectOther = new QPushButton(tr("Connect another person…"), page);
    connectOther->setToolTip(
        tr("A shared station laptop: each person connects once with their own enrollment code and password"));
    auto* demo = new QPushButton(tr("Open the demo"), page);
    demo->setToolTip(tr("Invented households to learn with; never sent to the county"));
    others->addWidget(connectOther);
    others->addWidget(demo);
    others->addStretch();
    others->addWidget(m_signIn);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_wait);
    layout->addStretch();
    layout->addLayout(others);
    connect(m_signIn, &QPushButton::clicked, this, &StartDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &StartDialog::signIn);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_error->showError({});
        armWait();
    });
    connect(connectOther, &QPushButton::clicked, this, [this] { choose(Choice::Connect); });
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    m_password->setFocus();
    return page;
}

void StartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

QString StartDialog::errorText() const { return m_error->shownText(); }

bool StartDialog::isSigningIn() const { return m_unlock->isRunning(); }

int StartDialog::failures() const
{
    ProfileKeyFile keyFile;
    const QString folder = m_profile->currentData().toString();
    return ProfileKeyFile::read(ProfileDirectory::keyFilePath(folder), &keyFile) ? keyFile.failedAttempts()
                                                                                 : 0;
}

void StartDialog::armWait()
{
    // The wait follows the wrong passwords counted in the key file, so quitting and starting again
    // does not skip it.
    const int wait = m_profile ? ProfileOpener::retryDelaySeconds(failures()) : 0;
    m_waitUntilMs = QDateTime::currentMSecsSinceEpoch() + qint64(wait) * 1000;
    if (wait > 0)
        m_waitTimer->start();
    updateSignIn();
}

void StartDialog::updateSignIn()
{
    if (!m_signIn)
        return;
    const qint64 left = m_waitUntilMs - QDateTime::currentMSecsSinceEpoch();
    const bool waiting = left > 0;
    m_signIn->setEnabled(!waiting && !m_unlock->isRunning() && m_profile->count() > 0);
    m_wait->setVisible(waiting);
    if (waiting)
        m_wait->setText(tr("After several wrong passwords, wait %n second(s) before trying again.", nullptr,
                           int((left + 999) / 1000)));
    else
        m_waitTimer->stop();
}

void StartDialog::signIn()
{
    if (!m_signIn->isEnabled())
        return;
    const QString folder = m_profile->currentData().toString();
    const QString password = m_password->text();
    m_error->showError({});
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Checking…"));
    m_profile->setEnabled(false);
    m_unlock->setFuture(QtConcurrent::run(BackgroundPool::instance(), [this, folder, password] {
        crypto::SecretBytes key;
        Status s = ProfileOpener::unlock(folder, password, &key);
        m_pendingKey = std::move(key); // read on the GUI thread only after finished()
        return s;
    }));
}

void StartDialog::signInFinished()
{
    const Status s = m_unlock->result();
    m_signIn->setText(tr("Sign in"));
    m_profile->setEnabled(true);
    if (!s) {
        m_pendingKey.clear();
        m_error->showError(s.error().message);
        m_password->selectAll();
        m_password->setFocus();
        armWait();
        return;
    }
    m_password->clear();
    m_folder = m_profile->currentData().toString();
    m_dataKey = std::move(m_pendingKey);
    choose(Choice::SignedIn);
}

} // namespace ff
