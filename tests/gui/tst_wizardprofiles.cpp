// The issuance wizard's certificate profile, offscreen, against a real Pebble: an account on
// Pebble itself (2.4 advertises no profiles: the choice stays hidden) and one through a TLS layer
// that adds `meta.profiles` to Pebble's directory (FaultProxy: the choice appears, with the CA's
// descriptions). Choosing one orders with it: the layer sees "profile" in newOrder and the
// certificate row records it.
#include "GuiTestHelpers.h"
#include "core/jobs/RegistrationJob.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/DirectoryCache.h"
#include "core/store/OrderRepository.h"
#include "support/FaultProxy.h"
#include "ui/issue/IssueWizard.h"
#include "ui/issue/RunningJobs.h"
#include "ui/widgets/FieldHint.h"

#include <QApplication>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace acmedesk;

namespace {
constexpr int ServerTimeoutMs = 90000;
}

class TestWizardProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profileChoiceOnlyWhereTheCaOffersProfiles();

private:
    template <typename T> T *find(const QObject *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }
    Account registerAccount(const QString &name, const QUrl &directory, const QByteArray &caPem,
                            int eabIndex);
    // From the account page to the key page, for `account` and one name.
    void walkToKeyPage(IssueWizard &wizard, const Account &account, const QString &name);

    test::GuiTestEnvironment m_env;
    test::FaultProxy *m_proxy = nullptr;
    Account m_plain, m_profiled;
};

Account TestWizardProfiles::registerAccount(const QString &name, const QUrl &directory,
                                            const QByteArray &caPem, int eabIndex)
{
    const LocalTestCa::EabPair eab = m_env.ca->eab(eabIndex);
    RegistrationRequest req;
    req.name = name;
    req.preset = QString(presetids::LocalTest);
    req.directoryUrl = directory;
    req.localTestCa = true;
    req.caBundlePem = caPem;
    req.eabKeyId = eab.keyId;
    req.eabHmac = decodeEabHmac(eab.hmacKey).value().key;
    req.agreeToTerms = true;
    RegistrationJob job(m_env.services(), req);
    auto ok = test::await<bool>(
        [&](auto done) {
            connect(&job, &RegistrationJob::finished, this, done);
            job.start();
        },
        ServerTimeoutMs);
    if (!ok || !*ok)
        qWarning("registration of %s failed: %s", qPrintable(name),
                 ok ? qPrintable(job.error().message) : "timed out");
    auto account = AccountRepository(*m_env.db).findByName(name);
    return account && account->has_value() ? **account : Account{};
}

void TestWizardProfiles::initTestCase()
{
    if (!LocalTestCa::isAvailable())
        QSKIP("Pebble is not installed (Debian package pebble)");
    LocalTestCa::Options options;
    options.extraEabKeys = 1;
    m_env.start(options);
    if (QTest::currentTestFailed())
        return;
    m_proxy = new test::FaultProxy(this);
    auto proxied = m_proxy->start(m_env.ca->directoryUrl(), m_env.ca->caBundlePem());
    QVERIFY2(proxied.ok(), qPrintable(proxied.ok() ? QString() : proxied.error().message));
    m_proxy->setDirectoryMeta(QStringLiteral("profiles"), test::exampleProfiles());
    m_plain = registerAccount(QStringLiteral("Plain"), m_env.ca->directoryUrl(),
                              m_env.ca->caBundlePem(), 0);
    m_profiled = registerAccount(QStringLiteral("Profiled"), m_proxy->directoryUrl(),
                                 m_proxy->caBundlePem(), 1);
    QCOMPARE(m_plain.status, accountstatus::Valid);
    QCOMPARE(m_profiled.status, accountstatus::Valid);
}

void TestWizardProfiles::cleanupTestCase()
{
    QStringList keys{secretkeys::accountKey(m_plain.id), secretkeys::accountKey(m_profiled.id)};
    if (m_env.db)
        if (auto orders = OrderRepository(*m_env.db).all())
            for (const OrderRecord &o : *orders)
                keys << o.keyRef;
    m_env.stop(keys);
}

void TestWizardProfiles::walkToKeyPage(IssueWizard &wizard, const Account &account,
                                       const QString &name)
{
    QCOMPARE(wizard.currentId(), int(IssueWizard::AccountPageId));
    auto *accounts = find<QComboBox>(&wizard, "issueAccountCombo");
    const int row = accounts->findData(account.id);
    QVERIFY(row >= 0);
    accounts->setCurrentIndex(row);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IssueWizard::NamesPageId));
    auto *names = find<QPlainTextEdit>(&wizard, "identifiersEdit");
    if (names->toPlainText().isEmpty()) {
        names->setFocus();
        QTest::keyClicks(names, name);
    }
    QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
             qPrintable(find<FieldHint>(&wizard, "identifiersHint")->text()));
    wizard.next();
    // The key options are folded into the review's Options: open them on the Key tab.
    QCOMPARE(wizard.currentId(), int(IssueWizard::ReviewPageId));
    auto *toggle = find<QToolButton>(&wizard, "optionsToggle");
    if (!toggle->isChecked())
        toggle->click();
    find<QTabWidget>(&wizard, "optionsTabs")->setCurrentIndex(0);
}

void TestWizardProfiles::profileChoiceOnlyWhereTheCaOffersProfiles()
{
    // The profiled CA's directory is not cached: the page asks the CA (through the layer).
    QSqlQuery clear(m_env.db->connection());
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM directory_cache")));

    RunningJobs jobs(m_env.services());
    IssueWizard wizard(m_env.services(), &jobs);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString name = QStringLiteral("profiled.example.test");

    // Pebble itself: no profiles, so no choice, once its directory has been read.
    walkToKeyPage(wizard, m_plain, name);
    if (QTest::currentTestFailed())
        return;
    auto *box = find<QWidget>(&wizard, "profileBox");
    auto *combo = find<QComboBox>(&wizard, "certProfileCombo");
    QVERIFY(box && combo);
    QTRY_VERIFY_WITH_TIMEOUT(
        DirectoryCache(*m_env.db).peek(m_plain.directoryUrl, QDateTime::currentDateTimeUtc()),
        ServerTimeoutMs);
    QVERIFY(!box->isVisible());
    QCOMPARE(combo->count(), 0);

    // Through the layer: the CA's profiles with its descriptions, its default first.
    wizard.back();
    wizard.back();
    walkToKeyPage(wizard, m_profiled, name);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), ServerTimeoutMs);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(1), QStringLiteral("classic"));
    QCOMPARE(combo->itemText(2), QStringLiteral("shortlived"));
    QCOMPARE(combo->currentIndex(), 0);
    auto *description = find<QLabel>(&wizard, "profileDescriptionLabel");
    QVERIFY2(description->text().contains(QLatin1String("default")),
             qPrintable(description->text()));
    combo->setCurrentIndex(2);
    QVERIFY2(description->text().contains(QLatin1String("Six days, for automated renewal only")),
             qPrintable(description->text()));

    // Back to Pebble: hidden again, and nothing of the other CA's is ordered.
    wizard.back();
    wizard.back();
    walkToKeyPage(wizard, m_plain, name);
    QVERIFY(!box->isVisible());
    QCOMPARE(wizard.buildRequest().options.profile, QString());
    wizard.back();
    wizard.back();
    walkToKeyPage(wizard, m_profiled, name);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), ServerTimeoutMs);
    combo->setCurrentIndex(combo->findData(QStringLiteral("shortlived")));

    // Route and files, then the review names the profile.
    find<QPushButton>(&wizard, "changeRouteButton")->click();
    QCOMPARE(wizard.currentId(), int(IssueWizard::RoutePageId));
    find<QLineEdit>(&wizard, "httpAddressEdit")->setText(QStringLiteral("127.0.0.1"));
    find<QSpinBox>(&wizard, "httpPortSpin")->setValue(freeLoopbackPort());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(IssueWizard::ReviewPageId));
    const QString out = m_env.tmp.filePath(QStringLiteral("out/profiled"));
    find<QLineEdit>(&wizard, "outputFolderEdit")->setText(QDir::toNativeSeparators(out));
    QTRY_VERIFY2(find<QPlainTextEdit>(&wizard, "reviewSummaryEdit")
                     ->toPlainText()
                     .contains(QLatin1String("Certificate profile: shortlived")),
                 qPrintable(find<QPlainTextEdit>(&wizard, "reviewSummaryEdit")->toPlainText()));

    m_proxy->clearRequests();
    wizard.button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    const IssueOutcome outcome = wizard.outcome();
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    int newOrders = 0;
    for (const test::FaultProxy::Seen &s : m_proxy->requests()) {
        if (s.method != "POST" || s.path != m_proxy->endpointPath(QStringLiteral("newOrder")))
            continue;
        ++newOrders;
        QCOMPARE(test::FaultProxy::jwsPayload(s.body).value(QLatin1String("profile")).toString(),
                 QStringLiteral("shortlived"));
    }
    QCOMPARE(newOrders, 1);
    const OrderRecord order = OrderRepository(*m_env.db).findById(outcome.orderId).value().value();
    QCOMPARE(order.options.profile, QStringLiteral("shortlived"));
    QCOMPARE(CertificateRepository(*m_env.db).findById(order.certificateId)->value().profile,
             QStringLiteral("shortlived"));
    wizard.button(QWizard::FinishButton)->click();
}

QTEST_MAIN(TestWizardProfiles)
#include "tst_wizardprofiles.moc"
