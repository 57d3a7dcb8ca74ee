// The renewal GUI on a fixed clock: the Dashboard's Renewal column says when each certificate
// renews (from its own policy, the default, or the CA's ARI window) and why; the policy dialog
// returns what was chosen and previews the date it means; the automatic-renewal dialog writes the
// systemd user timer and service (to a temporary XDG_CONFIG_HOME) with the CLI quoted in
// ExecStart, calls systemctl --user (a recording stand-in on PATH: the test must not touch the
// session's real user manager), and removes them again.
#include "core/renewal/AutoRenewal.h"
#include "core/renewal/RenewalPolicy.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"
#include "core/store/OrderRepository.h"
#include "models/CertificateInventoryModel.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "ui/AutoRenewalDialog.h"
#include "ui/MainWindow.h"
#include "ui/RenewalPolicyDialog.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;
using M = CertificateInventoryModel;

class TestRenewalUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;
    FakeClock m_clock{QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC)};
    qint64 m_issued = 0, m_imported = 0, m_ari = 0;

    CertificateRecord record(const QString &name, const QString &source, qint64 accountId)
    {
        CertificateRecord r;
        r.sans = {name};
        r.subject = QStringLiteral("CN=") + name;
        r.issuer = QStringLiteral("CN=Test CA");
        r.serial = QString::number(qHash(name), 16).toUpper();
        r.sha256 = QString::number(qHash(name + source), 16);
        r.source = source;
        r.accountId = accountId;
        if (source == QLatin1String("issued")) {
            OrderRecord o;
            o.accountId = accountId;
            o.identifiers = {name};
            o.stage = OrderStage::Done;
            r.orderId = OrderRepository(*m_db).insert(o).value();
        }
        r.notBefore = m_clock.now().addDays(-10);
        r.notAfter = r.notBefore.addDays(90);
        return r;
    }

    QModelIndex rowOf(QAbstractItemModel *model, qint64 id, M::Column column)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, int(column));
            if (i.data(M::CertificateIdRole).toLongLong() == id)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(db.ok());
        m_db = *db;
        Account account;
        account.name = QStringLiteral("Web team");
        account.directoryUrl = QUrl(QStringLiteral("https://acme.example.test/directory"));
        account.status = QStringLiteral("valid");
        auto id = AccountRepository(*m_db).insert(account);
        QVERIFY(id.ok());
        CertificateRepository certs(*m_db);
        auto issued =
            certs.insert(record(QStringLiteral("www.example.test"), QStringLiteral("issued"), *id));
        auto imported = certs.insert(
            record(QStringLiteral("legacy.example.test"), QStringLiteral("imported"), 0));
        auto ari =
            certs.insert(record(QStringLiteral("api.example.test"), QStringLiteral("issued"), *id));
        QVERIFY(issued.ok() && imported.ok() && ari.ok());
        m_issued = *issued;
        m_imported = *imported;
        m_ari = *ari;
        const QDateTime start = m_clock.now().addDays(40);
        QVERIFY(certs
                    .setRenewalInfo(m_ari, start, start.addDays(2), start.addDays(1),
                                    m_clock.now().addSecs(3600))
                    .ok());
    }

    void renewalColumnSaysWhenAndWhy()
    {
        Services services{*m_db, &m_secrets};
        services.clock = &m_clock;
        MainWindow window(services, nullptr);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::DashboardPage);
        auto *table = window.findChild<QTableView *>(QStringLiteral("certificatesTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 3);

        // 90 days from 10 days ago: a third left on day 60, 50 days from now.
        const QDate due = m_clock.now().addDays(50).toLocalTime().date();
        QModelIndex i = rowOf(table->model(), m_issued, M::Column::Renewal);
        QCOMPARE(i.data().toString(),
                 QStringLiteral("From %1").arg(QLocale().toString(due, QLocale::ShortFormat)));
        QVERIFY2(i.data(Qt::ToolTipRole).toString().contains(QLatin1String("third")),
                 qPrintable(i.data(Qt::ToolTipRole).toString()));
        i = rowOf(table->model(), m_ari, M::Column::Renewal);
        QCOMPARE(i.data().toString(),
                 QStringLiteral("From %1").arg(QLocale().toString(
                     m_clock.now().addDays(41).toLocalTime().date(), QLocale::ShortFormat)));
        QVERIFY2(i.data(Qt::ToolTipRole).toString().contains(QLatin1String("CA's suggested")),
                 qPrintable(i.data(Qt::ToolTipRole).toString()));
        QCOMPARE(rowOf(table->model(), m_imported, M::Column::Renewal).data().toString(),
                 QStringLiteral("Not managed"));

        // "Renew now" is offered for what AcmeDesk issued, with the reason when it is not.
        auto *renewNow = window.findChild<QAction *>(QStringLiteral("renewNowAction"));
        QVERIFY(renewNow);
        table->setCurrentIndex(rowOf(table->model(), m_imported, M::Column::Subject));
        QVERIFY(!renewNow->isEnabled());
        QVERIFY(renewNow->toolTip().contains(QLatin1String("where it was issued")));

        // A policy of its own, and a default in days, show at once after a reload.
        QVERIFY(
            CertificateRepository(*m_db).setRenewalPolicy(m_issued, QStringLiteral("off")).ok());
        QVERIFY(RenewalSettings(*m_db)
                    .setDefaultPolicy(*RenewalPolicy::parse(QStringLiteral("20d")))
                    .ok());
        auto *model = window.findChild<M *>();
        QVERIFY(model);
        QVERIFY(model->reload());
        QCOMPARE(rowOf(table->model(), m_issued, M::Column::Renewal).data().toString(),
                 QStringLiteral("Off"));
        QVERIFY(RenewalSettings(*m_db).setDefaultPolicy(RenewalPolicy{}).ok());
        QVERIFY(CertificateRepository(*m_db).setRenewalPolicy(m_issued, {}).ok());
    }

    void policyDialogReturnsTheChoice()
    {
        auto c = CertificateRepository(*m_db).findById(m_issued);
        QVERIFY(c.ok() && c->has_value());
        RenewalPolicyDialog dialog(RenewalPolicy{}, RenewalPolicy::builtInDefault(), **c,
                                   m_clock.now());
        auto *days = dialog.findChild<QSpinBox *>();
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("policyPreview"));
        QVERIFY(days && preview);
        QCOMPARE(dialog.policy().kind, RenewalPolicy::Kind::Default);
        const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
        QSpinBox *daysBox = nullptr;
        for (QSpinBox *s : spins)
            if (s->accessibleName() == QLatin1String("Days before expiry"))
                daysBox = s;
        QVERIFY(daysBox);
        daysBox->setValue(20); // choosing a number picks its option
        QCOMPARE(dialog.policy().toString(), QStringLiteral("days:20"));
        const QDateTime at = (*c)->notAfter.addDays(-20);
        QVERIFY2(
            preview->text().contains(QLocale().toString(at.toLocalTime(), QLocale::LongFormat)),
            qPrintable(preview->text()));
        QRadioButton *off = nullptr;
        for (QRadioButton *b : dialog.findChildren<QRadioButton *>())
            if (b->text().contains(QLatin1String("Never")))
                off = b;
        QVERIFY(off);
        off->setChecked(true);
        QCOMPARE(dialog.policy().toString(), QStringLiteral("off"));
        QVERIFY(preview->text().contains(QLatin1String("off")));
    }

    void automaticRenewalWritesAndRemovesTheTimer()
    {
        QTemporaryDir config, bin;
        QVERIFY(config.isValid() && bin.isValid());
        const QString calls = bin.filePath(QStringLiteral("calls"));
        writeShellScript(bin.path(), QStringLiteral("systemctl"),
                         QByteArray("echo \"$*\" >> '") + calls.toUtf8() + "'\n");
        const QByteArray oldPath = qgetenv("PATH");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("PATH", bin.path().toUtf8() + ':' + oldPath);
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const auto restore = qScopeGuard([&] {
            qputenv("PATH", oldPath);
            if (oldConfig.isEmpty())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });

        Services services{*m_db, &m_secrets};
        services.clock = &m_clock;
        const QString cli = QStringLiteral("/opt/Acme Desk/acmedesk-cli");
        AutoRenewalDialog dialog(services, cli);
        auto *enable = dialog.findChild<QPushButton *>(QStringLiteral("enableAutoRenewal"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeAutoRenewal"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("autoRenewalStatus"));
        auto *files = dialog.findChild<QPlainTextEdit *>(QStringLiteral("autoRenewalFiles"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("autoRenewalResult"));
        QVERIFY(enable && remove && status && files && result);
        QVERIFY(status->text().startsWith(QLatin1String("Not enabled")));
        QVERIFY(!remove->isEnabled());
        const QString service =
            config.filePath(QStringLiteral("systemd/user/acmedesk-renew.service"));
        const QString timer = config.filePath(QStringLiteral("systemd/user/acmedesk-renew.timer"));
        QVERIFY(files->toPlainText().contains(service)); // shown before anything is written
        QVERIFY(!QFile::exists(service));

        enable->click();
        QVERIFY(QFile::exists(service) && QFile::exists(timer));
        QFile f(service);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("ExecStart=\"/opt/Acme Desk/acmedesk-cli\" "
                                              "--data-dir \"%1\" renew")
                                   .arg(m_db->dataDir())),
                 qPrintable(text));
        QVERIFY(result->text().contains(QLatin1String("timer is enabled")));
        QVERIFY(status->text().startsWith(QLatin1String("Enabled")));
        QFile log(calls);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray ran = log.readAll();
        QVERIFY2(ran.contains("--user daemon-reload\n--user enable --now acmedesk-renew.timer"),
                 ran.constData());
        log.close();

        remove->click();
        QVERIFY(!QFile::exists(service) && !QFile::exists(timer));
        QVERIFY(result->text().startsWith(QLatin1String("Removed")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("--user disable --now acmedesk-renew.timer"));
    }
};

QTEST_MAIN(TestRenewalUi)
#include "tst_renewalui.moc"
