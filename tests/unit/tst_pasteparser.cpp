// parsePastedEab: a corpus of realistic pastes (SCM dialog text, certbot, lego, acme.sh, SCM
// REST JSON) including broken ones. All values are invented. HMAC keys are compared without
// printing them.
#include "core/scm/PasteParser.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace acmedesk;

namespace {

// Invented values shaped like SCM's: 22-character Key IDs, 86-character HMAC keys.
const char *const kKidA = "pU3KGCUwux1tEyze1iN7Lg";
const char *const kKidB = "sQvstVY7_B5vk0J-y8j-KQ";
const char *const kKidC = "9fefK0k0r4f1UgtpuUsNmA";
const char *const kKidD = "R95jbA6AbJV7poTWQx-16g";
const char *const kKidDash = "-Qvst7Y7_B5vk0J-y8j-KQ";
const char *const kHmacA =
    "2R4_ch_LGXEXRJTWSTydXDRgvjEgHmn-2qDu6LmZf1x8KZn9r-WTJTzWVK9N-tcUJ6Cus_7pIy-K8iEfnuSRxQ";
const char *const kHmacB =
    "VeXNjkbcjtS3wnZNKlpNdncG-F2GkAJK1r2jQBvpyMvMyTX2zR9hImrhUziuGjQATTO6DSRqwEyBsbryPjv57g";
const char *const kHmacC =
    "LoW7VbZyqHJjes10Zvy2Dg6P8YRjsOSyuilwNHTwZKxo9wD1sCs9xmb0W96qLMrtzStRV0EOTe5K8rNPQwoHNA";
const char *const kHmacD =
    "10JNCeFdAkxYSPI9H6b3Nh1_YY0VMucOIOKmZo3n9H6EZ-VG1T7I4qEle9slbJs-T7tJgUbvcDDL-VNyUtzOrQ";
// Keys beginning with '-' and '--' (both happen with base64url).
const char *const kHmacDash =
    "-eXNjkbcjtS3wnZNKlpNdncG-F2GkAJK1r2jQBvpyMvMyTX2zR9hImrhUziuGjQATTO6DSRqwEyBsbryPjv57g";
const char *const kHmacDash2 =
    "--W7VbZyqHJjes10Zvy2Dg6P8YRjsOSyuilwNHTwZKxo9wD1sCs9xmb0W96qLMrtzStRV0EOTe5K8rNPQwoHNA";

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Replaces {KID_A}, {HMAC_A}, ... in a sample.
QString fill(const char *sample)
{
    QString t = QString::fromUtf8(sample);
    const std::pair<const char *, const char *> values[] = {
        {"{KID_A}", kKidA},         {"{KID_B}", kKidB},           {"{KID_C}", kKidC},
        {"{KID_D}", kKidD},         {"{KID_DASH}", kKidDash},     {"{HMAC_A}", kHmacA},
        {"{HMAC_B}", kHmacB},       {"{HMAC_C}", kHmacC},         {"{HMAC_D}", kHmacD},
        {"{HMAC_DASH}", kHmacDash}, {"{HMAC_DASH2}", kHmacDash2},
    };
    for (const auto &[key, value] : values)
        t.replace(QLatin1String(key), QLatin1String(value));
    return t;
}

QByteArray fingerprint(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
}

} // namespace

class TestPasteParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void isEmptyOnlyLooksAtTheThreeFields();
    void garbageNeverCrashes();
    void sourceNames();
};

void TestPasteParser::corpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PasteSource>("source");
    QTest::addColumn<QString>("serverUrl");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("hmacKey");
    QTest::addColumn<QStringList>("emails");

    const QString none;
    const QStringList noMail;

    // --- SCM "ACME Account Details" text -------------------------------------------------
    QTest::newRow("scm-text: colons, other fields around")
        << fill("ACME Account Details\n"
                "Name: Web servers (production)\n"
                "Organization: Example University\n"
                "Department: Central IT\n"
                "ACME URL: https://acme.enterprise.sectigo.com\n"
                "Key ID: {KID_A}\n"
                "HMAC Key: {HMAC_A}\n"
                "Status: Active\n"
                "Domains: example.edu, *.example.edu\n")
        << PasteSource::ScmText << s("https://acme.enterprise.sectigo.com") << s(kKidA) << s(kHmacA)
        << noMail;

    QTest::newRow("scm-text: values on next line, CRLF, lower case, other order")
        << fill("key id\r\n\r\n{KID_B}\r\nhmac key\r\n{HMAC_B}\r\n\r\nacme url\r\n"
                "https://acme.sectigo.com/v2/OV\r\n")
        << PasteSource::ScmText << s("https://acme.sectigo.com/v2/OV") << s(kKidB) << s(kHmacB)
        << noMail;

    QTest::newRow("scm-text: tab separated, copied from the dialog")
        << fill("Name\tLab ACME\n"
                "HMAC Key\t{HMAC_C}\n"
                "ACME URL\thttps://acme.sectigo.com/v2/InCommonRSAOV\n"
                "Organization\tExample Corp\n"
                "Key ID\t{KID_C}\n")
        << PasteSource::ScmText << s("https://acme.sectigo.com/v2/InCommonRSAOV") << s(kKidC)
        << s(kHmacC) << noMail;

    QTest::newRow("scm-text: e-mail prose with Markdown, key starting with '-'")
        << fill("Hi Alex,\n\nhere are the EAB values you asked for:\n\n"
                "**ACME URL:** https://acme.sectigo.com/v2/DV\n"
                "**Key ID:** `{KID_D}`\n"
                "**HMAC Key:** `{HMAC_DASH}`\n\n"
                "The Key ID and HMAC key are shown only once, keep them safe.\n"
                "Regards,\nPKI team\n")
        << PasteSource::ScmText << s("https://acme.sectigo.com/v2/DV") << s(kKidD) << s(kHmacDash)
        << noMail;

    QTest::newRow("scm-text: notification with the login URL before the ACME URL")
        << fill("Your ACME account is ready.\n"
                "URL: https://cert-manager.com/customer/ExampleUni\n"
                "Key ID: {KID_B}\n"
                "HMAC Key: {HMAC_B}\n"
                "ACME URL: https://acme.sectigo.com/v2/OV\n"
                "E-mail: pki@example.edu\n")
        << PasteSource::ScmText << s("https://acme.sectigo.com/v2/OV") << s(kKidB) << s(kHmacB)
        << QStringList{s("pki@example.edu")};

    QTest::newRow("scm-text: key on the next line starting with '-'")
        << fill("ACME URL: https://acme.enterprise.sectigo.com\nKey ID:\n{KID_DASH}\nHMAC Key:\n"
                "{HMAC_DASH2}\n")
        << PasteSource::ScmText << s("https://acme.enterprise.sectigo.com") << s(kKidDash)
        << s(kHmacDash2) << noMail;

    // --- certbot ---------------------------------------------------------------------------
    QTest::newRow("certbot: one line, sudo, -m")
        << fill("sudo certbot certonly --standalone -d www.example.com --server "
                "https://acme.sectigo.com/v2/OV --eab-kid {KID_A} --eab-hmac-key {HMAC_A} "
                "-m admin@example.com --agree-tos")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/OV") << s(kKidA) << s(kHmacA)
        << QStringList{s("admin@example.com")};

    QTest::newRow("certbot: backslash continuation in a Markdown fence, quotes, --email=")
        << fill("To get the certificate, run:\n\n"
                "```bash\n"
                "certbot certonly --webroot -w /var/www/html \\\n"
                "  -d example.org -d www.example.org \\\n"
                "  --server \"https://acme.enterprise.sectigo.com\" \\\n"
                "  --eab-kid '{KID_B}' \\\n"
                "  --eab-hmac-key \"{HMAC_B}\" \\\n"
                "  --email=pki@example.org,ops@example.org \\\n"
                "  --non-interactive --agree-tos\n"
                "```\n\n"
                "Then reload nginx.\n")
        << PasteSource::Certbot << s("https://acme.enterprise.sectigo.com") << s(kKidB) << s(kHmacB)
        << QStringList{s("pki@example.org"), s("ops@example.org")};

    QTest::newRow("certbot: PowerShell backticks, CRLF, key starting with '-'")
        << fill("PS C:\\> certbot.exe certonly --standalone `\r\n"
                "    --server https://acme.sectigo.com/v2/EV `\r\n"
                "    --eab-kid {KID_C} `\r\n"
                "    --eab-hmac-key {HMAC_DASH} `\r\n"
                "    -d shop.example.com\r\n")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/EV") << s(kKidC) << s(kHmacDash)
        << noMail;

    QTest::newRow("certbot: cmd carets, --opt=\"value\", key starting with '--'")
        << fill("\"C:\\Program Files\\Certbot\\bin\\certbot.exe\" register ^\r\n"
                " --server=\"https://acme.sectigo.com/v2/DV\" ^\r\n"
                " --eab-kid=\"{KID_D}\" ^\r\n"
                " --eab-hmac-key {HMAC_DASH2} ^\r\n"
                " --email admin@example.net --agree-tos\r\n")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/DV") << s(kKidD) << s(kHmacDash2)
        << QStringList{s("admin@example.net")};

    QTest::newRow("certbot: wrapped without continuation characters")
        << fill("certbot certonly --agree-tos --email ops@example.com\n"
                "--server https://acme.sectigo.com/v2/OV --eab-kid {KID_A} --eab-hmac-key "
                "{HMAC_A}\n")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/OV") << s(kKidA) << s(kHmacA)
        << QStringList{s("ops@example.com")};

    QTest::newRow("certbot: typographic quotes and dashes from a web page")
        << fill("certbot register \u2013server \u201Chttps://acme.sectigo.com/v2/DV\u201D "
                "\u2013eab-kid \u201C{KID_A}\u201D \u2013eab-hmac-key \u201C{HMAC_A}\u201D")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/DV") << s(kKidA) << s(kHmacA)
        << noMail;

    // --- lego ------------------------------------------------------------------------------
    QTest::newRow("lego: --eab --kid --hmac, single quotes")
        << fill("lego --accept-tos --email admin@example.com --server "
                "https://acme.zerossl.com/v2/DV90 --eab --kid {KID_A} --hmac '{HMAC_A}' "
                "--domains example.com --http run")
        << PasteSource::Lego << s("https://acme.zerossl.com/v2/DV90") << s(kKidA) << s(kHmacA)
        << QStringList{s("admin@example.com")};

    QTest::newRow("lego: '=' forms, -s, --eab.kid / --eab.hmac")
        << fill("./lego -s=https://acme.sectigo.com/v2/OV --eab --eab.kid={KID_B} "
                "--eab.hmac={HMAC_B} -m=ops@example.com -d '*.example.com' --dns cloudflare run")
        << PasteSource::Lego << s("https://acme.sectigo.com/v2/OV") << s(kKidB) << s(kHmacB)
        << QStringList{s("ops@example.com")};

    QTest::newRow("lego: docker, after prose naming certbot, key starting with '-'")
        << fill("Install certbot first, or use lego:\n\n"
                "docker run --rm -v $PWD/.lego:/.lego goacme/lego:v4.14 \\\n"
                "  --server https://acme.enterprise.sectigo.com --eab \\\n"
                "  --kid {KID_C} --hmac {HMAC_DASH} --email it@example.org -d example.org run\n")
        << PasteSource::Lego << s("https://acme.enterprise.sectigo.com") << s(kKidC) << s(kHmacDash)
        << QStringList{s("it@example.org")};

    QTest::newRow("lego: option at the end of a line, value alone on the next")
        << fill("lego --server https://acme.sectigo.com/v2/EV --eab --kid {KID_D} --hmac\n"
                "{HMAC_D}\n")
        << PasteSource::Lego << s("https://acme.sectigo.com/v2/EV") << s(kKidD) << s(kHmacD)
        << noMail;

    // --- acme.sh ---------------------------------------------------------------------------
    QTest::newRow("acme.sh: --register-account")
        << fill("~/.acme.sh/acme.sh --register-account --server https://acme.sectigo.com/v2/DV "
                "--eab-kid {KID_C} --eab-hmac-key {HMAC_C} -m hostmaster@example.com")
        << PasteSource::AcmeSh << s("https://acme.sectigo.com/v2/DV") << s(kKidC) << s(kHmacC)
        << QStringList{s("hostmaster@example.com")};

    QTest::newRow("acme.sh: short CA name, Windows line endings")
        << fill("acme.sh --register-account \\\r\n  --server zerossl \\\r\n"
                "  --eab-kid {KID_D} \\\r\n  --eab-hmac-key {HMAC_D}\r\n")
        << PasteSource::AcmeSh << s("https://acme.zerossl.com/v2/DV90") << s(kKidD) << s(kHmacD)
        << noMail;

    // --- SCM REST JSON ---------------------------------------------------------------------
    QTest::newRow("scm-json: one account")
        << fill("{\"accountId\": 1234, \"name\": \"Web servers\", \"acmeServer\": "
                "\"https://acme.enterprise.sectigo.com\", \"macId\": \"{KID_A}\", \"macKey\": "
                "\"{HMAC_A}\", \"status\": \"Valid\", \"contacts\": \"pki@example.com\"}")
        << PasteSource::ScmJson << s("https://acme.enterprise.sectigo.com") << s(kKidA) << s(kHmacA)
        << QStringList{s("pki@example.com")};

    QTest::newRow("scm-json: array of accounts in a fence with prose, acmeURL, first wins")
        << fill("Response from GET /api/acme/v1/account:\r\n"
                "```json\r\n"
                "[\r\n"
                "  {\r\n"
                "    \"id\": 17,\r\n"
                "    \"macId\": \"{KID_B}\",\r\n"
                "    \"macKey\": \"{HMAC_B}\",\r\n"
                "    \"acmeURL\": \"https://acme.sectigo.com/v2/OV\"\r\n"
                "  },\r\n"
                "  {\r\n"
                "    \"id\": 18,\r\n"
                "    \"macId\": \"{KID_C}\",\r\n"
                "    \"macKey\": \"{HMAC_C}\",\r\n"
                "    \"acmeURL\": \"https://acme.sectigo.com/v2/EV\"\r\n"
                "  }\r\n"
                "]\r\n"
                "```\r\n")
        << PasteSource::ScmJson << s("https://acme.sectigo.com/v2/OV") << s(kKidB) << s(kHmacB)
        << noMail;

    QTest::newRow("scm-json: nested, url in the enclosing object, acmeUrl, padded key")
        << fill("{\"url\": \"https://acme.sectigo.com/v2/InCommonRSAOV\", \"data\": {\"accounts\": "
                "[{\"macId\": \"{KID_C}\", \"macKey\": \"{HMAC_C}==\", \"email\": "
                "[\"a@example.edu\", \"b@example.edu\"]}]}}")
        << PasteSource::ScmJson << s("https://acme.sectigo.com/v2/InCommonRSAOV") << s(kKidC)
        << (s(kHmacC) + s("==")) << QStringList{s("a@example.edu"), s("b@example.edu")};

    // --- broken pastes ---------------------------------------------------------------------
    QTest::newRow("broken: truncated certbot command")
        << fill("certbot certonly --server https://acme.sectigo.com/v2/OV --eab-kid {KID_A} "
                "--eab-hmac-key")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/OV") << s(kKidA) << none
        << noMail;

    QTest::newRow("broken: value left out before the next option")
        << fill("certbot register --eab-kid --eab-hmac-key {HMAC_B} --server "
                "https://acme.sectigo.com/v2/DV")
        << PasteSource::Certbot << s("https://acme.sectigo.com/v2/DV") << none << s(kHmacB)
        << noMail;

    QTest::newRow("broken: labels without values")
        << s("ACME URL:\nKey ID:\nHMAC Key:\n") << PasteSource::None << none << none << none
        << noMail;

    QTest::newRow("broken: labels without values, no colons")
        << s("ACME URL\r\nKey ID\r\nHMAC Key\r\n") << PasteSource::None << none << none << none
        << noMail;

    QTest::newRow("broken: one label without value among others")
        << fill("ACME URL\nhttps://acme.sectigo.com/v2/EV\nKey ID\nHMAC Key\n{HMAC_D}\n")
        << PasteSource::ScmText << s("https://acme.sectigo.com/v2/EV") << none << s(kHmacD)
        << noMail;

    QTest::newRow("broken: labels followed by prose")
        << s("Key ID: see the SCM portal\nHMAC Key: ask your administrator\n") << PasteSource::None
        << none << none << none << noMail;

    QTest::newRow("broken: random text")
        << s("Lorem ipsum dolor sit amet, the quick brown fox.\nNothing to see here: 42\n")
        << PasteSource::None << none << none << none << noMail;

    QTest::newRow("broken: prose naming the options")
        << s("Use --server to choose the CA, then pass --eab-kid and --eab-hmac-key from SCM.")
        << PasteSource::None << none << none << none << noMail;

    QTest::newRow("broken: JSON array of strings")
        << s("[\"macId\", \"macKey\", \"acmeServer\"]") << PasteSource::None << none << none << none
        << noMail;

    QTest::newRow("broken: JSON scalar")
        << s("\"macId\"") << PasteSource::None << none << none << none << noMail;

    QTest::newRow("broken: JSON cut off in the key")
        << fill("{\"macId\": \"{KID_D}\", \"acmeServer\": \"https://acme.sectigo.com/v2/EV\", "
                "\"macKey\": \"{HMAC_D}")
        << PasteSource::ScmJson << s("https://acme.sectigo.com/v2/EV") << s(kKidD) << none
        << noMail;

    QTest::newRow("broken: empty")
        << QString() << PasteSource::None << none << none << none << noMail;

    QTest::newRow("broken: only white space")
        << s(" \r\n\t\n") << PasteSource::None << none << none << none << noMail;
}

void TestPasteParser::corpus()
{
    QFETCH(QString, text);
    QFETCH(PasteSource, source);
    QFETCH(QString, serverUrl);
    QFETCH(QString, keyId);
    QFETCH(QString, hmacKey);
    QFETCH(QStringList, emails);

    const PastedEab p = parsePastedEab(text);
    QCOMPARE(pasteSourceName(p.source), pasteSourceName(source));
    QVERIFY(p.source == source);
    QCOMPARE(p.serverUrl, serverUrl);
    QCOMPARE(p.keyId, keyId);
    // Never print a key: compare, and on failure show lengths and short hashes only.
    QVERIFY2(p.hmacKey == hmacKey,
             qPrintable(QStringLiteral("hmacKey differs: got %1 chars (%2), want %3 chars (%4)")
                            .arg(p.hmacKey.size())
                            .arg(QString::fromLatin1(fingerprint(p.hmacKey)))
                            .arg(hmacKey.size())
                            .arg(QString::fromLatin1(fingerprint(hmacKey)))));
    QCOMPARE(p.emails, emails);
    QCOMPARE(p.isEmpty(), serverUrl.isEmpty() && keyId.isEmpty() && hmacKey.isEmpty());
}

void TestPasteParser::isEmptyOnlyLooksAtTheThreeFields()
{
    PastedEab p;
    QVERIFY(p.isEmpty());
    p.emails = QStringList{QStringLiteral("a@example.com")};
    p.source = PasteSource::Certbot;
    QVERIFY(p.isEmpty());
    p.keyId = QString::fromLatin1(kKidA);
    QVERIFY(!p.isEmpty());

    // An e-mail address alone is no EAB paste.
    const PastedEab onlyMail = parsePastedEab(QStringLiteral("certbot register -m a@example.com"));
    QVERIFY(onlyMail.isEmpty());
    QVERIFY(onlyMail.source == PasteSource::None);
}

void TestPasteParser::sourceNames()
{
    const QList<std::pair<PasteSource, QString>> expected{
        {PasteSource::None, QString()},
        {PasteSource::ScmText, QStringLiteral("scm-text")},
        {PasteSource::Certbot, QStringLiteral("certbot")},
        {PasteSource::Lego, QStringLiteral("lego")},
        {PasteSource::AcmeSh, QStringLiteral("acme.sh")},
        {PasteSource::ScmJson, QStringLiteral("scm-json")},
    };
    for (const auto &[source, name] : expected) {
        QCOMPARE(pasteSourceName(source), name);
        QVERIFY(pasteSourceFromName(name) == source);
    }
    QVERIFY(!pasteSourceFromName(u"certbot-auto").has_value());
    QVERIFY(!pasteSourceFromName(u"Lego").has_value());
}

void TestPasteParser::garbageNeverCrashes()
{
    // Fixed seed: the same inputs every run.
    QRandomGenerator rng(20240611);
    const QString alphabet =
        QStringLiteral("abcXYZ019-_=+/ \t\n\r\\^`'\"{}[]:,.@\u201C\u201D\u2013|*#~");
    const QStringList fragments{
        QStringLiteral("--server"),       QStringLiteral("--eab-kid"),
        QStringLiteral("--eab-hmac-key"), QStringLiteral("certbot"),
        QStringLiteral("lego"),           QStringLiteral("--kid="),
        QStringLiteral("Key ID"),         QStringLiteral("HMAC Key:"),
        QStringLiteral("\"macId\":"),     QStringLiteral("{\"macKey\""),
        QStringLiteral("acme.sh"),        QStringLiteral("```"),
    };
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int parts = int(rng.bounded(1, 40));
        for (int i = 0; i < parts; ++i) {
            if (rng.bounded(3) == 0) {
                text += fragments.at(rng.bounded(int(fragments.size())));
            } else {
                const int n = int(rng.bounded(1, 12));
                for (int k = 0; k < n; ++k)
                    text += alphabet.at(rng.bounded(int(alphabet.size())));
            }
        }
        const PastedEab p = parsePastedEab(text);
        // Whatever came out is consistent.
        QVERIFY(p.isEmpty() == (p.source == PasteSource::None));
    }
    // Deep nesting and a very long line.
    QString deep =
        QString(QLatin1Char('[')).repeated(5000) + QString(QLatin1Char(']')).repeated(5000);
    QVERIFY(parsePastedEab(deep).isEmpty());
    QVERIFY(parsePastedEab(QString(QLatin1Char('-')).repeated(100000)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPasteParser)
#include "tst_pasteparser.moc"
