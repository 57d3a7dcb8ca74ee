// The Dashboard's inventory actions through the real widgets, the real SQLite database and
// certificate files made with OpenSSL at test time: "Import…" of a folder (a subfolder, a
// duplicate, garbage, a FIFO, a PKCS#12 that needs its password and then gets it) with the
// per-outcome counts and the model's new rows; "Check a server…" against a loopback TLS server
// (field errors beside their field, the sighting recorded, the certificate selected, the outdated
// deployment flagged in the table and the details); "Export calendar…"; and "Revoke…": disabled
// with the core's reason for an imported certificate, and for an issued one a dialog that names
// it, offers the core's reasons and shows the CA's error in itself.
#include "GuiTestHelpers.h"
#include "core/inventory/CertificateImport.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"
#include "models/CertificateInventoryModel.h"
#include "support/CertCorpus.h"
#include "support/TlsTestServer.h"
#include "ui/DashboardView.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProbeDialog.h"
#include "ui/RevokeDialog.h"
#include "ui/widgets/FieldHint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <memory>
#include <sys/stat.h>

using namespace acmedesk;
using namespace acmedesk::test;
using M = CertificateInventoryModel;

namespace {

constexpr int Timeout = 30000;
const QString Password = QStringLiteral("Import-Test-Pa55");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDashboardActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<CertFactory> m_ca;
    std::unique_ptr<MainWindow> m_window;
    DashboardView *m_dashboard = nullptr;

    template <typename T> T *find(const QWidget *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    int certificateRows() const { return int(CertificateRepository(*m_db).list().value().size()); }

    // The model's row of certificate `id`, as the Dashboard's table shows it.
    QModelIndex tableRow(qint64 id, M::Column column)
    {
        auto *table = find<QTableView>(m_window.get(), "certificatesTable");
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, int(column));
            if (i.data(M::CertificateIdRole).toLongLong() == id)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_files.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY(db.ok());
        m_db = *db;
        m_ca = std::make_unique<CertFactory>(QStringLiteral("Dashboard Actions"));
        m_window = std::make_unique<MainWindow>(Services{*m_db, &m_secrets}, nullptr);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::DashboardPage);
        m_dashboard = m_window->findChild<DashboardView *>();
        QVERIFY(m_dashboard);
    }

    void cleanupTestCase() { m_window.reset(); }

    void importsAFolderThroughTheDialog()
    {
        // A folder as administrators have them: certificates in every format, a copy, a
        // subfolder, stray files and a PKCS#12 with a password.
        const QString folder = m_files.filePath(QStringLiteral("import"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        const QByteArray a = m_ca->leafFor({QStringLiteral("a.example.test")});
        const QByteArray b = m_ca->leafFor({QStringLiteral("b.example.test")});
        const QByteArray c = m_ca->leafFor({QStringLiteral("c.example.test")});
        const QByteArray d = m_ca->leafFor({QStringLiteral("d.example.test")});
        QVERIFY(writeFile(folder + QStringLiteral("/a.pem"), a + m_ca->intermediatePem()));
        QVERIFY(writeFile(folder + QStringLiteral("/b.der"), pemToDer(b)));
        QVERIFY(
            writeFile(folder + QStringLiteral("/c.pfx"),
                      pkcs12(&m_ca->leafKey(), {c, m_ca->intermediatePem()}, Password.toUtf8())));
        QVERIFY(writeFile(folder + QStringLiteral("/dup.pem"), a + m_ca->intermediatePem()));
        QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "renew these in March\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/sub/d.p7b"), pkcs7({d}, false)));
        // Given by itself (a folder's listing has regular files only): no regular file.
        const QString fifo = m_files.filePath(QStringLiteral("pipe.pem"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int before = certificateRows();
        auto *table = find<QTableView>(m_window.get(), "certificatesTable");

        // Keyboard and menu: the Add certificates menu holds Import.
        auto *add = find<QPushButton>(m_window.get(), "addCertificatesButton");
        QVERIFY(add && add->menu());
        QVERIFY(add->text().contains(QLatin1Char('&')));
        QAction *importAction =
            add->menu()->findChild<QAction *>(QStringLiteral("importCertificatesAction"));
        QVERIFY(importAction);
        importAction->trigger();
        QTRY_VERIFY(m_dashboard->importDialog() && m_dashboard->importDialog()->isVisible());
        ImportDialog *dialog = m_dashboard->importDialog();
        QVERIFY(dialog->minimumWidth() >= 600);
        auto *start = find<QPushButton>(dialog, "startImportButton");
        QVERIFY(!start->isEnabled()); // nothing chosen yet
        QVERIFY(!start->toolTip().isEmpty());

        dialog->addPaths({folder, fifo, folder}); // the same twice: listed once
        QCOMPARE(dialog->paths().size(), 2);
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), Timeout);

        QCOMPARE(dialog->count(ImportOutcome::Imported), 3);       // a.pem, b.der, sub/d.p7b
        QCOMPARE(dialog->count(ImportOutcome::Duplicate), 1);      // dup.pem
        QCOMPARE(dialog->count(ImportOutcome::NotCertificate), 1); // notes.txt
        QCOMPARE(dialog->count(ImportOutcome::WrongPassword), 1);  // c.pfx
        QCOMPARE(dialog->count(ImportOutcome::Unreadable), 1);     // the FIFO
        auto *results = find<QTableWidget>(dialog, "importResults");
        QCOMPARE(results->rowCount(), 7);
        const auto outcomeOf = [&](const QString &name) {
            for (int r = 0; r < results->rowCount(); ++r)
                if (results->item(r, 0)->text().endsWith(name))
                    return results->item(r, 1)->text();
            return QString();
        };
        QCOMPARE(outcomeOf(QStringLiteral("dup.pem")), QStringLiteral("Duplicate"));
        QCOMPARE(outcomeOf(QStringLiteral("notes.txt")), QStringLiteral("Not a certificate"));
        QCOMPARE(outcomeOf(QStringLiteral("c.pfx")), QStringLiteral("Wrong password"));
        QCOMPARE(outcomeOf(QStringLiteral("pipe.pem")), QStringLiteral("Unreadable"));
        const QString counts = find<QLabel>(dialog, "importCounts")->text();
        QVERIFY2(counts.contains(QLatin1String("Imported: 3")), qPrintable(counts));
        QVERIFY2(counts.contains(QLatin1String("Unreadable: 1")), qPrintable(counts));
        // The model has the new rows, without a restart.
        QTRY_COMPARE(table->model()->rowCount(), before + 3);

        // The filter shows one outcome.
        auto *filter = find<QComboBox>(dialog, "importOutcomeFilter");
        filter->setCurrentIndex(filter->findData(int(ImportOutcome::Duplicate)));
        int shown = 0;
        for (int r = 0; r < results->rowCount(); ++r)
            shown += results->isRowHidden(r) ? 0 : 1;
        QCOMPARE(shown, 1);
        filter->setCurrentIndex(0);

        // The PKCS#12: its password, then only that file again.
        auto *hint = find<QLabel>(dialog, "importPasswordHint");
        auto *retry = find<QPushButton>(dialog, "retryWithPasswordButton");
        QVERIFY(hint->isVisible() && retry->isVisible());
        QVERIFY(!retry->isEnabled());
        auto *password = find<QLineEdit>(dialog, "importPasswordField");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, Password);
        QVERIFY(retry->isEnabled());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), Timeout);
        QCOMPARE(dialog->count(ImportOutcome::Imported), 4);
        QCOMPARE(dialog->count(ImportOutcome::WrongPassword), 0);
        QCOMPARE(results->rowCount(), 7);
        QCOMPARE(outcomeOf(QStringLiteral("c.pfx")), QStringLiteral("Imported"));
        QVERIFY(!retry->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), before + 4);
        QCOMPARE(certificateRows(), before + 4);
        // The password is gone from the dialog and was never shown.
        QVERIFY(password->text().isEmpty());
        QCOMPARE(widgetsShowing(m_window.get(), Password), QStringList());
        QCOMPARE(widgetsShowing(dialog, Password), QStringList());

        dialog->close();
        QTRY_VERIFY(!m_dashboard->importDialog());
    }

    void revokeIsDisabledForAnImportedCertificate()
    {
        auto *revoke = find<QPushButton>(m_window.get(), "revokeCertificateButton");
        QVERIFY(revoke);
        QVERIFY(revoke->text().contains(QLatin1Char('&')));
        const auto imported = CertificateRepository(*m_db).list().value();
        QVERIFY(!imported.isEmpty());
        const qint64 id = imported.constFirst().id;
        QCOMPARE(imported.constFirst().source, QStringLiteral("imported"));
        m_dashboard->selectCertificate(id);
        QCOMPARE(m_dashboard->currentCertificateId(), id);
        QVERIFY(!revoke->isEnabled());
        QVERIFY2(revoke->toolTip().contains(QLatin1String("was not ordered through AcmeDesk")),
                 qPrintable(revoke->toolTip()));
        QVERIFY(revoke->toolTip().contains(QString::number(id)));
        m_dashboard->openRevokeDialog(); // the button's action does nothing for it either
        QVERIFY(!m_dashboard->revokeDialog());
    }

    void probesALoopbackServerAndSelectsTheCertificate()
    {
        // The server serves an older certificate for names a newer imported one has.
        const QStringList names{QStringLiteral("shop.example.test")};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray older = m_ca->leaf(names, now - 20 * 86400, now + 70 * 86400);
        const QByteArray newer = m_ca->leaf(names, now - 86400, now + 89 * 86400);
        const QString newerFile = m_files.filePath(QStringLiteral("shop-new.pem"));
        QVERIFY(writeFile(newerFile, newer));
        auto importedNewer =
            CertificateImporter(Services{*m_db, &m_secrets}).run({newerFile}, SecureBytes());
        QVERIFY(importedNewer.ok());
        const qint64 newerId = importedNewer->files.constFirst().certificateIds.constFirst();

        TlsTestServer server;
        QVERIFY(server.setIdentity(older + m_ca->intermediatePem(), m_ca->leafKeyPem()));
        QVERIFY(server.start());
        const QString location = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());

        m_dashboard->openProbeDialog();
        QTRY_VERIFY(m_dashboard->probeDialog() && m_dashboard->probeDialog()->isVisible());
        ProbeDialog *dialog = m_dashboard->probeDialog();
        auto *serverField = find<QLineEdit>(dialog, "probeServerField");
        auto *sniField = find<QLineEdit>(dialog, "probeServerNameField");
        auto *serverHint = find<FieldHint>(dialog, "probeServerHint");
        auto *sniHint = find<FieldHint>(dialog, "probeServerNameHint");
        auto *check = find<QPushButton>(dialog, "startProbeButton");
        QVERIFY(!check->isEnabled());

        // Problems are shown under the field that has them, with the fix.
        QTest::keyClicks(serverField, QStringLiteral("127.0.0.1:99999"));
        QVERIFY(serverHint->isVisible());
        QVERIFY2(serverHint->text().contains(QLatin1String("1 to 65535")),
                 qPrintable(serverHint->text()));
        QVERIFY(!sniHint->isVisible());
        QVERIFY(!check->isEnabled());
        serverField->setText(location);
        QVERIFY(!serverHint->isVisible());
        sniField->setText(QStringLiteral("10.0.0.1"));
        QVERIFY(sniHint->isVisible());
        QVERIFY2(sniHint->text().contains(QLatin1String("server name")),
                 qPrintable(sniHint->text()));
        QVERIFY(!check->isEnabled());
        sniField->setText(names.constFirst());
        QVERIFY(!sniHint->isVisible());
        QVERIFY(check->isEnabled());

        check->click();
        QVERIFY(dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), Timeout);
        QVERIFY2(dialog->result().has_value(),
                 qPrintable(find<QWidget>(dialog, "probeError")
                                ->findChild<QLabel *>(QStringLiteral("errorMessageLabel"))
                                ->text()));
        const ProbeResult r = *dialog->result();
        QCOMPARE(server.serverNames().constLast(), names.constFirst());
        QVERIFY(r.newCertificate);
        QCOMPARE(r.newerCertificateId, newerId);

        // Recorded: the sighting, as `certs probe` records it.
        const auto sightings = CertificateRepository(*m_db).sightings(r.certificateId).value();
        QCOMPARE(sightings.size(), 1);
        QCOMPARE(sightings.constFirst().kind, SightingKind::Endpoint);
        QCOMPARE(sightings.constFirst().location, location);
        QCOMPARE(sightings.constFirst().sni, names.constFirst());

        // What was found, and the Dashboard on it.
        const QString found = find<QTextBrowser>(dialog, "probeResult")->toPlainText();
        QVERIFY2(found.contains(QLatin1String("shop.example.test")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("#%1").arg(newerId)), qPrintable(found));
        QTRY_COMPARE(m_dashboard->currentCertificateId(), r.certificateId);
        const QString details =
            find<QTextBrowser>(m_window.get(), "certificateDetails")->toPlainText();
        QVERIFY2(details.contains(location), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("a newer certificate exists: #%1").arg(newerId)),
                 qPrintable(details));

        // The table flags the outdated deployment, in the text and with a tooltip.
        const QModelIndex status = tableRow(r.certificateId, M::Column::Status);
        QVERIFY(status.isValid());
        QCOMPARE(status.data(M::OutdatedDeploymentsRole).toInt(), 1);
        QVERIFY2(status.data().toString().contains(QLatin1String("outdated at 1 place")),
                 qPrintable(status.data().toString()));
        QVERIFY(
            status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("#%1").arg(newerId)));
        const QModelIndex newerStatus = tableRow(newerId, M::Column::Status);
        QCOMPARE(newerStatus.data(M::OutdatedDeploymentsRole).toInt(), 0);
        QVERIFY(!newerStatus.data().toString().contains(QLatin1String("outdated")));

        dialog->close();
        QTRY_VERIFY(!m_dashboard->probeDialog());
    }

    void exportsTheCalendar()
    {
        const QString path = m_files.filePath(QStringLiteral("expiries.ics"));
        QVERIFY(m_dashboard->exportCalendar(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ics = f.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.contains("shop.example.test"));
        auto *note = find<QLabel>(m_window.get(), "certificateActionNote");
        QVERIFY2(note->text().startsWith(QLatin1String("Saved")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(path)), qPrintable(note->text()));

        // A folder that does not exist: said in plain words.
        QVERIFY(!m_dashboard->exportCalendar(m_files.filePath(QStringLiteral("no/such/x.ics"))));
        QVERIFY2(note->text().startsWith(QLatin1String("The calendar was not saved")),
                 qPrintable(note->text()));
    }

    void revokeAnIssuedCertificateShowsTheCaErrorInTheDialog()
    {
        // An account at a CA that is not there, and a certificate it ordered.
        Account account;
        account.name = QStringLiteral("Gone CA");
        account.directoryUrl = QUrl(QStringLiteral("https://127.0.0.1:1/directory"));
        account.status = QStringLiteral("valid");
        auto accountId = AccountRepository(*m_db).insert(account);
        QVERIFY(accountId.ok());
        const QByteArray leaf = m_ca->leafFor({QStringLiteral("issued.example.test")});
        auto chain = parseChain(leaf + m_ca->intermediatePem());
        QVERIFY(chain.ok());
        CertificateRecord record = recordOf(*chain);
        record.source = QStringLiteral("issued");
        record.accountId = *accountId;
        auto id = CertificateRepository(*m_db).insert(record);
        QVERIFY(id.ok());
        m_window->findChild<CertificateInventoryModel *>()->reload();

        auto *revoke = find<QPushButton>(m_window.get(), "revokeCertificateButton");
        m_dashboard->selectCertificate(*id);
        QCOMPARE(m_dashboard->currentCertificateId(), *id);
        QTRY_VERIFY2(revoke->isEnabled(), qPrintable(revoke->toolTip()));
        revoke->click();
        QTRY_VERIFY(m_dashboard->revokeDialog() && m_dashboard->revokeDialog()->isVisible());
        RevokeDialog *dialog = m_dashboard->revokeDialog();

        // It names the certificate and offers the core's reasons.
        QStringList texts;
        for (const auto &[name, text] : allWidgetTexts(dialog))
            texts << text;
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("issued.example.test")));
        QVERIFY(all.contains(chain->infos.constFirst().serialHex));
        auto *reasons = find<QComboBox>(dialog, "revocationReason");
        QCOMPARE(reasons->count(), int(allRevocationReasons.size()) + 1);
        for (int i = 0; i < int(allRevocationReasons.size()); ++i)
            QCOMPARE(reasons->itemText(i + 1), revocationReasonLabel(allRevocationReasons[i]));
        auto *confirm = find<QPushButton>(dialog, "revokeButton");
        QVERIFY(!confirm->isEnabled());
        reasons->setCurrentIndex(reasons->findData(int(RevocationReason::Superseded)));
        QCOMPARE(find<QLabel>(dialog, "revocationReasonExplanation")->text(),
                 revocationReasonAdvice(RevocationReason::Superseded));
        QVERIFY(confirm->isEnabled());

        // The CA cannot be reached (and the account key is not in this keychain): the dialog
        // stays, says so, and can be tried again or cancelled.
        confirm->click();
        auto *error = find<QLabel>(dialog, "revokeError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!dialog->isBusy());
        QVERIFY(confirm->isEnabled());
        QVERIFY(dialog->isVisible());
        QVERIFY(!CertificateRepository(*m_db).findById(*id).value()->revokedAt.isValid());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!m_dashboard->revokeDialog());
        QCOMPARE(m_dashboard->currentCertificateId(), *id);
    }
};

QTEST_MAIN(TestDashboardActions)
#include "tst_dashboardactions.moc"
