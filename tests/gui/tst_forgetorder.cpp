// "Forget order…" on the Dashboard: enabled for a paused order, asks first and says what happens
// to the key, then the order is forgotten and its key leaves the keychain. No CA is needed: the
// order is paused in the database, the keychain is a MemorySecretStore.
#include "core/crypto/KeyPair.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/OrderRepository.h"
#include "models/OrderListModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace acmedesk;

class TestForgetOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;

    template <typename T> T *find(const QObject *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }

    qint64 pausedOrder(qint64 accountId, const QString &name)
    {
        OrderRecord o;
        o.accountId = accountId;
        o.identifiers = {name};
        o.stage = OrderStage::Authorizing;
        o.url = QUrl(QStringLiteral("https://ca.invalid/order/1"));
        o.lastError = QStringLiteral("The CA is slow.");
        OrderRepository orders(*m_db);
        auto id = orders.insert(o);
        if (!id)
            return 0;
        o.id = *id;
        o.keyRef = QStringLiteral("order/%1/key").arg(o.id);
        if (!orders.update(o))
            return 0;
        auto key = KeyPair::generate(KeyType::EcP256);
        auto pem = key->privateKeyPem();
        m_secrets.write(o.keyRef, *pem, [](Result<void>) {});
        return o.id;
    }

    int rowOf(QTableView *table, qint64 orderId)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(OrderListModel::OrderIdRole).toLongLong() ==
                orderId)
                return r;
        }
        return -1;
    }

    // Answers the confirmation once it shows; returns its text through `seen`.
    void answerConfirmation(bool forget, QString *seen)
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, forget, seen] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("forgetOrderConfirmation"))
                return;
            poll->deleteLater();
            *seen = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                const bool isForget = box->buttonRole(b) == QMessageBox::DestructiveRole;
                if (isForget == forget)
                    return b->click();
            }
        });
        poll->start(20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY(db.ok());
        m_db = *db;
    }

    void forgetsAPausedOrderAfterAsking()
    {
        Account a;
        a.name = QStringLiteral("web team");
        a.directoryUrl = QUrl(QStringLiteral("https://ca.invalid/directory"));
        a.accountUrl = QUrl(QStringLiteral("https://ca.invalid/acct/1"));
        a.status = accountstatus::Valid;
        auto accountId = AccountRepository(*m_db).insert(a);
        QVERIFY(accountId.ok());
        const qint64 id = pausedOrder(*accountId, QStringLiteral("forget.example.test"));
        QVERIFY(id > 0);
        const QString keyRef = QStringLiteral("order/%1/key").arg(id);
        QVERIFY(m_secrets.contains(keyRef));

        MainWindow window(Services{*m_db, &m_secrets}, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::DashboardPage);
        auto *pending = find<QTableView>(&window, "pendingOrdersTable");
        auto *forget = find<QPushButton>(&window, "forgetOrderButton");
        QVERIFY(pending && forget);
        QTRY_VERIFY(rowOf(pending, id) >= 0);
        pending->selectRow(rowOf(pending, id));
        QTRY_VERIFY(forget->isEnabled()); // paused, keychain ready

        // Cancel keeps everything.
        QString question;
        answerConfirmation(false, &question);
        forget->click();
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QLatin1String("certificate key")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("expire")), qPrintable(question));
        QVERIFY(m_secrets.contains(keyRef));
        QVERIFY(rowOf(pending, id) >= 0);

        question.clear();
        answerConfirmation(true, &question);
        pending->selectRow(rowOf(pending, id));
        forget->click();
        QTRY_VERIFY(!question.isEmpty());
        QTRY_VERIFY(!m_secrets.contains(keyRef));
        QTRY_COMPARE(rowOf(pending, id), -1);
        auto order = OrderRepository(*m_db).findById(id);
        QVERIFY(order && order->has_value());
        QCOMPARE((*order)->stage, OrderStage::Forgotten);
    }
};

QTEST_MAIN(TestForgetOrder)
#include "tst_forgetorder.moc"
