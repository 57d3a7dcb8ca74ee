// Challenge helpers: token validation, key authorizations (RFC 8555 section 8.1), dns-01 values
// (section 8.4) and the webroot files for http-01 (section 8.3).
#include "core/acme/Challenges.h"
#include "core/crypto/KeyPair.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace acmedesk;

namespace {

// Independent of the code under test: QCryptographicHash and QByteArray's own base64url.
QString referenceTxtValue(const QByteArray &keyAuthorization)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(keyAuthorization, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The RSA key of RFC 7638 section 3.1; its thumbprint is given there.
KeyPair rfc7638Key()
{
    QJsonObject jwk;
    jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
    jwk.insert(QStringLiteral("e"), QStringLiteral("AQAB"));
    jwk.insert(QStringLiteral("n"),
               QStringLiteral("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86z"
                              "wu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-"
                              "5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
                              "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91Cb"
                              "OpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_"
                              "xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"));
    auto key = KeyPair::fromJwk(jwk);
    return key.ok() ? *key : KeyPair();
}

const QString Token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestChallenges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("rfc8555") << Token << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("all classes") << QStringLiteral("AZaz09-_") << true;
        QTest::newRow("256 chars") << QString(256, QLatin1Char('x')) << true;
        QTest::newRow("257 chars") << QString(257, QLatin1Char('x')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("traversal") << QStringLiteral("../x") << false;
        QTest::newRow("dots") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("newline") << QStringLiteral("ab\n") << false;
        QTest::newRow("padding") << QStringLiteral("abc=") << false;
        QTest::newRow("plus") << QStringLiteral("a+b") << false;
        QTest::newRow("percent") << QStringLiteral("%2e%2e") << false;
        QTest::newRow("nul") << QString(QStringLiteral("ab") + QChar(0)) << false;
        QTest::newRow("unicode letter") << QString(QStringLiteral("ab") + QChar(0x00e9)) << false;
        QTest::newRow("unicode digit") << QString(QChar(0x0661)) << false; // ARABIC-INDIC ONE
        QTest::newRow("fullwidth A") << QString(QChar(0xff21)) << false;
    }
    void tokens()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        QCOMPARE(isValidToken(token), valid);
    }

    void keyAuthorizationUsesThumbprint()
    {
        const KeyPair key = rfc7638Key();
        QVERIFY(!key.isNull());
        QCOMPARE(keyAuthorization(Token, key),
                 Token + QStringLiteral(".NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    }

    void dns01TxtValueVectors()
    {
        // SHA-256("abc") is the FIPS 180-2 example ba7816bf...f20015ad.
        QCOMPARE(dns01TxtValue(QStringLiteral("abc")), referenceTxtValue("abc"));
        QCOMPARE(dns01TxtValue(QStringLiteral("abc")),
                 QStringLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"));
        const QString ka = keyAuthorization(Token, rfc7638Key());
        const QString value = dns01TxtValue(ka);
        QCOMPARE(value, referenceTxtValue(ka.toUtf8()));
        QCOMPARE(value.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(!value.contains(QLatin1Char('=')));
    }

    void dns01RecordNames_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("www.example.org")
                               << QStringLiteral("_acme-challenge.www.example.org");
        QTest::newRow("wildcard") << QStringLiteral("*.example.org")
                                  << QStringLiteral("_acme-challenge.example.org");
        QTest::newRow("trailing dot")
            << QStringLiteral("example.org.") << QStringLiteral("_acme-challenge.example.org");
        QTest::newRow("ace") << QStringLiteral("*.xn--bcher-kva.example")
                             << QStringLiteral("_acme-challenge.xn--bcher-kva.example");
        QTest::newRow("upper case") << QStringLiteral("WWW.Example.ORG")
                                    << QStringLiteral("_acme-challenge.www.example.org");
    }
    void dns01RecordNames()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, name);
        QCOMPARE(dns01RecordName(identifier), name);
    }

    void webrootWriteCreatesFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
#ifdef Q_OS_UNIX
        const mode_t oldMask = ::umask(077); // the file must still be readable for the web server
#endif
        auto written = writeWebrootChallenge(dir.path(), Token, QStringLiteral("ka-value"));
#ifdef Q_OS_UNIX
        ::umask(oldMask);
#endif
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const QString expected =
            dir.path() + QStringLiteral("/.well-known/acme-challenge/") + Token;
        QCOMPARE(QFileInfo(*written).canonicalFilePath(), QFileInfo(expected).canonicalFilePath());
        QCOMPARE(readAll(expected), QByteArray("ka-value"));
#ifdef Q_OS_UNIX
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(expected).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0644);
        QCOMPARE(
            ::stat(QFile::encodeName(dir.path() + QStringLiteral("/.well-known")).constData(), &st),
            0);
        QCOMPARE(int(st.st_mode & 07777), 0755);
#endif
        // No temporary files left next to it (atomic write through a rename).
        QCOMPARE(QDir(dir.path() + QStringLiteral("/.well-known/acme-challenge"))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{Token});

        // Writing again replaces the content.
        QVERIFY(writeWebrootChallenge(dir.path(), Token, QStringLiteral("second")).ok());
        QCOMPARE(readAll(expected), QByteArray("second"));
    }

    void webrootRemoveDeletesCreatedFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeWebrootChallenge(dir.path(), Token, QStringLiteral("ka")).ok());
        QVERIFY(
            writeWebrootChallenge(dir.path(), QStringLiteral("other"), QStringLiteral("kb")).ok());
        QVERIFY(removeWebrootChallenge(dir.path(), Token).ok());
        // The other token is still there, and so are the folders.
        QVERIFY(
            !QFile::exists(dir.path() + QStringLiteral("/.well-known/acme-challenge/") + Token));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/.well-known/acme-challenge/other")));
        QVERIFY(removeWebrootChallenge(dir.path(), QStringLiteral("other")).ok());
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/.well-known")));
        QVERIFY(QFileInfo(dir.path()).isDir());
        // Removing again (missing file) is fine.
        QVERIFY(removeWebrootChallenge(dir.path(), Token).ok());
    }

    void webrootRemoveKeepsExistingFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // .well-known existed before (empty), acme-challenge did not.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".well-known")));
        QVERIFY(writeWebrootChallenge(dir.path(), Token, QStringLiteral("ka")).ok());
        QVERIFY(removeWebrootChallenge(dir.path(), Token).ok());
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/.well-known/acme-challenge")));
        QVERIFY(QFileInfo(dir.path() + QStringLiteral("/.well-known")).isDir());

        // Both existed before: both stay, even though empty.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".well-known/acme-challenge")));
        QVERIFY(writeWebrootChallenge(dir.path(), Token, QStringLiteral("ka")).ok());
        QVERIFY(removeWebrootChallenge(dir.path(), Token).ok());
        QVERIFY(QFileInfo(dir.path() + QStringLiteral("/.well-known/acme-challenge")).isDir());

        // A folder we created but that holds someone else's file now stays.
        QTemporaryDir dir2;
        QVERIFY(writeWebrootChallenge(dir2.path(), Token, QStringLiteral("ka")).ok());
        QFile foreign(dir2.path() + QStringLiteral("/.well-known/security.txt"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.close();
        QVERIFY(removeWebrootChallenge(dir2.path(), Token).ok());
        QVERIFY(!QFileInfo::exists(dir2.path() + QStringLiteral("/.well-known/acme-challenge")));
        QVERIFY(QFile::exists(foreign.fileName()));
    }

    void webrootRefusesInvalidToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("traversal") << QStringLiteral("../x");
        QTest::newRow("deep traversal") << QStringLiteral("../../etc/passwd");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("empty") << QString();
        QTest::newRow("unicode") << QString(QChar(0x00e9));
    }
    void webrootRefusesInvalidToken()
    {
        QFETCH(QString, token);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("root")));
        const QString root = dir.path() + QStringLiteral("/root");
        auto written = writeWebrootChallenge(root, token, QStringLiteral("ka"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Invalid);
        QVERIFY(!written.error().message.isEmpty());
        // Nothing written anywhere: neither below the webroot nor next to it.
        QVERIFY(QDir(root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("root")});
        QVERIFY(!removeWebrootChallenge(root, token).ok());
    }

    void webrootMustExist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.path() + QStringLiteral("/no-such-webroot");
        auto written = writeWebrootChallenge(missing, Token, QStringLiteral("ka"));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("no-such-webroot")));
        QVERIFY(!QFileInfo::exists(missing));
        // A file is not a webroot either.
        QFile file(dir.path() + QStringLiteral("/file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!writeWebrootChallenge(file.fileName(), Token, QStringLiteral("ka")).ok());
        QVERIFY(!writeWebrootChallenge(QString(), Token, QStringLiteral("ka")).ok());
        // Removing below a missing webroot has nothing to do.
        QVERIFY(removeWebrootChallenge(missing, Token).ok());
    }
};

QTEST_GUILESS_MAIN(TestChallenges)
#include "tst_challenges.moc"
