// Keychain entry names: secretkeys:: spells them, parseSecretName() reads every one back and
// nothing else.
#include "core/secrets/SecretStore.h"

#include <QTest>

using namespace acmedesk;

Q_DECLARE_METATYPE(acmedesk::SecretKind)

class TestSecretNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spelling()
    {
        QCOMPARE(secretkeys::accountKey(7), QStringLiteral("account/7/key"));
        QCOMPARE(secretkeys::accountKeyNext(7), QStringLiteral("account/7/key.next"));
        QCOMPARE(secretkeys::accountHmac(7), QStringLiteral("account/7/eab-hmac"));
        QCOMPARE(secretkeys::orderKey(12), QStringLiteral("order/12/key"));
        QCOMPARE(secretkeys::orderPfxPassword(12), QStringLiteral("order/12/pfx-password"));
        QCOMPARE(secretkeys::probe(QStringLiteral("00ff")), QStringLiteral("probe/00ff"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<qint64>("id");
        for (const qint64 id : {qint64(1), qint64(42), qint64(9007199254740993)}) {
            const QByteArray n = QByteArray::number(id);
            QTest::addRow("account key %s", n.constData())
                << secretkeys::accountKey(id) << SecretKind::AccountKey << id;
            QTest::addRow("account next key %s", n.constData())
                << secretkeys::accountKeyNext(id) << SecretKind::AccountKeyNext << id;
            QTest::addRow("account hmac %s", n.constData())
                << secretkeys::accountHmac(id) << SecretKind::AccountHmac << id;
            QTest::addRow("order key %s", n.constData())
                << secretkeys::orderKey(id) << SecretKind::OrderKey << id;
            QTest::addRow("order pfx password %s", n.constData())
                << secretkeys::orderPfxPassword(id) << SecretKind::OrderPfxPassword << id;
            QTest::addRow("scm password %s", n.constData())
                << secretkeys::scmPassword(id) << SecretKind::ScmPassword << id;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(SecretKind, kind);
        QFETCH(qint64, id);
        const auto parsed = parseSecretName(name);
        QVERIFY2(parsed.has_value(), qPrintable(name));
        QVERIFY(parsed->kind == kind);
        QCOMPARE(parsed->id, id);
        QVERIFY(parsed->probeToken.isEmpty());
    }

    void probe()
    {
        const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
        const auto parsed = parseSecretName(secretkeys::probe(token));
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->kind == SecretKind::Probe);
        QCOMPARE(parsed->probeToken, token);
        QCOMPARE(parsed->id, qint64(0));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("name");
        const char *const bad[] = {
            "",
            "account",
            "account/",
            "account/1",
            "account//key",
            "account/0/key",
            "account/-1/key",
            "account/+1/key",
            "account/01/key",
            "account/1a/key",
            "account/ 1/key",
            "account/1/Key",
            "account/1/key/extra",
            "account/1/key.old",
            "account/99999999999999999999/key",
            "order/1/eab-hmac",
            "order/1/key.next",
            "orders/1/key",
            "scm/1/key",
            "scm/0/password",
            "account/1/password",
            "/account/1/key",
            "db-123/account/1/key", // a store's namespace is not part of the name
            "probe/",
            "probe/XYZ",
            "probe/ABCDEF",
            "probe/00/11",
        };
        for (const char *name : bad)
            QTest::newRow(*name ? name : "(empty)") << QString::fromLatin1(name);
    }

    void rejects()
    {
        QFETCH(QString, name);
        QVERIFY2(!parseSecretName(name).has_value(), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestSecretNames)
#include "tst_secretnames.moc"
