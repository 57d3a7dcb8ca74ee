// "Revoke…" on the Dashboard end to end: an account registered with a real Pebble (through the
// core, as tst_issuewizard does), a certificate issued through it, then the button (enabled once
// the keychain is ready), the dialog naming the certificate, a reason, Pebble's answer as its
// management API reports it, the row recorded as revoked, and the selection kept after the
// model's reload.
#include "GuiTestHelpers.h"
#include "core/jobs/IssuanceJob.h"
#include "core/jobs/RegistrationJob.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "models/CertificateInventoryModel.h"
#include "ui/DashboardView.h"
#include "ui/MainWindow.h"
#include "ui/RevokeDialog.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace acmedesk;
using M = CertificateInventoryModel;

namespace {
constexpr int ServerTimeoutMs = 90000;
}

class TestDashboardRevoke : public QObject
{
    Q_OBJECT

    test::GuiTestEnvironment m_env;
    Account m_account;
    qint64 m_certificateId = 0;

    template <typename T> T *find(const QWidget *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("Pebble is not installed (Debian package pebble)");
        m_env.start(); // alwaysValid
        if (QTest::currentTestFailed())
            return;

        const LocalTestCa::EabPair eab = m_env.ca->eab(0);
        auto hmac = decodeEabHmac(eab.hmacKey);
        QVERIFY(hmac.ok());
        RegistrationRequest req;
        req.name = QStringLiteral("Revoker");
        req.preset = QString(presetids::LocalTest);
        req.directoryUrl = m_env.ca->directoryUrl();
        req.localTestCa = true;
        req.caBundlePem = m_env.ca->caBundlePem();
        req.eabKeyId = eab.keyId;
        req.eabHmac = hmac->key;
        req.agreeToTerms = true;
        RegistrationJob registration(m_env.services(), req);
        auto registered = test::await<bool>(
            [&](auto done) {
                connect(&registration, &RegistrationJob::finished, this, done);
                registration.start();
            },
            ServerTimeoutMs);
        QVERIFY2(registered && *registered,
                 registered ? qPrintable(registration.error().message) : "registration timed out");
        auto account = AccountRepository(*m_env.db).findByName(req.name);
        QVERIFY(account.ok() && account->has_value());
        m_account = **account;

        IssuanceRequest issue;
        issue.accountId = m_account.id;
        issue.identifiers = {QStringLiteral("revoke-gui.example.test")};
        issue.options.challenge = ChallengeRoute::Http01;
        issue.options.httpAddress = QStringLiteral("127.0.0.1");
        issue.options.httpPort = freeLoopbackPort();
        issue.options.outDir = m_env.tmp.filePath(QStringLiteral("out"));
        IssuanceJob job(m_env.services());
        auto issued = test::await<bool>(
            [&](auto done) {
                connect(&job, &IssuanceJob::finished, this, done);
                job.start(issue);
            },
            ServerTimeoutMs);
        QVERIFY2(issued && *issued, issued ? qPrintable(job.error().message) : "issue timed out");
        const QList<CertificateListRow> rows = CertificateRepository(*m_env.db).list().value();
        for (const CertificateListRow &c : rows)
            if (c.sans.contains(QStringLiteral("revoke-gui.example.test")))
                m_certificateId = c.id;
        QVERIFY(m_certificateId > 0);
    }

    void cleanupTestCase()
    {
        QStringList keys;
        if (m_env.secrets && m_env.db) {
            keys << secretkeys::accountKey(m_account.id);
            if (auto orders = OrderRepository(*m_env.db).all()) {
                for (const OrderRecord &o : *orders)
                    keys << o.keyRef << secretkeys::orderPfxPassword(o.id);
            }
        }
        m_env.stop(keys);
    }

    void revokesThroughTheDashboard()
    {
        const CertificateRecord before =
            CertificateRepository(*m_env.db).findById(m_certificateId).value().value();
        MainWindow window(m_env.services(), m_env.ca.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::DashboardPage);
        auto *dashboard = window.findChild<DashboardView *>();
        dashboard->selectCertificate(m_certificateId);
        QCOMPARE(dashboard->currentCertificateId(), m_certificateId);
        auto *revoke = find<QPushButton>(&window, "revokeCertificateButton");
        QTRY_VERIFY_WITH_TIMEOUT(revoke->isEnabled(), 30000); // once the keychain answered
        revoke->click();
        QTRY_VERIFY(dashboard->revokeDialog() && dashboard->revokeDialog()->isVisible());
        RevokeDialog *dialog = dashboard->revokeDialog();
        QStringList texts;
        for (const auto &[name, text] : test::allWidgetTexts(dialog))
            texts << text;
        QVERIFY(texts.join(QLatin1Char('\n')).contains(before.serial));

        auto *reasons = find<QComboBox>(dialog, "revocationReason");
        reasons->setCurrentIndex(reasons->findData(int(RevocationReason::CessationOfOperation)));
        find<QPushButton>(dialog, "revokeButton")->click();
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->revokeDialog(), ServerTimeoutMs);

        // Pebble says so, AcmeDesk recorded it, and the Dashboard is still on it.
        const QByteArray status =
            test::httpsGet(QUrl(m_env.ca->managementUrl().toString() +
                                QStringLiteral("/cert-status-by-serial/") + before.serial),
                           m_env.ca->caBundlePem());
        const QJsonObject pebble = QJsonDocument::fromJson(status).object();
        QCOMPARE(pebble.value(QLatin1String("Status")).toString(), QStringLiteral("Revoked"));
        QCOMPARE(pebble.value(QLatin1String("Reason")).toInt(-1),
                 int(RevocationReason::CessationOfOperation));
        const CertificateRecord after =
            CertificateRepository(*m_env.db).findById(m_certificateId).value().value();
        QVERIFY(after.revokedAt.isValid());
        QCOMPARE(after.revocationReason, int(RevocationReason::CessationOfOperation));
        QCOMPARE(dashboard->currentCertificateId(), m_certificateId);
        auto *table = find<QTableView>(&window, "certificatesTable");
        const QModelIndex selected = table->selectionModel()->selectedRows().value(0);
        QCOMPARE(selected.siblingAtColumn(int(M::Column::Status)).data().toString(),
                 QStringLiteral("Revoked"));
        QVERIFY(find<QTextBrowser>(&window, "certificateDetails")
                    ->toPlainText()
                    .contains(QLatin1String("Revoked")));
        // Now there is nothing left to revoke, and the button says why.
        QVERIFY(!revoke->isEnabled());
        QVERIFY2(revoke->toolTip().contains(QLatin1String("was revoked on")),
                 qPrintable(revoke->toolTip()));
    }
};

QTEST_MAIN(TestDashboardRevoke)
#include "tst_dashboardrevoke.moc"
