// "Use on servers…": the dialog renders every format, leaves the HMAC key out until it is
// included (and only for an account that kept it), saves a 0600 file and clears the clipboard
// after the delay only while it still holds the copied text. The keychain is a MemorySecretStore.
#include "core/crypto/Base64Url.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "ui/UseOnServersDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

class TestUseOnServers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;
    const QByteArray m_key = QByteArray(64, '\x42');

    Account account(bool kept)
    {
        Account a;
        a.name = kept ? QStringLiteral("kept") : QStringLiteral("forgotten");
        a.directoryUrl = QUrl(QStringLiteral("https://acme.example.test/dir"));
        a.eabKeyId = QStringLiteral("kid-1");
        a.status = accountstatus::Valid;
        a.hmacKept = kept;
        auto id = AccountRepository(*m_db).insert(a);
        a.id = id ? *id : 0;
        if (kept)
            m_secrets.write(secretkeys::accountHmac(a.id), SecureBytes(m_key), [](Result<void>) {});
        return a;
    }
    QString keyText() const { return b64::encodeString(m_key); }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY(db);
        m_db = *db;
    }

    void keyOnlyWhenIncluded()
    {
        UseOnServersDialog dialog(Services{*m_db, &m_secrets}, account(true));
        auto *formats = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportPreview"));
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeHmacCheck"));
        QCOMPARE(formats->count(), AccountExport::formatNames().size());
        QVERIFY(include->isEnabled());
        for (int i = 0; i < formats->count(); ++i) {
            formats->setCurrentIndex(i);
            QVERIFY(preview->toPlainText().contains(AccountExport::HmacPlaceholder));
            QVERIFY(!preview->toPlainText().contains(keyText()));
        }
        dialog.setIncludeHmacConfirmed(true);
        QTRY_VERIFY(preview->toPlainText().contains(keyText()));
        QVERIFY(include->isChecked());
        dialog.setIncludeHmacConfirmed(false);
        QVERIFY(!preview->toPlainText().contains(keyText()));
    }

    void accountWithoutKeptKeyCannotInclude()
    {
        UseOnServersDialog dialog(Services{*m_db, &m_secrets}, account(false));
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeHmacCheck"));
        QVERIFY(!include->isEnabled());
        QVERIFY(include->text().contains(QLatin1String("not kept")));
        QVERIFY(dialog.currentText().contains(AccountExport::HmacPlaceholder));
    }

    void clipboardClearedOnlyIfStillOurs()
    {
        UseOnServersDialog dialog(Services{*m_db, &m_secrets}, account(true));
        dialog.setClipboardClearDelay(200);
        QClipboard *clipboard = QApplication::clipboard();
        dialog.findChild<QPushButton *>(QStringLiteral("copyExportButton"))->click();
        QCOMPARE(clipboard->text(), dialog.currentText());
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

        // Something else copied meanwhile stays.
        dialog.findChild<QPushButton *>(QStringLiteral("copyExportButton"))->click();
        clipboard->setText(QStringLiteral("the admin's own text"));
        // Timers fire in deadline order: once this wait is over, the 200 ms one has run.
        QTest::qWait(600);
        QCOMPARE(clipboard->text(), QStringLiteral("the admin's own text"));
    }
};

QTEST_MAIN(TestUseOnServers)
#include "tst_useonservers.moc"
