// The first ten minutes, after a restart: an account on AcmeDesk's local test CA keeps working
// when AcmeDesk (and its Pebble) restarts, an order left at the old Pebble is closed with a plain
// message, and the Dashboard's pending orders never get stuck: a paused order is discarded after
// asking (its key leaves the keychain), and a Resume that fails says why next to the order.
#include "GuiTestHelpers.h"
#include "core/crypto/Base64Url.h"
#include "core/jobs/RegistrationJob.h"
#include "core/localca/LocalCaAccounts.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "models/OrderListModel.h"
#include "ui/MainWindow.h"
#include "ui/issue/RunningJobs.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

using namespace acmedesk;

namespace {
constexpr int ServerTimeoutMs = 60000;
}

class TestLocalCaRestart : public QObject
{
    Q_OBJECT

    test::GuiTestEnvironment m_env;
    QStringList m_secretKeys;

    template <typename T> T *find(const QObject *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    QString caDir() const { return m_env.tmp.filePath(QStringLiteral("data/local-ca")); }

    int rowOf(QTableView *table, qint64 orderId)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(OrderListModel::OrderIdRole).toLongLong() ==
                orderId)
                return r;
        }
        return -1;
    }

    bool hasSecret(const QString &key)
    {
        auto read = test::await<bool>([&](auto done) {
            m_env.secrets->read(key, [done](Result<SecureBytes> r) { done(r.ok()); });
        });
        return read && *read;
    }

    // A paused order of `accountId` at `url`, its certificate key in the keychain.
    qint64 pausedOrder(qint64 accountId, const QString &name, const QUrl &url)
    {
        OrderRecord o;
        o.accountId = accountId;
        o.identifiers = {name};
        o.stage = OrderStage::Authorizing;
        o.url = url;
        o.lastError = QStringLiteral("Interrupted.");
        o.options.challenge = ChallengeRoute::Http01;
        o.options.httpAddress = QStringLiteral("127.0.0.1");
        o.options.httpPort = freeLoopbackPort();
        OrderRepository orders(*m_env.db);
        auto id = orders.insert(o);
        if (!id)
            return 0;
        o.id = *id;
        o.keyRef = QStringLiteral("order/%1/key").arg(o.id);
        if (!orders.update(o))
            return 0;
        auto key = KeyPair::generate(KeyType::EcP256);
        auto pem = key->privateKeyPem();
        auto written = test::await<bool>([&](auto done) {
            m_env.secrets->write(o.keyRef, *pem, [done](Result<void> r) { done(r.ok()); });
        });
        m_secretKeys << o.keyRef;
        return written && *written ? o.id : 0;
    }

    // Answers the Discard confirmation once it shows; its text lands in `seen`.
    void answerConfirmation(bool discard, QString *seen)
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, discard, seen] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("forgetOrderConfirmation"))
                return;
            poll->deleteLater();
            *seen = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == discard)
                    return b->click();
            }
        });
        poll->start(20);
    }

    bool eventWith(const QString &subject, const QString &part)
    {
        auto events = EventLog(*m_env.db).about(subject);
        if (!events)
            return false;
        for (const auto &e : *events) {
            if (e.message.contains(part))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("Pebble is not installed (Debian package pebble)");
        m_env.start({}, false); // the test CA is the application's own, in <data dir>/local-ca
    }

    void cleanupTestCase() { m_env.stop(m_secretKeys); }

    void restartKeepsTheAccountWorking()
    {
        qint64 accountId = 0;
        QUrl firstAccountUrl;
        LocalTestCa::EabPair firstEab;
        quint16 firstPort = 0;
        qint64 staleOrder = 0;
        {
            // First run: the test CA as the wizard starts it, an account, an unfinished order.
            LocalTestCa ca(caDir());
            auto started = test::await<Result<void>>([&](auto done) { ca.ensureRunning(done); },
                                                     ServerTimeoutMs);
            QVERIFY2(started && started->ok(), started ? qPrintable(started->error().message) : "");
            firstEab = ca.eab(0);
            firstPort = ca.directoryUrl().port();
            auto hmac = decodeEabHmac(firstEab.hmacKey);
            QVERIFY(hmac.ok());
            RegistrationRequest req;
            req.name = QStringLiteral("Local test");
            req.preset = QString(presetids::LocalTest);
            req.directoryUrl = ca.directoryUrl();
            req.localTestCa = true;
            req.caBundlePem = ca.caBundlePem();
            req.eabKeyId = firstEab.keyId;
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
                     registered ? qPrintable(registration.error().message) : "timed out");
            accountId = registration.account().id;
            firstAccountUrl = registration.account().accountUrl;
            m_secretKeys << secretkeys::accountKey(accountId);
            staleOrder =
                pausedOrder(accountId, QStringLiteral("before.example.test"),
                            QUrl(ca.directoryUrl().resolved(QUrl(QStringLiteral("/my-order/1")))));
            QVERIFY(staleOrder > 0);
        } // AcmeDesk quits: Pebble stops and forgets everything

        // Second run, on the same data folder, as main.cpp builds it.
        LocalTestCa ca(caDir());
        QVERIFY(!ca.isRunning());
        Services services = m_env.services();
        services.localTestCa = &ca;
        MainWindow window(services, &ca);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::DashboardPage);
        auto *pending = find<QTableView>(&window, "pendingOrdersTable");
        QTRY_VERIFY(rowOf(pending, staleOrder) >= 0);

        // Issuing starts the test CA again with the same values and registers the account again.
        IssuanceRequest issue;
        issue.accountId = accountId;
        issue.identifiers = {QStringLiteral("after.example.test")};
        issue.options.challenge = ChallengeRoute::Http01;
        issue.options.httpAddress = QStringLiteral("127.0.0.1");
        issue.options.httpPort = freeLoopbackPort();
        issue.options.outDir = m_env.tmp.filePath(QStringLiteral("out-after"));
        QTRY_VERIFY(window.keychainState() == KeychainState::Ready);
        IssuanceJob *job = window.runningJobs()->start(issue);
        QString why = QStringLiteral("timed out");
        auto issued = test::await<bool>(
            [&](auto done) {
                connect(job, &IssuanceJob::finished, this, [&why, job, done](bool ok) {
                    why = job->error().message; // the job is gone after this signal
                    done(ok);
                });
            },
            ServerTimeoutMs);
        QVERIFY2(issued && *issued, qPrintable(why));

        QVERIFY(ca.isRunning());
        QCOMPARE(ca.eab(0).keyId, firstEab.keyId);
        QCOMPARE(ca.eab(0).hmacKey, firstEab.hmacKey);
        QCOMPARE(ca.directoryUrl().port(), firstPort); // free again, so the same
        auto account = AccountRepository(*m_env.db).findById(accountId);
        QVERIFY(account && account->has_value());
        QCOMPARE((*account)->status, accountstatus::Valid);
        QCOMPARE((*account)->eabKeyId, firstEab.keyId);
        QCOMPARE((*account)->directoryUrl, ca.directoryUrl());
        QVERIFY((*account)->accountUrl != firstAccountUrl);
        QVERIFY(
            eventWith(QStringLiteral("Local test"), QStringLiteral("local test CA was restarted")));

        // The order made at the old Pebble: closed, with the plain message, its key gone.
        auto stale = OrderRepository(*m_env.db).findById(staleOrder);
        QVERIFY(stale && stale->has_value());
        QCOMPARE((*stale)->stage, OrderStage::Failed);
        QCOMPARE((*stale)->lastError, LocalCaAccounts::orderClosedMessage());
        QTRY_VERIFY(!hasSecret((*stale)->keyRef));
        QTRY_COMPARE(rowOf(pending, staleOrder), -1);
        // Nowhere the advice to check a URL the user never typed.
        for (const auto &[name, text] : test::allWidgetTexts(&window))
            QVERIFY2(!text.contains(QLatin1String("Check the ACME URL")), qPrintable(name));
        ca.stop();
    }

    void discardsAPausedOrderAfterAsking()
    {
        Account a;
        a.name = QStringLiteral("elsewhere");
        a.directoryUrl = QUrl(QStringLiteral("https://ca.invalid/directory"));
        a.accountUrl = QUrl(QStringLiteral("https://ca.invalid/acct/1"));
        a.status = accountstatus::Valid;
        auto accountId = AccountRepository(*m_env.db).insert(a);
        QVERIFY(accountId.ok());
        const qint64 id = pausedOrder(*accountId, QStringLiteral("discard.example.test"),
                                      QUrl(QStringLiteral("https://ca.invalid/order/1")));
        QVERIFY(id > 0);
        const QString keyRef = QStringLiteral("order/%1/key").arg(id);
        QVERIFY(hasSecret(keyRef));

        MainWindow window(m_env.services(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::DashboardPage);
        auto *pending = find<QTableView>(&window, "pendingOrdersTable");
        auto *discard = find<QPushButton>(&window, "forgetOrderButton");
        auto *stop = find<QPushButton>(&window, "stopOrderButton");
        QTRY_VERIFY(rowOf(pending, id) >= 0);
        pending->selectRow(rowOf(pending, id));
        QTRY_VERIFY(discard->isEnabled());
        // What cannot be done says why.
        QVERIFY(!stop->isEnabled());
        QVERIFY2(stop->toolTip().contains(QLatin1String("not running")),
                 qPrintable(stop->toolTip()));
        QVERIFY(!find<QPushButton>(&window, "dismissOrderButton")->toolTip().isEmpty());

        QString question;
        answerConfirmation(true, &question);
        discard->click();
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QLatin1String("certificate key")), qPrintable(question));
        QTRY_COMPARE(rowOf(pending, id), -1);
        QTRY_VERIFY(!hasSecret(keyRef));
        auto order = OrderRepository(*m_env.db).findById(id);
        QVERIFY(order && order->has_value());
        QCOMPARE((*order)->stage, OrderStage::Forgotten);
        auto unfinished = OrderRepository(*m_env.db).unfinished();
        QVERIFY(unfinished.ok());
        for (const OrderRecord &o : *unfinished)
            QVERIFY(o.id != id);
    }

    void failedResumeSaysWhyInPlace()
    {
        // An account whose server does not answer (nothing listens on the port).
        const quint16 closedPort = freeLoopbackPort();
        Account a;
        a.name = QStringLiteral("gone server");
        a.directoryUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/directory").arg(closedPort));
        a.accountUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/acct/1").arg(closedPort));
        a.status = accountstatus::Valid;
        auto accountId = AccountRepository(*m_env.db).insert(a);
        QVERIFY(accountId.ok());
        auto key = KeyPair::generate(KeyType::EcP256);
        auto pem = key->privateKeyPem();
        const QString accountKey = secretkeys::accountKey(*accountId);
        m_secretKeys << accountKey;
        auto written = test::await<bool>([&](auto done) {
            m_env.secrets->write(accountKey, *pem, [done](Result<void> r) { done(r.ok()); });
        });
        QVERIFY(written && *written);
        const qint64 id =
            pausedOrder(*accountId, QStringLiteral("resume.example.test"),
                        QUrl(QStringLiteral("https://127.0.0.1:%1/order/1").arg(closedPort)));
        QVERIFY(id > 0);

        // A CA that does not answer is retried until the order's deadline (24 hours by
        // default, while the row shows each retry); here the deadline is over at once.
        Services services = m_env.services();
        services.retry.orderDeadlineMs = 1;
        MainWindow window(services, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::DashboardPage);
        auto *pending = find<QTableView>(&window, "pendingOrdersTable");
        auto *resume = find<QPushButton>(&window, "resumeOrderButton");
        auto *note = find<QLabel>(&window, "pendingOrderNote");
        QTRY_VERIFY(rowOf(pending, id) >= 0);
        pending->selectRow(rowOf(pending, id));
        QTRY_VERIFY(resume->isEnabled());
        QVERIFY(note->isHidden());
        resume->click();
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), ServerTimeoutMs);
        QVERIFY2(note->text().contains(QLatin1String("refused the connection")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLatin1String("The last attempt failed")),
                 qPrintable(note->text()));
        const int row = rowOf(pending, id);
        QVERIFY(row >= 0);
        const QString stage =
            pending->model()->index(row, int(OrderListModel::Column::Stage)).data().toString();
        QVERIFY2(stage.contains(QLatin1String("last attempt failed")), qPrintable(stage));
        const QString status =
            pending->model()->index(row, int(OrderListModel::Column::Status)).data().toString();
        QVERIFY2(status.contains(QLatin1String("refused the connection")), qPrintable(status));
        QVERIFY(resume->isEnabled()); // it can be tried again
        QVERIFY(find<QPushButton>(&window, "forgetOrderButton")->isEnabled());
    }
};

QTEST_MAIN(TestLocalCaRestart)
#include "tst_localcarestart.moc"
