// The Accounts page's "Manage" menu against a real Pebble and the real keyring: contacts changed
// at the CA, the key rolled over (the keychain holds a new key the CA accepts), the account
// deactivated (the CA refuses it afterwards, the status turns red), and removal, which says what
// it means before anything is deleted. Each dialog is answered the way an administrator would.
#include "GuiTestHelpers.h"
#include "core/acme/AcmeClient.h"
#include "core/jobs/RegistrationJob.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AccountRepository.h"
#include "models/AccountListModel.h"
#include "ui/AccountsPage.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {
constexpr int ServerTimeoutMs = 60000;
} // namespace

class TestAccountActions : public QObject
{
    Q_OBJECT

    GuiTestEnvironment m_env;

    template <typename T> T *find(const QObject *root, const QString &name)
    {
        return root->findChild<T *>(name);
    }

    qint64 registerAccount(const QString &name, int eabIndex)
    {
        const auto pair = m_env.ca->eab(eabIndex);
        auto hmac = decodeEabHmac(pair.hmacKey);
        if (!hmac)
            return 0;
        RegistrationRequest req;
        req.name = name;
        req.preset = QString(presetids::LocalTest);
        req.directoryUrl = m_env.ca->directoryUrl();
        req.localTestCa = true;
        req.caBundlePem = m_env.ca->caBundlePem();
        req.eabKeyId = pair.keyId;
        req.eabHmac = hmac->key;
        req.emails = {QStringLiteral("admin@example.org")};
        req.agreeToTerms = true;
        RegistrationJob job(m_env.services(), req);
        auto ok = await<bool>([&](auto done) {
            connect(&job, &RegistrationJob::finished, this, done);
            job.start();
        });
        if (!ok || !*ok)
            return 0;
        auto a = AccountRepository(*m_env.db).findByName(name);
        return a.ok() && a->has_value() ? (*a)->id : 0;
    }

    Account account(qint64 id)
    {
        auto a = AccountRepository(*m_env.db).findById(id);
        return a.ok() && a->has_value() ? **a : Account{};
    }

    // Picks the account's row and triggers the Manage menu's entry for `action`.
    void trigger(MainWindow &window, qint64 accountId, AccountActions::Action action)
    {
        auto *table = find<QTableView>(&window, QStringLiteral("accountsTable"));
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(AccountListModel::AccountIdRole).toLongLong() ==
                accountId)
                table->selectRow(r);
        }
        auto *manage = find<QPushButton>(&window, QStringLiteral("manageAccountButton"));
        QVERIFY(manage->isEnabled());
        auto *a = find<QAction>(manage->menu(), QStringLiteral("accountAction%1").arg(int(action)));
        QVERIFY(a);
        a->trigger();
    }

    // Runs `answer` on the dialog named `name` once it is the active modal widget.
    void whenModal(const QString &name, std::function<void(QWidget *)> answer,
                   QString *seen = nullptr)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [poll, name, answer, seen] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w || w->objectName() != name)
                return;
            poll->deleteLater();
            if (auto *box = qobject_cast<QMessageBox *>(w); box && seen)
                *seen = box->text() + QLatin1Char('\n') + box->informativeText();
            answer(w);
        });
        poll->start();
    }

    void awaitIdle(MainWindow &window)
    {
        auto *state = find<QLabel>(&window, QStringLiteral("accountActionState"));
        auto *manage = find<QPushButton>(&window, QStringLiteral("manageAccountButton"));
        QTRY_VERIFY2_WITH_TIMEOUT(manage->isEnabled() && state->isVisible(),
                                  qPrintable(state->text()), ServerTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("Pebble is not installed (Debian package pebble)");
        LocalTestCa::Options options;
        options.extraEabKeys = 2;
        m_env.start(options);
    }

    void contactsKeyAndDeactivation()
    {
        const qint64 id = registerAccount(QStringLiteral("Web team"), 1);
        QVERIFY(id > 0);
        MainWindow window(m_env.services(), m_env.ca.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::AccountsPageIndex);
        QTRY_VERIFY(find<QPushButton>(&window, QStringLiteral("addAccountButton"))->isEnabled());
        auto *state = find<QLabel>(&window, QStringLiteral("accountActionState"));

        // Contacts: a wrong address keeps "Send" disabled and says why; a right one goes to
        // the CA.
        whenModal(QStringLiteral("contactsDialog"), [this](QWidget *d) {
            auto *edit = find<QLineEdit>(d, QStringLiteral("contactsEdit"));
            auto *hint = find<QLabel>(d, QStringLiteral("contactsHint"));
            auto *send = find<QDialogButtonBox>(d, QString())->button(QDialogButtonBox::Save);
            edit->setText(QStringLiteral("ops@example.org, not-an-address"));
            QVERIFY(!send->isEnabled());
            QVERIFY(hint->text().contains(QLatin1String("not-an-address")));
            edit->setText(QStringLiteral("ops@example.org, pki@example.org"));
            QVERIFY(send->isEnabled());
            send->click();
        });
        trigger(window, id, AccountActions::Action::Contacts);
        awaitIdle(window);
        QVERIFY2(state->text().contains(QLatin1String("new contacts")), qPrintable(state->text()));
        QCOMPARE(account(id).contacts, (QStringList{QStringLiteral("mailto:ops@example.org"),
                                                    QStringLiteral("mailto:pki@example.org")}));

        // Key rollover to P-384: the keychain's key changes, and the CA accepts the new one.
        const Account before = account(id);
        whenModal(QStringLiteral("rolloverDialog"), [this](QWidget *d) {
            auto *type = find<QComboBox>(d, QStringLiteral("rolloverKeyType"));
            type->setCurrentIndex(type->findData(keyTypeName(KeyType::EcP384)));
            find<QPushButton>(d, QStringLiteral("rolloverButton"))->click();
        });
        trigger(window, id, AccountActions::Action::Rollover);
        awaitIdle(window);
        QVERIFY2(state->text().contains(QLatin1String("new")), qPrintable(state->text()));
        const Account after = account(id);
        QCOMPARE(after.keyType, KeyType::EcP384);
        QCOMPARE(after.accountUrl, before.accountUrl);
        auto pem = await<Result<SecureBytes>>(
            [&](auto done) { m_env.secrets->read(secretkeys::accountKey(id), done); });
        QVERIFY(pem && pem->ok());
        auto key = KeyPair::fromPem(pem->value().bytes());
        QVERIFY(key.ok());
        AcmeClient client(ServerOptions::forAccount(after));
        client.setAccountKey(*key, after.accountUrl);
        auto fetched = await<Result<AccountInfo>>([&](auto done) { client.fetchAccount(done); });
        QVERIFY(fetched);
        QVERIFY2(fetched->ok(), fetched->ok() ? "" : qPrintable(fetched->error().message));

        // Deactivation: the dialog says what it means; afterwards the status is deactivated.
        QString seen;
        whenModal(
            QStringLiteral("deactivateDialog"),
            [this](QWidget *d) {
                find<QPushButton>(d, QStringLiteral("confirmDeactivateButton"))->click();
            },
            &seen);
        trigger(window, id, AccountActions::Action::Deactivate);
        awaitIdle(window);
        QVERIFY(seen.contains(QLatin1String("cannot be undone")));
        QVERIFY(seen.contains(QLatin1String("stay valid")));
        QCOMPARE(account(id).status, accountstatus::Deactivated);
        auto *table = find<QTableView>(&window, QStringLiteral("accountsTable"));
        QTRY_COMPARE(table->model()
                         ->index(0, int(AccountListModel::Column::Status))
                         .data(AccountListModel::StatusRole)
                         .toString(),
                     accountstatus::Deactivated);

        // Removal asks first; cancelled, nothing goes; confirmed, the account and its key go.
        whenModal(
            QStringLiteral("removeAccountDialog"),
            [](QWidget *d) {
                qobject_cast<QMessageBox *>(d)->button(QMessageBox::Cancel)->click();
            },
            &seen);
        trigger(window, id, AccountActions::Action::Remove);
        QTRY_VERIFY(seen.contains(QLatin1String("not deactivated at the CA")) ||
                    seen.contains(QLatin1String("keychain")));
        QVERIFY(account(id).id == id);
        whenModal(QStringLiteral("removeAccountDialog"), [this](QWidget *d) {
            find<QPushButton>(d, QStringLiteral("confirmRemoveAccountButton"))->click();
        });
        trigger(window, id, AccountActions::Action::Remove);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("removed")), ServerTimeoutMs);
        QCOMPARE(account(id).id, qint64(0));
        auto gone = await<Result<SecureBytes>>(
            [&](auto done) { m_env.secrets->read(secretkeys::accountKey(id), done); });
        QVERIFY(gone && !gone->ok());
    }
};

QTEST_MAIN(TestAccountActions)
#include "tst_accountactions.moc"
