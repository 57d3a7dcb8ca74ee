// The account wizard end to end, offscreen, against a real Pebble (LocalTestCa): paste SCM's
// details on the first page, register in at most four clicks from the empty Accounts page, find
// the account in the database and the HMAC in no widget; the local test CA route and "Issue a
// certificate now"; typing by hand, with a reason whenever Next is disabled; a paste that changes
// values already chosen says so.
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
#include "ui/issue/IssueWizard.h"
#include "ui/wizard/AccountPage.h"
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
    void registersWithPastedScmBlockInFourClicks();
    void localTestCaThenIssueNow();
    void byHandKeepsNextDisabledWithAReason();
    void pasteThatChangesValuesSaysSo();
    void unrecognisedPasteSaysSo();
    void cancelStopsRegistration();

private:
    template <typename T> T *find(const QWidget *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }
    // A click the administrator makes: counted.
    void click(QAbstractButton *button)
    {
        QVERIFY(button);
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
        ++m_clicks;
        button->click();
    }
    // Paste page filled (the local test CA answered, or a paste was read) and the server checked.
    void waitForPastedValues(AccountWizard &wizard);
    // From the account page to the result page: accept the terms, Register.
    void acceptAndRegister(AccountWizard &wizard);
    bool hasSecret(const QString &key);

    test::GuiTestEnvironment m_env;
    QList<qint64> m_accountIds;
    int m_clicks = 0;
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

bool TestAccountWizard::hasSecret(const QString &key)
{
    auto r = test::await<bool>([this, key](auto done) {
        m_env.secrets->read(key, [done](Result<SecureBytes> secret) { done(secret.ok()); });
    });
    return r && *r;
}

void TestAccountWizard::waitForPastedValues(AccountWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(AccountWizard::PastePageId));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), ServerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(&wizard, "pasteServerLabel")->text().contains(QLatin1String("answered")),
        ServerTimeoutMs);
    QVERIFY(find<QLabel>(&wizard, "pasteReasonLabel")->text().isEmpty());
}

void TestAccountWizard::acceptAndRegister(AccountWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(AccountWizard::AccountPageId));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    auto *tosCheck = find<QCheckBox>(&wizard, "tosCheck");
    QTRY_VERIFY_WITH_TIMEOUT(tosCheck->isVisible(), ServerTimeoutMs);
    // Register is disabled, and the page says why.
    QVERIFY(!next->isEnabled());
    QVERIFY(find<QLabel>(&wizard, "accountBlockedLabel")->text().contains(QLatin1String("terms")));
    QCOMPARE(next->text(), AccountPage::tr("&Register"));
    click(tosCheck);
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(find<QLabel>(&wizard, "accountBlockedLabel")->text().isEmpty());
    click(next);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::ResultPageId),
                              ServerTimeoutMs);
}

void TestAccountWizard::registersWithPastedScmBlockInFourClicks()
{
    const LocalTestCa::EabPair eab = m_env.ca->eab(0);
    QVERIFY(!eab.keyId.isEmpty());
    QVERIFY(!eab.hmacKey.isEmpty());

    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // No accounts yet: the empty state offers both ways in once the keychain answered.
    auto *pasteButton = find<QPushButton>(&window, "emptyPasteButton");
    auto *localButton = find<QPushButton>(&window, "emptyLocalCaButton");
    QVERIFY(pasteButton && localButton);
    QTRY_VERIFY_WITH_TIMEOUT(pasteButton->isEnabled(), 30000);
    QVERIFY(localButton->isVisible() && localButton->isEnabled());
    QVERIFY(find<QWidget>(&window, "emptyStateLabel")->isVisible());

    // The administrator copied the account's Details in SCM.
    QGuiApplication::clipboard()->setText(
        scmDetails(m_env.ca->directoryUrl(), eab.keyId, eab.hmacKey));
    m_clicks = 0;
    click(pasteButton); // 1
    QTRY_VERIFY(window.accountWizard() && window.accountWizard()->isVisible());
    QGuiApplication::clipboard()->clear();
    AccountWizard *wizard = window.accountWizard();

    // The paste page shows what it found, field by field, the HMAC key masked.
    waitForPastedValues(*wizard);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(find<QLabel>(wizard, "pastedUrlLabel")->text(), m_env.ca->directoryUrl().toString());
    QCOMPARE(find<QLabel>(wizard, "pastedKeyIdLabel")->text(), eab.keyId);
    QVERIFY(!find<QLabel>(wizard, "pastedHmacLabel")->text().contains(eab.hmacKey));
    QVERIFY(find<QLabel>(wizard, "pastedHmacLabel")->text().contains(QChar(0x2022)));
    QVERIFY(find<QLabel>(wizard, "pastedOriginLabel")->text().contains(QLatin1String("SCM")));
    QVERIFY(find<QLabel>(wizard, "pasteChangesLabel")->text().isEmpty());

    click(wizard->button(QWizard::NextButton)); // 2: straight to the account page
    QVERIFY(!find<QLineEdit>(wizard, "accountNameEdit")->text().isEmpty()); // suggested
    QVERIFY(find<QCheckBox>(wizard, "forgetHmacCheck")->isChecked());
    QVERIFY(!find<QWidget>(wizard, "scmDetails")->isVisible()); // behind "More…"
    acceptAndRegister(*wizard);                                 // 3, 4
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_clicks <= 4, qPrintable(QString::number(m_clicks)));
    qInfo("registered in %d clicks from the empty Accounts page", m_clicks);

    const QString accountUrl = find<QLabel>(wizard, "resultAccountUrlLabel")->text();
    QVERIFY2(accountUrl.startsWith(QLatin1String("https://")), qPrintable(accountUrl));
    QVERIFY(find<QPushButton>(wizard, "issueNowButton")->isVisible());
    const QString name = find<QLineEdit>(wizard, "accountNameEdit")->text();

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

void TestAccountWizard::localTestCaThenIssueNow()
{
    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(&window, "addAccountButton")->isEnabled(), 30000);

    // "Try with the local test CA" (the empty page's button, or the paste page's).
    m_clicks = 1;
    window.openAccountWizard(true);
    QTRY_VERIFY(window.accountWizard() && window.accountWizard()->isVisible());
    AccountWizard *wizard = window.accountWizard();
    waitForPastedValues(*wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(find<QLabel>(wizard, "pastedOriginLabel")->text().contains(QLatin1String("local")));
    QCOMPARE(find<QLabel>(wizard, "pastedKeyIdLabel")->text(), m_env.ca->eab(0).keyId);
    click(wizard->button(QWizard::NextButton)); // 2
    // The first account's name is taken: the suggestion is another.
    const QString name = find<QLineEdit>(wizard, "accountNameEdit")->text();
    QVERIFY(!name.isEmpty());
    QVERIFY(!AccountRepository(*m_env.db).findByName(name)->has_value());
    acceptAndRegister(*wizard); // 3, 4
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_clicks <= 4, qPrintable(QString::number(m_clicks)));
    auto found = AccountRepository(*m_env.db).findByName(name);
    QVERIFY(found.ok() && found->has_value());
    m_accountIds << (*found)->id;

    // "Issue a certificate now": the account wizard closes, the issuance wizard opens.
    click(find<QPushButton>(wizard, "issueNowButton"));
    QTRY_VERIFY(!window.accountWizard());
    QTRY_VERIFY(window.issueWizard() && window.issueWizard()->isVisible());
    QCOMPARE(window.issueWizard()->buildRequest().accountId, (*found)->id);
    window.issueWizard()->reject();
    QTRY_VERIFY(!window.issueWizard());
}

void TestAccountWizard::byHandKeepsNextDisabledWithAReason()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(AccountWizard::PastePageId));
    QVERIFY(!next->isEnabled());
    QVERIFY(!find<QLabel>(&wizard, "pasteReasonLabel")->text().isEmpty());

    find<QPushButton>(&wizard, "byHandButton")->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::EndpointPageId));
    auto *presets = find<QListWidget>(&wizard, "presetList");
    QListWidgetItem *local =
        presets->item(test::presetRow(presets, presetids::LocalTest, EndpointPage::PresetIdRole));
    QVERIFY(local && (local->flags() & Qt::ItemIsEnabled));
    presets->setCurrentItem(local);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), ServerTimeoutMs);
    next->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::EabPageId));

    auto *keyIdEdit = find<QLineEdit>(&wizard, "eabKeyIdEdit");
    auto *hmacEdit = find<QLineEdit>(&wizard, "eabHmacEdit");
    auto *hmacHint = find<QWidget>(&wizard, "eabHmacHint");
    auto *reason = find<QLabel>(&wizard, "eabBlockedLabel");
    QVERIFY(next->isEnabled()); // the local test CA filled them in
    QVERIFY(reason->text().isEmpty());

    // A hint appearing moves nothing below it.
    const int hmacY = hmacEdit->mapTo(&wizard, QPoint()).y();
    keyIdEdit->setText(QStringLiteral("two words"));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<QWidget>(&wizard, "eabKeyIdHint")->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("Key ID")));
    QCoreApplication::processEvents();
    QCOMPARE(hmacEdit->mapTo(&wizard, QPoint()).y(), hmacY);
    keyIdEdit->clear();
    QVERIFY(!next->isEnabled());
    QVERIFY(reason->text().contains(QLatin1String("Key ID")));
    keyIdEdit->setText(m_env.ca->eab(0).keyId);
    QVERIFY(next->isEnabled());

    hmacEdit->setText(QStringLiteral("not*base64"));
    QVERIFY(!next->isEnabled());
    QVERIFY(hmacHint->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("HMAC")));
    hmacEdit->setText(m_env.ca->eab(0).hmacKey);
    QVERIFY(next->isEnabled());
    QVERIFY(!hmacHint->isVisible());

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

    // The account page: a name is needed, and the reason says so.
    next->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::AccountPageId));
    auto *name = find<QLineEdit>(&wizard, "accountNameEdit");
    auto *emails = find<QWidget>(&wizard, "contactEmailsEdit");
    const int emailsY = emails->mapTo(&wizard, QPoint()).y();
    name->clear();
    QCoreApplication::processEvents();
    QVERIFY(find<QWidget>(&wizard, "accountNameHint")->isVisible());
    QCOMPARE(emails->mapTo(&wizard, QPoint()).y(), emailsY);
    QVERIFY(!next->isEnabled());
    QVERIFY(!find<QLabel>(&wizard, "accountBlockedLabel")->text().isEmpty());
    wizard.reject();
}

void TestAccountWizard::pasteThatChangesValuesSaysSo()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.startWithLocalTestCa();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    waitForPastedValues(wizard);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    // Details of another endpoint: the wizard follows them, and says what changed.
    const QUrl ov(QStringLiteral("https://acme.sectigo.com/v2/OV"));
    QGuiApplication::clipboard()->setText(
        scmDetails(ov, QStringLiteral("kid-ov"),
                   QStringLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA")));
    find<QPushButton>(&wizard, "pasteButton")->click();
    QGuiApplication::clipboard()->clear();
    const QString changes = find<QLabel>(&wizard, "pasteChangesLabel")->text();
    QVERIFY2(changes.contains(QLatin1String("ACME URL changed")), qPrintable(changes));
    QVERIFY2(changes.contains(m_env.ca->directoryUrl().toString()), qPrintable(changes));
    QVERIFY2(changes.contains(QLatin1String("Key ID changed")), qPrintable(changes));
    QVERIFY2(changes.contains(QLatin1String("HMAC key was replaced")), qPrintable(changes));
    QCOMPARE(find<QLabel>(&wizard, "pastedUrlLabel")->text(), ov.toString());
    QCOMPARE(find<QLabel>(&wizard, "pastedKeyIdLabel")->text(), QStringLiteral("kid-ov"));
    auto *presets = find<QListWidget>(&wizard, "presetList");
    QVERIFY(presets->currentItem());
    QCOMPARE(presets->currentItem()->data(EndpointPage::PresetIdRole).toString(),
             QString(presetids::SectigoOv));
    QCOMPARE(find<QLineEdit>(&wizard, "eabKeyIdEdit")->text(), QStringLiteral("kid-ov"));
    QVERIFY(next->isEnabled()); // the values are complete; the account page waits for the server
    wizard.reject();
}

void TestAccountWizard::unrecognisedPasteSaysSo()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QGuiApplication::clipboard()->setText(QStringLiteral("Dear admin, see you on Monday."));
    wizard.pasteFromClipboard(); // quiet: nothing happens on open
    QVERIFY(find<QLabel>(&wizard, "pasteMessageLabel")->text().isEmpty());
    find<QPushButton>(&wizard, "pasteButton")->click();
    QGuiApplication::clipboard()->clear();
    QVERIFY(!find<QLabel>(&wizard, "pasteMessageLabel")->text().isEmpty());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QWidget>(&wizard, "pastePromptLabel")->isVisible());

    // Ctrl+V on the paste area reads the clipboard too.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("certbot certonly --server https://acme.sectigo.com/v2/DV "
                       "--eab-kid kid-dv --eab-hmac-key "
                       "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA -d example.com"));
    auto *area = find<QWidget>(&wizard, "pasteArea");
    area->setFocus();
    QTest::keySequence(area, QKeySequence::Paste);
    QGuiApplication::clipboard()->clear();
    QVERIFY(find<QLabel>(&wizard, "pasteMessageLabel")->text().isEmpty());
    QVERIFY(find<QLabel>(&wizard, "pastedOriginLabel")->text().contains(QLatin1String("certbot")));
    QCOMPARE(find<QLabel>(&wizard, "pastedKeyIdLabel")->text(), QStringLiteral("kid-dv"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.reject();
}

void TestAccountWizard::cancelStopsRegistration()
{
    AccountWizard wizard(m_env.services(), m_env.ca.get());
    wizard.startWithLocalTestCa();
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    waitForPastedValues(wizard);
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    next->click();

    const QString name = QStringLiteral("Cancelled account");
    find<QLineEdit>(&wizard, "accountNameEdit")->setText(name);
    QTRY_VERIFY_WITH_TIMEOUT(find<QCheckBox>(&wizard, "tosCheck")->isVisible(), ServerTimeoutMs);
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
    QCOMPARE(wizard.currentId(), int(AccountWizard::PastePageId));
    QCOMPARE(find<QLabel>(&wizard, "pastedKeyIdLabel")->text(), m_env.ca->eab(0).keyId);
    QVERIFY(find<QLineEdit>(&wizard, "eabHmacEdit")->text() == m_env.ca->eab(0).hmacKey);
    wizard.reject();
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
