// ACME accounts with External Account Binding against a real Pebble (EAB required, -strict), the
// real Secret Service (gnome-keyring) and a real SQLite file, through the job and the real CLI.
// CTest runs this twice: with Pebble's nonce rejection at 0 % and at 50 %.
#include "core/acme/AcmeClient.h"
#include "core/crypto/Base64Url.h"
#include "core/jobs/RegistrationJob.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/AccountRepository.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_caDir;
    LocalTestCa *m_ca = nullptr;
    KeychainSecretStore m_secrets;
    std::optional<Database> m_db;
    int m_nextEab = 0;
    QList<QByteArray> m_secretsSeen; // HMACs and key PEM lines that must never reach a file

    LocalTestCa::EabPair takeEab()
    {
        const auto pair = m_ca->eab(m_nextEab++);
        m_secretsSeen << pair.hmacKey.toLatin1();
        return pair;
    }

    QString caBundleFile()
    {
        const QString path = m_caDir.filePath(QStringLiteral("bundle.pem"));
        QFile f(path);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write(m_ca->caBundlePem());
        return path;
    }

    Result<bool> registerWithJob(const QString &name, KeyType type, const QString &kid,
                                 const QString &hmacText, Error *errorOut = nullptr)
    {
        auto key = decodeEabHmac(hmacText);
        if (!key)
            return key.error();
        RegistrationRequest req;
        req.name = name;
        req.preset = QString(presetids::LocalTest);
        req.directoryUrl = m_ca->directoryUrl();
        req.localTestCa = true;
        req.caBundlePem = m_ca->caBundlePem();
        req.eabKeyId = kid;
        req.eabHmac = key->key;
        req.keyType = type;
        req.emails = {QStringLiteral("admin@example.org")};
        req.agreeToTerms = true;
        RegistrationJob job(Services{*m_db, &m_secrets}, req);
        auto ok = await<bool>([&](auto done) {
            connect(&job, &RegistrationJob::finished, this, done);
            job.start();
        });
        if (!ok)
            return Error::invalid(QStringLiteral("registration timed out"));
        if (!*ok && errorOut)
            *errorOut = job.error();
        return *ok;
    }

    Account accountNamed(const QString &name)
    {
        auto a = AccountRepository(*m_db).findByName(name);
        return (a.ok() && a->has_value()) ? **a : Account{};
    }

    std::optional<KeyPair> storedKey(qint64 id)
    {
        auto pem = await<Result<SecureBytes>>(
            [&](auto done) { m_secrets.read(secretkeys::accountKey(id), done); });
        if (!pem || !pem->ok())
            return std::nullopt;
        for (const QByteArray &line : pemBodyLines(pem->value().bytes()))
            m_secretsSeen << line;
        auto k = KeyPair::fromPem(pem->value().bytes());
        return k.ok() ? std::optional<KeyPair>(*k) : std::nullopt;
    }

    // A signed POST-as-GET-style account fetch with the given key: proves what the CA accepts.
    Result<AccountInfo> fetchWith(const Account &a, const KeyPair &key)
    {
        AcmeClient client(ServerOptions::forAccount(a));
        client.setAccountKey(key, a.accountUrl);
        auto r = await<Result<AccountInfo>>([&](auto done) { client.fetchAccount(done); });
        if (!r)
            return Error::invalid(QStringLiteral("timed out"));
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed (apt install pebble)");
        ACMEDESK_REQUIRE_KEYCHAIN();
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        m_db = *db;
        m_secrets.setNamespace(m_db->instanceId()); // as the CLI does for this data folder
        m_ca = new LocalTestCa(m_caDir.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.extraEabKeys = 20;
        QByteArray dashKey =
            QByteArray(1, char(0xf9)) + QByteArray(63, 'k'); // base64url text starts with '-'
        o.fixedEab << LocalTestCa::EabPair{QStringLiteral("-dash-kid"), b64::encodeString(dashKey)};
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(),
                 qPrintable(started.ok() ? QString()
                                         : started.error().message + started.error().detail));
    }

    void registerEachKeyType_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("ES256") << int(KeyType::EcP256);
        QTest::newRow("ES384") << int(KeyType::EcP384);
        QTest::newRow("RS256") << int(KeyType::Rsa2048);
    }
    void registerEachKeyType()
    {
        QFETCH(int, type);
        const QString name = QStringLiteral("job-") + keyTypeName(KeyType(type));
        const auto eab = takeEab();
        Error err;
        auto ok = registerWithJob(name, KeyType(type), eab.keyId, eab.hmacKey, &err);
        QVERIFY(ok.ok());
        QVERIFY2(*ok, qPrintable(err.message + QLatin1Char(' ') + err.detail));
        const Account a = accountNamed(name);
        QCOMPARE(a.status, QStringLiteral("valid"));
        QCOMPARE(a.accountUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(a.keyType, KeyType(type));
        QCOMPARE(a.eabKeyId, eab.keyId);
        QVERIFY(!a.hmacKept);
        auto key = storedKey(a.id);
        QVERIFY(key.has_value());
        QCOMPARE(key->type(), KeyType(type));
        // The stored key is the account's key: the CA answers requests signed with it.
        auto info = fetchWith(a, *key);
        QVERIFY2(info.ok(),
                 qPrintable(info.ok() ? QString() : info.error().message + info.error().detail));
        QCOMPARE(info->status, QStringLiteral("valid"));
        // The HMAC was not kept.
        auto hmac = await<Result<SecureBytes>>(
            [&](auto done) { m_secrets.read(secretkeys::accountHmac(a.id), done); });
        QVERIFY(hmac && !hmac->ok());
    }

    void eabErrorsAreTold_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown Key ID")
            << QStringLiteral("kid") << QStringLiteral("does not know this Key ID");
        QTest::newRow("wrong HMAC")
            << QStringLiteral("hmac") << QStringLiteral("rejected the HMAC key");
    }
    void eabErrorsAreTold()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const auto eab = takeEab();
        const QString kid =
            kind == QLatin1String("kid") ? QStringLiteral("no-such-key-id-1234") : eab.keyId;
        const QString hmac =
            kind == QLatin1String("hmac") ? b64::encodeString(QByteArray(64, 'x')) : eab.hmacKey;
        const int before = AccountRepository(*m_db).all()->size();
        Error err;
        auto ok = registerWithJob(QStringLiteral("bad-") + kind, KeyType::EcP256, kid, hmac, &err);
        QVERIFY(ok.ok());
        QVERIFY(!*ok);
        QVERIFY2(err.message.contains(expected),
                 qPrintable(err.message + QStringLiteral(" | ") + err.detail));
        QCOMPARE(err.code, QStringLiteral("unauthorized"));
        // Nothing is left behind: no account row (so no key reference either).
        QCOMPARE(AccountRepository(*m_db).all()->size(), before);
    }

    void missingEabIsTold()
    {
        ServerOptions o;
        o.directoryUrl = m_ca->directoryUrl();
        o.localTestCa = true;
        o.extraCaCertificates = *ServerOptions::parseCaBundle(m_ca->caBundlePem());
        AcmeClient client(o);
        client.setAccountKey(*KeyPair::generate(KeyType::EcP256));
        NewAccountOptions n;
        n.agreeToTerms = true;
        auto r = await<Result<AccountInfo>>([&](auto done) { client.newAccount(n, done); });
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("externalAccountRequired"));
        QVERIFY(r->error().message.contains(QLatin1String("requires External Account Binding")));
    }

    void existingAccountIsFound()
    {
        const Account a = accountNamed(QStringLiteral("job-ec-p256"));
        auto key = storedKey(a.id);
        QVERIFY(key.has_value());
        ServerOptions o = ServerOptions::forAccount(a);
        AcmeClient client(o);
        client.setAccountKey(*key);
        auto r = await<Result<AccountInfo>>([&](auto done) { client.findAccount(done); });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().url, a.accountUrl);
        QVERIFY(!r->value().created);
        // A key the CA has never seen: accountDoesNotExist.
        client.setAccountKey(*KeyPair::generate(KeyType::EcP256));
        r = await<Result<AccountInfo>>([&](auto done) { client.findAccount(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, QStringLiteral("accountDoesNotExist"));
    }

    // The four encodings of one HMAC key register through the CLI (key from a file and stdin).
    void cliRegistersWithEveryHmacEncoding_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("url-unpadded") << QStringLiteral("url");
        QTest::newRow("url-padded") << QStringLiteral("url=");
        QTest::newRow("std-unpadded") << QStringLiteral("std");
        QTest::newRow("std-padded-wrapped") << QStringLiteral("std=");
    }
    void cliRegistersWithEveryHmacEncoding()
    {
        QFETCH(QString, encoding);
        const auto eab = takeEab();
        const QByteArray raw = *b64::decodeUrl(eab.hmacKey.toLatin1());
        QByteArray text;
        if (encoding.startsWith(QLatin1String("url")))
            text = raw.toBase64(QByteArray::Base64UrlEncoding |
                                (encoding.endsWith(QLatin1Char('='))
                                     ? QByteArray::KeepTrailingEquals
                                     : QByteArray::OmitTrailingEquals));
        else
            text =
                raw.toBase64(encoding.endsWith(QLatin1Char('=')) ? QByteArray::KeepTrailingEquals
                                                                 : QByteArray::OmitTrailingEquals);
        if (encoding == QLatin1String("std="))
            text = text.left(40) + "\n  " + text.mid(40) + "\n"; // as pasted from a wrapped mail
        m_secretsSeen << text.trimmed();
        const QString name = QStringLiteral("cli-") + encoding;
        const QStringList args{QStringLiteral("account"),
                               QStringLiteral("add"),
                               QStringLiteral("--name"),
                               name,
                               QStringLiteral("--server"),
                               m_ca->directoryUrl().toString(),
                               QStringLiteral("--eab-kid"),
                               eab.keyId,
                               QStringLiteral("--eab-hmac-key-file"),
                               QStringLiteral("-"),
                               QStringLiteral("--ca-bundle"),
                               caBundleFile(),
                               QStringLiteral("--local-test-ca"),
                               QStringLiteral("--agree-tos"),
                               QStringLiteral("--email"),
                               QStringLiteral("ops@example.org")};
        const CliResult r = runCli(m_dataDir.path(), args, text);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(name.toUtf8()));
        for (const QByteArray &s : std::as_const(m_secretsSeen)) {
            QVERIFY(!r.out.contains(s));
            QVERIFY(!r.err.contains(s));
        }
        QCOMPARE(accountNamed(name).status, QStringLiteral("valid"));
    }

    void cliValuesBeginningWithDash()
    {
        // Key ID and HMAC key that begin with '-' are taken as the options' values, not as options.
        const LocalTestCa::EabPair eab = m_ca->eabPairs().constLast();
        QVERIFY(eab.keyId.startsWith(QLatin1Char('-')) && eab.hmacKey.startsWith(QLatin1Char('-')));
        m_secretsSeen << eab.hmacKey.toLatin1();
        const CliResult r = runCli(
            m_dataDir.path(),
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("cli-dash"), QStringLiteral("--server"),
             m_ca->directoryUrl().toString(), QStringLiteral("--eab-kid"), eab.keyId,
             QStringLiteral("--eab-hmac-key"), eab.hmacKey, QStringLiteral("--ca-bundle"),
             caBundleFile(), QStringLiteral("--local-test-ca"), QStringLiteral("--agree-tos")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(accountNamed(QStringLiteral("cli-dash")).eabKeyId, eab.keyId);
        const CliResult bad =
            runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("x"), QStringLiteral("--server"),
                    QStringLiteral("https://localhost:1/dir"), QStringLiteral("--eab-kid"),
                    QStringLiteral("-kid"), QStringLiteral("--eab-hmac-key"),
                    QStringLiteral("-#not-base64")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith("acmedesk-cli: --eab-hmac-key: "), bad.err.constData());
        QVERIFY2(bad.err.contains("Character '#' at position 2"), bad.err.constData());
    }

    void cliUsageAndListing()
    {
        CliResult r = runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("add"),
                                                QStringLiteral("--name")});
        QCOMPARE(r.exitCode, 2);
        r = runCli(m_dataDir.path(), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 2);
        r = runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("nobody")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        r = runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QVERIFY(list.size() >= 7);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *field : {"name", "server", "status", "accountUrl", "keyType"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
        }
        r = runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("show"),
                                      QStringLiteral("cli-url"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("valid"));
    }

    void rolloverThenSignWithNewKey()
    {
        const Account before = accountNamed(QStringLiteral("cli-url"));
        auto oldKey = storedKey(before.id);
        QVERIFY(oldKey.has_value());
        const CliResult r =
            runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("rollover"),
                                      QStringLiteral("cli-url"), QStringLiteral("--key-type"),
                                      QStringLiteral("ec-p384")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Account after = accountNamed(QStringLiteral("cli-url"));
        QCOMPARE(after.keyType, KeyType::EcP384);
        auto newKey = storedKey(after.id);
        QVERIFY(newKey.has_value());
        QVERIFY(newKey->thumbprint() != oldKey->thumbprint());
        auto withNew = fetchWith(after, *newKey);
        QVERIFY2(withNew.ok(), qPrintable(withNew.ok() ? QString() : withNew.error().message));
        QVERIFY(!fetchWith(after, *oldKey).ok());
        // No leftover "next key" entry.
        auto next = await<Result<SecureBytes>>(
            [&](auto done) { m_secrets.read(secretkeys::accountKeyNext(after.id), done); });
        QVERIFY(next && !next->ok());
    }

    void deactivate()
    {
        const CliResult r =
            runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("deactivate"),
                                      QStringLiteral("cli-std")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Account a = accountNamed(QStringLiteral("cli-std"));
        QCOMPARE(a.status, QStringLiteral("deactivated"));
        auto key = storedKey(a.id);
        QVERIFY(key.has_value());
        auto after = fetchWith(a, *key);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, QStringLiteral("unauthorized"));
    }

    // Last: a restart makes Pebble forget every account, as a server reset would. This Pebble is
    // the suite's own, not the data folder's local test CA (<data dir>/local-ca has none of its
    // Key IDs), so the CLI leaves the account alone: no Pebble of its own, no registration
    // elsewhere (docs/local-test-ca.md; tst_localcarestart covers the data folder's test CA).
    void serverResetGivesAccountDoesNotExist()
    {
        auto restarted = await<Result<void>>([&](auto done) { m_ca->restart(done); }, 40000);
        QVERIFY(restarted && restarted->ok());
        const CliResult r =
            runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("rollover"),
                                      QStringLiteral("job-ec-p256")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Register it again"), r.err.constData());
        QCOMPARE(accountNamed(QStringLiteral("job-ec-p256")).status,
                 QStringLiteral("unknown-to-server"));
    }

    void cleanupTestCase()
    {
        if (!m_db)
            return;
        // Leak check: no HMAC and no account key material in any file under the data dir or
        // Pebble's folder (database, WAL, logs).
        const auto accounts = AccountRepository(*m_db).all();
        QVERIFY(accounts.ok());
        for (const Account &a : *accounts)
            storedKey(a.id);
        QVERIFY(m_secretsSeen.size() > 10);
        const QStringList hits = filesContaining(m_dataDir.path(), m_secretsSeen) +
                                 filesContaining(m_caDir.path(), m_secretsSeen);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        // Remove what this test put in the real keychain.
        for (const Account &a : *accounts)
            await<Result<void>>(
                [&](auto done) { m_secrets.remove(secretkeys::accountKey(a.id), done); });
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
