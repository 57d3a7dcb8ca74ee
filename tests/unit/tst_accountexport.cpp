// AccountExport: every format parsed back (YAML by a strict reader of the subset, command lines
// by shell-like splitters, Caddyfile tokens) with the right values in the right places; the
// placeholder and the warning without the key; solvers from the account's orders and the SCM
// note from a real SQLite store; PrivateFile creates 0600 whatever the umask.
#include "core/crypto/Base64Url.h"
#include "core/handoff/AccountExport.h"
#include "core/store/AccountRepository.h"
#include "core/store/OrderRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/PrivateFile.h"
#include "support/ConfigParsers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace acmedesk;
using namespace acmedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Server = QStringLiteral("https://acme.sectigo.com/v2/OV");
const QString KeyId = QStringLiteral("vdqC9Ugc8ynD0HTkwBS6vQ");
// 64 bytes whose base64url starts with '-' (0xfb 0xe0): a key a parser could take for an option.
const QByteArray RawKey = QByteArray::fromHex("fbe0") + QByteArray(62, '\x5a');

Account account()
{
    Account a;
    a.id = 7;
    a.name = QStringLiteral("Production OV");
    a.directoryUrl = QUrl(Server);
    a.contacts = {QStringLiteral("mailto:pki@example.com")};
    a.eabKeyId = KeyId;
    a.hmacKept = true;
    return a;
}

ExportInput input(bool withKey, QStringList http = {}, QStringList dns = {})
{
    return ExportInput{account(), withKey ? SecureBytes(RawKey) : SecureBytes(),
                       ExportFacts{std::move(http), std::move(dns), false}};
}

// The comments as running text: wrapped lines joined again.
QString prose(const QString &text)
{
    QString t = text;
    return t.replace(QLatin1String("\n# "), QLatin1String(" "));
}

QString keyText()
{
    return b64::encodeString(RawKey);
}

// The one command line of a shell export (comments dropped).
QStringList onlyCommand(const QString &text)
{
    const auto commands = shellCommands(text);
    if (!commands || commands->size() != 1)
        return {};
    return commands->constFirst();
}

// The value of "--opt VALUE" or "--opt=VALUE" in `words`; null when absent.
QString optionValue(const QStringList &words, const QString &option)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == option && i + 1 < words.size())
            return words.at(i + 1);
        if (words.at(i).startsWith(option + QLatin1Char('=')))
            return words.at(i).mid(option.size() + 1);
    }
    return {};
}

QStringList optionValues(const QStringList &words, const QString &option)
{
    QStringList values;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == option && i + 1 < words.size())
            values << words.at(i + 1);
        else if (words.at(i).startsWith(option + QLatin1Char('=')))
            values << words.at(i).mid(option.size() + 1);
    }
    return values;
}

} // namespace

class TestAccountExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNamesRoundTrip()
    {
        const QStringList names = AccountExport::formatNames();
        QCOMPARE(names.size(), 7);
        for (const QString &n : names) {
            const auto f = AccountExport::formatFromName(n);
            QVERIFY2(f.has_value(), qPrintable(n));
            QCOMPARE(AccountExport::formatName(*f), n);
            QVERIFY(!AccountExport::formatLabel(*f).isEmpty());
        }
        QVERIFY(!AccountExport::formatFromName(u"Lego").has_value());
    }

    void kubernetesNames()
    {
        QCOMPARE(AccountExport::kubernetesName(QStringLiteral("Production OV")),
                 QStringLiteral("acmedesk-production-ov"));
        QCOMPARE(AccountExport::kubernetesName(QStringLiteral("  Ünï / Lab_2 --")),
                 QStringLiteral("acmedesk-n-lab-2"));
        QVERIFY(AccountExport::kubernetesName(QString(200, QLatin1Char('a'))).size() <= 50);
    }

    void certManagerIssuerWithKey()
    {
        const QString text =
            AccountExport::render(ExportFormat::CertManager, input(true, {u"www.example.com"_s}));
        QString error;
        const auto docs = yamlDocuments(text, &error);
        QVERIFY2(docs.has_value(), qPrintable(error + QLatin1Char('\n') + text));
        QCOMPARE(docs->size(), 2);
        const QVariant secret = docs->at(0), issuer = docs->at(1);
        QCOMPARE(yamlAt(secret, u"kind"_s).toString(), QStringLiteral("Secret"));
        QCOMPARE(yamlAt(secret, u"metadata.name"_s).toString(),
                 QStringLiteral("acmedesk-production-ov-eab"));
        QCOMPARE(yamlAt(secret, u"metadata.namespace"_s).toString(), QStringLiteral("default"));
        // The key as the CA hands it out: base64url, no padding.
        const QString key = yamlAt(secret, u"stringData.hmac-key"_s).toString();
        QCOMPARE(key, keyText());
        QVERIFY(!key.contains(QLatin1Char('=')) && !key.contains(QLatin1Char('+')));
        QVERIFY(key.startsWith(QLatin1Char('-')));

        QCOMPARE(yamlAt(issuer, u"apiVersion"_s).toString(), QStringLiteral("cert-manager.io/v1"));
        QCOMPARE(yamlAt(issuer, u"kind"_s).toString(), QStringLiteral("Issuer"));
        QCOMPARE(yamlAt(issuer, u"metadata.namespace"_s).toString(), QStringLiteral("default"));
        QCOMPARE(yamlAt(issuer, u"spec.acme.server"_s).toString(), Server);
        QCOMPARE(yamlAt(issuer, u"spec.acme.email"_s).toString(),
                 QStringLiteral("pki@example.com"));
        QCOMPARE(yamlAt(issuer, u"spec.acme.externalAccountBinding.keyID"_s).toString(), KeyId);
        QCOMPARE(yamlAt(issuer, u"spec.acme.externalAccountBinding.keySecretRef.name"_s).toString(),
                 yamlAt(secret, u"metadata.name"_s).toString());
        QCOMPARE(yamlAt(issuer, u"spec.acme.externalAccountBinding.keySecretRef.key"_s).toString(),
                 QStringLiteral("hmac-key"));
        QVERIFY(!yamlAt(issuer, u"spec.acme.externalAccountBinding.keyAlgorithm"_s).isValid());
        QCOMPARE(yamlAt(issuer, u"spec.acme.privateKeySecretRef.name"_s).toString(),
                 QStringLiteral("acmedesk-production-ov-account-key"));
        QCOMPARE(yamlAt(issuer, u"spec.acme.solvers"_s).toList().size(), 1);
        QVERIFY(yamlAt(issuer, u"spec.acme.solvers.0.http01.ingress"_s).isValid());
        QVERIFY(!text.contains(AccountExport::HmacPlaceholder));
        QVERIFY(prose(text).contains(QLatin1String("not awaiting external account binding")));
    }

    void certManagerClusterIssuer()
    {
        const QString text = AccountExport::render(ExportFormat::CertManagerCluster, input(false));
        QString error;
        const auto docs = yamlDocuments(text, &error);
        QVERIFY2(docs.has_value(), qPrintable(error + QLatin1Char('\n') + text));
        QCOMPARE(docs->size(), 2);
        QCOMPARE(yamlAt(docs->at(0), u"metadata.namespace"_s).toString(),
                 QStringLiteral("cert-manager"));
        QCOMPARE(yamlAt(docs->at(0), u"stringData.hmac-key"_s).toString(),
                 AccountExport::HmacPlaceholder);
        QCOMPARE(yamlAt(docs->at(1), u"kind"_s).toString(), QStringLiteral("ClusterIssuer"));
        QVERIFY(!yamlAt(docs->at(1), u"metadata.namespace"_s).isValid());
        // No orders yet: http-01 by default, no dns-01.
        QVERIFY(yamlAt(docs->at(1), u"spec.acme.solvers.0.http01"_s).isValid());
        QCOMPARE(yamlAt(docs->at(1), u"spec.acme.solvers"_s).toList().size(), 1);
    }

    void certManagerSolversFollowTheRoutes()
    {
        // Both routes: http-01 for the rest, dns-01 selected for the wildcard.
        QString text = AccountExport::render(
            ExportFormat::CertManager, input(false, {u"www.example.com"_s}, {u"*.example.com"_s}));
        auto docs = yamlDocuments(text);
        QVERIFY2(docs.has_value(), qPrintable(text));
        const QVariant issuer = docs->at(1);
        QVERIFY(yamlAt(issuer, u"spec.acme.solvers.0.http01"_s).isValid());
        QVERIFY(!yamlAt(issuer, u"spec.acme.solvers.0.selector"_s).isValid());
        QVERIFY(yamlAt(issuer, u"spec.acme.solvers.1.dns01"_s).isValid());
        QCOMPARE(yamlAt(issuer, u"spec.acme.solvers.1.selector.dnsNames"_s).toStringList(),
                 QStringList{QStringLiteral("*.example.com")});

        // dns-01 only: one dns01 solver without a selector, and no http01.
        text = AccountExport::render(ExportFormat::CertManager,
                                     input(false, {}, {u"*.example.com"_s}));
        docs = yamlDocuments(text);
        QVERIFY2(docs.has_value(), qPrintable(text));
        QCOMPARE(yamlAt(docs->at(1), u"spec.acme.solvers"_s).toList().size(), 1);
        QVERIFY(yamlAt(docs->at(1), u"spec.acme.solvers.0.dns01.rfc2136"_s).isValid());
        QVERIFY(!yamlAt(docs->at(1), u"spec.acme.solvers.0.selector"_s).isValid());
    }

    void certManagerNotesPreValidatedNames()
    {
        ExportInput in = input(false, {u"www.example.com"_s});
        QVERIFY(!prose(AccountExport::render(ExportFormat::CertManager, in))
                     .contains(u"validated in SCM"_s));
        in.facts.preValidated = true;
        const QString text = AccountExport::render(ExportFormat::CertManager, in);
        QVERIFY2(prose(text).contains(QLatin1String("(www.example.com) is validated in SCM")),
                 qPrintable(text));
        QVERIFY(yamlDocuments(text).has_value());
    }

    void certbotLine()
    {
        const QString text =
            AccountExport::render(ExportFormat::Certbot, input(true, {u"www.example.com"_s}));
        const QStringList w = onlyCommand(text);
        QVERIFY2(!w.isEmpty(), qPrintable(text));
        QCOMPARE(w.mid(0, 2), (QStringList{u"certbot"_s, u"register"_s}));
        QCOMPARE(optionValue(w, u"--server"_s), Server);
        QCOMPARE(optionValue(w, u"--eab-kid"_s), KeyId);
        // "--eab-hmac-key=-..." so that a key starting with '-' is not taken for an option.
        QVERIFY(w.contains(QStringLiteral("--eab-hmac-key=") + keyText()));
        QCOMPARE(optionValue(w, u"--email"_s), QStringLiteral("pki@example.com"));
        QVERIFY(w.contains(u"--agree-tos"_s));
        QVERIFY(text.contains(QLatin1String("# certbot certonly --server")));
    }

    void legoLine()
    {
        const QString text = AccountExport::render(
            ExportFormat::Lego, input(true, {u"a.example.com"_s, u"b.example.com"_s}));
        const QStringList w = onlyCommand(text);
        QVERIFY2(!w.isEmpty(), qPrintable(text));
        QCOMPARE(w.constFirst(), QStringLiteral("lego"));
        QCOMPARE(w.constLast(), QStringLiteral("run"));
        QCOMPARE(optionValue(w, u"--server"_s), Server);
        QVERIFY(w.contains(u"--eab"_s));
        QCOMPARE(optionValue(w, u"--kid"_s), KeyId);
        QVERIFY(w.contains(QStringLiteral("--hmac=") + keyText()));
        QCOMPARE(optionValue(w, u"--email"_s), QStringLiteral("pki@example.com"));
        QVERIFY(w.contains(u"--accept-tos"_s));
        QVERIFY(w.contains(u"--http"_s));
        QCOMPARE(optionValues(w, u"--domains"_s),
                 (QStringList{u"a.example.com"_s, u"b.example.com"_s}));
    }

    void acmeShLine()
    {
        const QString text = AccountExport::render(ExportFormat::AcmeSh, input(true));
        const QStringList w = onlyCommand(text);
        QVERIFY2(!w.isEmpty(), qPrintable(text));
        QCOMPARE(w.mid(0, 2), (QStringList{u"acme.sh"_s, u"--register-account"_s}));
        QCOMPARE(optionValue(w, u"--server"_s), Server);
        QCOMPARE(optionValue(w, u"--eab-kid"_s), KeyId);
        QCOMPARE(optionValue(w, u"--eab-hmac-key"_s), keyText());
        QCOMPARE(optionValue(w, u"--accountemail"_s), QStringLiteral("pki@example.com"));
    }

    void caddyGlobalOptions()
    {
        const QString text = AccountExport::render(ExportFormat::Caddy, input(true));
        const auto t = caddyTokens(text);
        QVERIFY2(t.has_value(), qPrintable(text));
        const QStringList expected{u"{"_s,       u"email"_s,  u"pki@example.com"_s,
                                   u"acme_ca"_s, Server,      u"acme_eab"_s,
                                   u"{"_s,       u"key_id"_s, KeyId,
                                   u"mac_key"_s, keyText(),   u"}"_s,
                                   u"}"_s};
        QCOMPARE(*t, expected);
    }

    void winAcmeLine()
    {
        const QString text =
            AccountExport::render(ExportFormat::WinAcme, input(true, {u"www.example.com"_s}));
        const auto commands = powerShellCommands(text);
        QVERIFY2(commands && commands->size() == 1, qPrintable(text));
        const QStringList w = commands->constFirst();
        QCOMPARE(w.constFirst(), QStringLiteral(".\\wacs.exe"));
        QCOMPARE(optionValue(w, u"--baseuri"_s), Server);
        QCOMPARE(optionValue(w, u"--eab-key-identifier"_s), KeyId);
        QCOMPARE(optionValue(w, u"--eab-key"_s), keyText());
        QCOMPARE(optionValue(w, u"--emailaddress"_s), QStringLiteral("pki@example.com"));
        QCOMPARE(optionValue(w, u"--host"_s), QStringLiteral("www.example.com"));
        QVERIFY(w.contains(u"--accepttos"_s));
    }

    // Whatever the Key ID, e-mail or account name hold, the splitters read back the same values.
    void oddValuesStayWhole()
    {
        ExportInput in = input(true);
        in.account.eabKeyId = QStringLiteral("kid with 'quote' \"and\" $HOME");
        in.account.contacts = {QStringLiteral("mailto:o'brien@example.com")};
        in.account.name = QStringLiteral("Lab \"1\"");
        for (const ExportFormat f :
             {ExportFormat::Certbot, ExportFormat::Lego, ExportFormat::AcmeSh}) {
            const QString text = AccountExport::render(f, in);
            const QStringList w = onlyCommand(text);
            QVERIFY2(!w.isEmpty(), qPrintable(text));
            const QString kid =
                optionValue(w, f == ExportFormat::Lego ? u"--kid"_s : u"--eab-kid"_s);
            QCOMPARE(kid, in.account.eabKeyId);
        }
        const auto ps = powerShellCommands(AccountExport::render(ExportFormat::WinAcme, in));
        QVERIFY(ps && ps->size() == 1);
        QCOMPARE(optionValue(ps->constFirst(), u"--eab-key-identifier"_s), in.account.eabKeyId);
        QCOMPARE(optionValue(ps->constFirst(), u"--emailaddress"_s),
                 QStringLiteral("o'brien@example.com"));
        const auto caddy = caddyTokens(AccountExport::render(ExportFormat::Caddy, in));
        QVERIFY(caddy.has_value());
        QVERIFY(caddy->contains(in.account.eabKeyId));
        const auto yaml = yamlDocuments(AccountExport::render(ExportFormat::CertManager, in));
        QVERIFY(yaml.has_value());
        QCOMPARE(yamlAt(yaml->at(1), u"spec.acme.externalAccountBinding.keyID"_s).toString(),
                 in.account.eabKeyId);
    }

    void everyFormatWithoutKeyHasThePlaceholderAndTheWarning_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &n : AccountExport::formatNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void everyFormatWithoutKeyHasThePlaceholderAndTheWarning()
    {
        QFETCH(QString, format);
        const ExportFormat f = *AccountExport::formatFromName(format);
        const QString without = AccountExport::render(f, input(false));
        QVERIFY(without.contains(AccountExport::HmacPlaceholder));
        QVERIFY(!without.contains(keyText()));
        // The comment tells where the key comes from.
        QVERIFY2(without.contains(QLatin1String("# The HMAC key is not included")),
                 qPrintable(without));
        QVERIFY(prose(without).contains(QLatin1String("Manage > ACME Accounts")));
        const QString with = AccountExport::render(f, input(true));
        QVERIFY(with.contains(keyText()));
        QVERIFY(!with.contains(AccountExport::HmacPlaceholder));
        for (const QString &text : {without, with}) {
            QVERIFY(prose(text).contains(QLatin1String("only one registration per EAB")));
            QVERIFY(prose(text).contains(QLatin1String("add a new ACME account in SCM")));
            // The comments on top are wrapped for a terminal.
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (!line.startsWith(QLatin1Char('#')))
                    break;
                QVERIFY2(line.size() <= 90, qPrintable(line));
            }
        }
    }

    // The routes and the SCM note come from the account's orders and the last SCM sync.
    void factsFromTheStore()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Account a = account();
        a.id = 0;
        auto id = AccountRepository(*db).insert(a);
        QVERIFY(id);
        a.id = *id;
        Account other = account();
        other.id = 0;
        other.name = QStringLiteral("Other");
        auto otherId = AccountRepository(*db).insert(other);
        QVERIFY(otherId);

        auto f = AccountExport::facts(*db, a);
        QVERIFY(f);
        QVERIFY(f->httpNames.isEmpty() && f->dnsNames.isEmpty() && !f->preValidated);

        const auto addOrder = [&](qint64 account, QStringList names, ChallengeRoute route) {
            OrderRecord o;
            o.accountId = account;
            o.identifiers = std::move(names);
            o.options.challenge = route;
            return OrderRepository(*db).insert(o).ok();
        };
        QVERIFY(addOrder(a.id, {u"www.example.com"_s, u"*.example.com"_s}, ChallengeRoute::Auto));
        QVERIFY(addOrder(a.id, {u"mail.example.org"_s}, ChallengeRoute::Dns01));
        QVERIFY(addOrder(a.id, {u"www.example.com"_s}, ChallengeRoute::Http01));
        QVERIFY(addOrder(*otherId, {u"other.example.net"_s}, ChallengeRoute::Http01));
        f = AccountExport::facts(*db, a);
        QVERIFY(f);
        QCOMPARE(f->httpNames, QStringList{u"www.example.com"_s});
        QCOMPARE(f->dnsNames, (QStringList{u"*.example.com"_s, u"mail.example.org"_s}));
        QVERIFY(!f->preValidated); // nothing from SCM yet

        ScmConnection c;
        c.name = QStringLiteral("scm");
        c.baseUrl = QUrl(QStringLiteral("https://cert-manager.com"));
        c.customerUri = QStringLiteral("example");
        c.login = QStringLiteral("admin");
        auto cid = ScmRepository(*db).saveConnection(c);
        QVERIFY(cid);
        ScmSnapshot s;
        ScmDomain d;
        d.scmId = 1;
        d.name = QStringLiteral("example.com");
        d.dcvStatus = DcvStatus::Validated;
        s.domains << d;
        d.scmId = 2;
        d.name = QStringLiteral("example.org");
        d.dcvStatus = DcvStatus::Expired;
        s.domains << d;
        QVERIFY(ScmRepository(*db).replaceSnapshot(*cid, s, QDateTime::currentDateTimeUtc()));
        f = AccountExport::facts(*db, a);
        QVERIFY(f);
        QVERIFY(!f->preValidated); // example.org's DCV expired

        s.domains[1].dcvStatus = DcvStatus::Validated;
        QVERIFY(ScmRepository(*db).replaceSnapshot(*cid, s, QDateTime::currentDateTimeUtc()));
        f = AccountExport::facts(*db, a);
        QVERIFY(f);
        QVERIFY(f->preValidated);
    }

    void privateFileIsPrivateFromTheStart()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("issuer.yaml"));
        const mode_t old = ::umask(0);
        const auto ok = PrivateFile::write(path, QByteArrayLiteral("secret\n"));
        ::umask(old);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        // An existing readable file is replaced by a private one, not written into.
        const QString shared = dir.filePath(QStringLiteral("shared.txt"));
        {
            QFile f(shared);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
            QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadOther));
        }
        QVERIFY(PrivateFile::write(shared, QByteArrayLiteral("new")));
        QCOMPARE(::stat(QFile::encodeName(shared).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile back(shared);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArrayLiteral("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temp

        const auto folder = PrivateFile::write(dir.path(), QByteArrayLiteral("x"));
        QVERIFY(!folder);
        QVERIFY(folder.error().message.contains(QLatin1String("folder")));
        const auto missing = PrivateFile::write(dir.filePath(QStringLiteral("no/such/file")), "x");
        QVERIFY(!missing);
#else
        QSKIP("Unix modes");
#endif
    }

    // The parsers themselves refuse what they do not know (else the tests above prove little).
    void parsersAreStrict()
    {
        QVERIFY(!shellCommands(QStringLiteral("echo 'open")).has_value());
        QVERIFY(!shellCommands(QStringLiteral("echo $HOME")).has_value());
        QCOMPARE(*shellCommands(QStringLiteral("a 'b c' \"d\\\"e\" \\\n  f # g\n# h\ni")),
                 (QList<QStringList>{{u"a"_s, u"b c"_s, u"d\"e"_s, u"f"_s}, {u"i"_s}}));
        QCOMPARE(*powerShellCommands(QStringLiteral("a 'it''s' `\n b")),
                 (QList<QStringList>{{u"a"_s, u"it's"_s, u"b"_s}}));
        QVERIFY(!yamlDocuments(QStringLiteral("a:\n   b: c\n")).has_value()); // odd indent
        QVERIFY(!yamlDocuments(QStringLiteral("a: b\na: c\n")).has_value());  // duplicate
        QVERIFY(!yamlDocuments(QStringLiteral("a: [b]\n")).has_value());      // flow list
        QVERIFY(!yamlDocuments(QStringLiteral("a:\n\tb: c\n")).has_value());  // tab
        QVERIFY(!yamlDocuments(QStringLiteral("a: \"b\n")).has_value());      // open quote
        QVERIFY(!caddyTokens(QStringLiteral("{\n a {\n}\n")).has_value());
        const auto docs = yamlDocuments(QStringLiteral("a:\n  - b: \"c\\\"\"\n    d: {}\n"));
        QVERIFY(docs.has_value());
        QCOMPARE(yamlAt(docs->at(0), u"a.0.b"_s).toString(), QStringLiteral("c\""));
        QVERIFY(yamlAt(docs->at(0), u"a.0.d"_s).toMap().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountExport)
#include "tst_accountexport.moc"
