// The account wizard end to end, offscreen, against a real Pebble (LocalTestCa): paste SCM's
// details, register, find the account in the database, and find the HMAC in no widget.
// Uses the real keychain when its probe says Ready (under a throwaway service name), else an
// in-memory store. Secrets are never printed: only whether they appear.
#include "GuiTestHelpers.h"
#include "core/localca/LocalTestCa.h"
#include "core/scm/Presets.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Database.h"
#include "support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/EndpointPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace acmedesk;

namespace {

constexpr int ServerTimeoutMs = 60000;

QString scmDetails(const QUrl &url, const QString &keyId, const QString &hmac)
{
    return QStringLiteral("ACME URL\n") % url.toString() % QStringLiteral("\nKey ID\n") % keyId %
           QStringLiteral("\nHMAC Key\n") % hmac % QLatin1Char('\n');
}

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registersWithPastedScmDetails();
    void invalidValuesKeepNextDisabled();
    void pastedUrlSwitchesServer();
    void cancelStopsRegistration();

private:
    template <typename T> T *find(const QWidget *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }
    void goToEabPage(AccountWizard &wizard);

    test::GuiTestEnvironment m_env;
    QList<qint64> m_accountIds;
};

void TestAccountWizard::initTestCase()
{
    if (!LocalTestCa::isAvailable())
        QSKIP("Pebble is not installed (Debian package pebble)");
    m_env.start();
}

void TestAccountWizard::cleanupTestCase()
{
    QStringList keys;
    for (const qint64 id : std::as_const(m_accountIds))
        keys << secretkeys::accountKey(id);
    m_env.stop(keys);
}

void TestAccountWizard::goToEabPage(AccountWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    auto *presets = find<QListWidget>(&wizard, "presetList");
    QVERIFY(presets);
    QListWidgetItem *local =
        presets->item(test::presetRow(presets, presetids::LocalTest, EndpointPage::PresetIdRole));
    QVERIFY(local);
    QVERIFY(local->flags() & Qt::ItemIsEnabled);
    presets->setCurrentItem(local);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), ServerTimeoutMs);
    next->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::EabPageId));
}

void TestAccountWizard::registersWithPastedScmDetails()
{
    const LocalTestCa::EabPair eab = m_env.ca->eab(0);
    QVERIFY(!eab.keyId.isEmpty());
    QVERIFY(!eab.hmacKey.isEmpty());

    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // No accounts yet: the empty state invites to add one once the keychain answered.
    auto *addButton = find<QPushButton>(&window, "emptyAddAccountButton");
    QVERIFY(addButton);
    QTRY_VERIFY_WITH_TIMEOUT(addButton->isEnabled(), 30000);
    QVERIFY(find<QWidget>(&window, "emptyStateLabel")->isVisible());
    addButton->click();
    QTRY_VERIFY(window.accountWizard() && window.accountWizard()->isVisible());
    AccountWizard *wizard = window.accountWizard();
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    // (a) SCM: optional.
    QCOMPARE(wizard->currentId(), int(AccountWizard::ScmPageId));
    QVERIFY(next->isEnabled());
    next->click();

    // (b) ACME server: the local test CA; Next waits for its directory.
    QCOMPARE(wizard->currentId(), int(AccountWizard::EndpointPageId));
    QVERIFY(!next->isEnabled());
    goToEabPage(*wizard);
    if (QTest::currentTestFailed())
        return;

    // (c) EAB: pre-filled from the local CA, as SCM would show it.
    auto *keyIdEdit = find<QLineEdit>(wizard, "eabKeyIdEdit");
    auto *hmacEdit = find<QLineEdit>(wizard, "eabHmacEdit");
    QVERIFY(keyIdEdit && hmacEdit);
    QCOMPARE(keyIdEdit->text(), eab.keyId); // a Key ID is not a secret
    QVERIFY(hmacEdit->text() == eab.hmacKey);
    QCOMPARE(hmacEdit->echoMode(), QLineEdit::Password);
    QVERIFY(next->isEnabled());

    // Empty fields block Next; "Paste from SCM" fills them from SCM's details block.
    keyIdEdit->clear();
    hmacEdit->clear();
    QVERIFY(!next->isEnabled());
    QGuiApplication::clipboard()->setText(
        scmDetails(m_env.ca->directoryUrl(), eab.keyId, eab.hmacKey));
    find<QPushButton>(wizard, "pasteButton")->click();
    QCOMPARE(keyIdEdit->text(), eab.keyId);
    QVERIFY(hmacEdit->text() == eab.hmacKey);
    QTRY_VERIFY(next->isEnabled());
    QGuiApplication::clipboard()->clear();
    next->click();

    // (d) Account: a name, and the CA's terms must be accepted.
    QCOMPARE(wizard->currentId(), int(AccountWizard::AccountPageId));
    auto *nameEdit = find<QLineEdit>(wizard, "accountNameEdit");
    auto *tosCheck = find<QCheckBox>(wizard, "tosCheck");
    QVERIFY(nameEdit && tosCheck);
    QVERIFY(!nameEdit->text().isEmpty()); // suggested from the preset
    const QString name = QStringLiteral("GUI test account");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    QCOMPARE(nameEdit->text(), name);
    QVERIFY(tosCheck->isVisible());
    QVERIFY(!next->isEnabled());
    tosCheck->click();
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(find<QCheckBox>(wizard, "forgetHmacCheck")->isChecked());
    next->click();

    // (e) Register, then (f) the result.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AccountWizard::ResultPageId),
                              ServerTimeoutMs);
    const QString accountUrl = find<QLabel>(wizard, "resultAccountUrlLabel")->text();
    QVERIFY2(accountUrl.startsWith(QLatin1String("https://")), qPrintable(accountUrl));

    // The HMAC is in no widget: not in the wizard, not in the main window.
    QCOMPARE(test::widgetsShowing(wizard, eab.hmacKey), QStringList());
    QCOMPARE(test::widgetsShowing(&window, eab.hmacKey), QStringList());

    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.accountWizard());

    // Recorded in the database, valid, with the CA's https account URL.
    auto found = AccountRepository(*m_env.db).findByName(name);
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    const Account account = **found;
    m_accountIds << account.id;
    QCOMPARE(account.status, accountstatus::Valid);
    QCOMPARE(account.accountUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(account.accountUrl.toString(), accountUrl);
    QCOMPARE(account.eabKeyId, eab.keyId);
    QVERIFY(account.localTestCa);
    QVERIFY(!account.hmacKept);

    // The account key is in the secret store, the HMAC is not (it was forgotten).
    const auto hasSecret = [this](const QString &key) {
        auto r = test::await<bool>([this, key](auto done) {
            m_env.secrets->read(key, [done](Result<SecureBytes> secret) { done(secret.ok()); });
        });
        return r && *r;
    };
    QVERIFY(hasSecret(secretkeys::accountKey(account.id)));
    QVERIFY(!hasSecret(secretkeys::accountHmac(account.id)));

    // The Accounts page shows it; the HMAC is still nowhere.
    auto *table = find<QTableView>(&window, "accountsTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->index(0, 0).data().toString(), name);
    QCOMPARE(test::widgetsShowing(&window, eab.hmacKey), QStringList());
    QCOMPARE(
        test::filesContaining(m_env.tmp.filePath(QStringLiteral("data")), {eab.hmacKey.toUtf8()}),
        QStringList());
    // Nor in any settings file the GUI may have written.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (QFileInfo(config).isDir())
        QCOMPARE(test::filesContaining(config, {eab.hmacKey.toUtf8()}), QStringList());
}

void TestAccountWizard::invalidValuesKeepNextDisabled()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.startWithLocalTestCa();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::EndpointPageId));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), ServerTimeoutMs);
    next->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::EabPageId));

    auto *keyIdEdit = find<QLineEdit>(&wizard, "eabKeyIdEdit");
    auto *hmacEdit = find<QLineEdit>(&wizard, "eabHmacEdit");
    auto *hmacHint = find<QWidget>(&wizard, "eabHmacHint");
    QVERIFY(next->isEnabled());

    hmacEdit->setText(QStringLiteral("not*base64"));
    QVERIFY(!next->isEnabled());
    QVERIFY(hmacHint->isVisible());

    hmacEdit->setText(m_env.ca->eab(0).hmacKey);
    QVERIFY(next->isEnabled());
    QVERIFY(!hmacHint->isVisible());

    keyIdEdit->setText(QStringLiteral("two words"));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<QWidget>(&wizard, "eabKeyIdHint")->isVisible());
    keyIdEdit->clear();
    QVERIFY(!next->isEnabled());

    // The reveal action toggles the echo mode.
    QAction *reveal = nullptr;
    for (QAction *action : hmacEdit->actions()) {
        if (action->objectName() == QLatin1String("revealHmacAction"))
            reveal = action;
    }
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(hmacEdit->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(hmacEdit->echoMode(), QLineEdit::Password);
    wizard.reject();
}

void TestAccountWizard::pastedUrlSwitchesServer()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.startWithLocalTestCa();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    goToEabPage(wizard);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());

    // Details of another endpoint: the server choice follows, and Next waits for it again.
    QGuiApplication::clipboard()->setText(
        scmDetails(QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV")), QStringLiteral("kid-ov"),
                   QStringLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA")));
    find<QPushButton>(&wizard, "pasteButton")->click();
    QGuiApplication::clipboard()->clear();
    QVERIFY(!next->isEnabled());
    auto *presets = find<QListWidget>(&wizard, "presetList");
    QVERIFY(presets->currentItem());
    QCOMPARE(presets->currentItem()->data(EndpointPage::PresetIdRole).toString(),
             QString(presetids::SectigoOv));
    QCOMPARE(find<QLineEdit>(&wizard, "eabKeyIdEdit")->text(), QStringLiteral("kid-ov"));
    wizard.reject();
}

void TestAccountWizard::cancelStopsRegistration()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.startWithLocalTestCa();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    goToEabPage(wizard);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled()); // pre-filled from the local test CA
    next->click();

    const QString name = QStringLiteral("Cancelled account");
    find<QLineEdit>(&wizard, "accountNameEdit")->setText(name);
    find<QCheckBox>(&wizard, "tosCheck")->setChecked(true);
    QTRY_VERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::RegisterPageId));

    // Cancel while the key is being generated: the job stops at the next step.
    auto *cancel = find<QPushButton>(&wizard, "registerCancelButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    cancel->click();
    auto *retry = find<QPushButton>(&wizard, "registerRetryButton");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), ServerTimeoutMs);
    QVERIFY(find<QWidget>(&wizard, "registerError")->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(wizard.currentId(), int(AccountWizard::RegisterPageId));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

    auto found = AccountRepository(*m_env.db).findByName(name);
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());

    // Back to fix things: the values are still there.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AccountWizard::AccountPageId));
    QCOMPARE(find<QLineEdit>(&wizard, "accountNameEdit")->text(), name);
    wizard.back();
    QVERIFY(find<QLineEdit>(&wizard, "eabHmacEdit")->text() == m_env.ca->eab(0).hmacKey);
    wizard.reject();
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
