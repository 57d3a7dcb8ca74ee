// normalizeEabKeyId / decodeEabHmac. Keys are invented; decoded bytes are compared without
// printing them.
#include "core/scm/EabInput.h"

#include <QTest>

using namespace acmedesk;

namespace {

// 64 fixed bytes whose base64 uses both '-'/'_' (url) and '+'/'/' (standard) positions.
QByteArray sampleKey(int size = 64)
{
    QByteArray k;
    for (int i = 0; i < size; ++i)
        k.append(char((i * 97 + 251) & 0xff));
    if (size >= 2) {
        k[0] = char(0xfb); // leading "-" / "+" in base64
        k[1] = char(0xff);
    }
    return k;
}

QString urlUnpadded(const QByteArray &k)
{
    return QString::fromLatin1(
        k.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
QString urlPadded(const QByteArray &k)
{
    return QString::fromLatin1(k.toBase64(QByteArray::Base64UrlEncoding));
}
QString stdPadded(const QByteArray &k)
{
    return QString::fromLatin1(k.toBase64(QByteArray::Base64Encoding));
}
QString stdUnpadded(const QByteArray &k)
{
    return QString::fromLatin1(
        k.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestEabInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIdTrimmed_data();
    void keyIdTrimmed();
    void keyIdEmpty_data();
    void keyIdEmpty();
    void keyIdInnerWhiteSpace();

    void sampleKeyCoversBothAlphabets();
    void hmacEncodings_data();
    void hmacEncodings();
    void hmacWhiteSpace();
    void hmacBadCharacter_data();
    void hmacBadCharacter();
    void hmacMixedAlphabets();
    void hmacEmpty_data();
    void hmacEmpty();
    void hmacLength_data();
    void hmacLength();
    void overLongValuesRefusedLocally();
};

void TestEabInput::keyIdTrimmed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("pU3KGCUwux1tEyze1iN7Lg")
                           << QStringLiteral("pU3KGCUwux1tEyze1iN7Lg");
    QTest::newRow("spaces and newline") << QStringLiteral("  pU3KGCUwux1tEyze1iN7Lg \r\n")
                                        << QStringLiteral("pU3KGCUwux1tEyze1iN7Lg");
    QTest::newRow("leading dash") << QStringLiteral("\t-Qvst7Y7_B5vk0J-y8j-KQ")
                                  << QStringLiteral("-Qvst7Y7_B5vk0J-y8j-KQ");
}

void TestEabInput::keyIdTrimmed()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = normalizeEabKeyId(input);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), expected);
}

void TestEabInput::keyIdEmpty_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("white space") << QStringLiteral(" \t\r\n ");
}

void TestEabInput::keyIdEmpty()
{
    QFETCH(QString, input);
    const auto r = normalizeEabKeyId(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("Key ID")), qPrintable(r.error().message));
    // ... and says what to do.
    QVERIFY2(r.error().message.contains(QStringLiteral("Copy")), qPrintable(r.error().message));
}

void TestEabInput::keyIdInnerWhiteSpace()
{
    for (const QString &input :
         {QStringLiteral("pU3KGCUwux1 tEyze1iN7Lg"), QStringLiteral("pU3KGCUwux1\ntEyze1iN7Lg"),
          QStringLiteral(" pU3KGCUwux1\ttEyze1iN7Lg ")}) {
        const auto r = normalizeEabKeyId(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("Key ID")),
                 qPrintable(r.error().message));
    }
}

void TestEabInput::sampleKeyCoversBothAlphabets()
{
    const QByteArray k = sampleKey();
    QCOMPARE(urlUnpadded(k).size(), 86);
    QVERIFY(urlUnpadded(k).contains(QLatin1Char('-')) || urlUnpadded(k).contains(QLatin1Char('_')));
    QVERIFY(stdPadded(k).contains(QLatin1Char('+')) || stdPadded(k).contains(QLatin1Char('/')));
    QVERIFY(stdPadded(k).endsWith(QStringLiteral("==")));
}

void TestEabInput::hmacEncodings_data()
{
    QTest::addColumn<QString>("encoded");
    const QByteArray k = sampleKey();
    QTest::newRow("url, unpadded (SCM)") << urlUnpadded(k);
    QTest::newRow("url, padded") << urlPadded(k);
    QTest::newRow("standard, padded") << stdPadded(k);
    QTest::newRow("standard, unpadded") << stdUnpadded(k);
}

void TestEabInput::hmacEncodings()
{
    QFETCH(QString, encoded);
    const auto r = decodeEabHmac(encoded);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->key.size(), 64);
    QVERIFY(r->key.bytes() == sampleKey()); // no QCOMPARE: it would print the key
    QVERIFY(r->warning.isEmpty());
}

void TestEabInput::hmacWhiteSpace()
{
    const QString url = urlUnpadded(sampleKey());
    QString spaced = QStringLiteral("  \r\n");
    for (qsizetype i = 0; i < url.size(); i += 10)
        spaced += url.mid(i, 10) + (i % 20 == 0 ? QStringLiteral(" ") : QStringLiteral("\r\n\t"));
    spaced += QStringLiteral("\n");
    const auto r = decodeEabHmac(spaced);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->key.bytes() == sampleKey());

    const QString std = stdPadded(sampleKey());
    const auto r2 =
        decodeEabHmac(QStringLiteral("\t") + std.left(44) + QStringLiteral("\n") + std.mid(44));
    QVERIFY(r2.ok());
    QVERIFY(r2->key.bytes() == sampleKey());
}

void TestEabInput::hmacBadCharacter_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("position");
    const QString url = urlUnpadded(sampleKey());
    QTest::newRow("asterisk at 20")
        << url.left(19) + QStringLiteral("*") + url.mid(20) << QStringLiteral("*") << 20;
    QTest::newRow("dot at the end") << url + QStringLiteral(".") << QStringLiteral(".") << 87;
    // Positions count the text as given, leading white space included.
    QTest::newRow("quote after spaces")
        << QStringLiteral("   \"") + url + QStringLiteral("\"") << QStringLiteral("\"") << 4;
    QTest::newRow("umlaut") << url.left(40) + QStringLiteral("\u00e4") + url.mid(41)
                            << QStringLiteral("\u00e4") << 41;
}

void TestEabInput::hmacBadCharacter()
{
    QFETCH(QString, input);
    QFETCH(QString, character);
    QFETCH(int, position);
    const auto r = decodeEabHmac(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    const QString m = r.error().message;
    QVERIFY2(m.contains(QStringLiteral("HMAC key")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1Char('\'') + character + QLatin1Char('\'')), qPrintable(m));
    QVERIFY2(m.contains(QString::number(position)), qPrintable(m));
}

void TestEabInput::hmacMixedAlphabets()
{
    // '-' from the url-safe alphabet and '/' from the standard one in the same key.
    const QString url = urlUnpadded(sampleKey());
    QVERIFY(url.contains(QLatin1Char('-')) || url.contains(QLatin1Char('_')));
    QString mixed = url;
    mixed[mixed.size() - 2] = QLatin1Char('/');
    if (!mixed.contains(QLatin1Char('-')) && !mixed.contains(QLatin1Char('_')))
        mixed[0] = QLatin1Char('-');
    const auto r = decodeEabHmac(mixed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("HMAC key")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("alphabet")), qPrintable(r.error().message));
}

void TestEabInput::hmacEmpty_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("white space") << QStringLiteral("  \n\t ");
}

void TestEabInput::hmacEmpty()
{
    QFETCH(QString, input);
    const auto r = decodeEabHmac(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("HMAC key")), qPrintable(r.error().message));
}

void TestEabInput::hmacLength_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<bool>("warns");
    QTest::newRow("1 byte") << 1 << true;
    QTest::newRow("16 bytes") << 16 << true;
    QTest::newRow("31 bytes") << 31 << true;
    QTest::newRow("32 bytes") << 32 << false;
    QTest::newRow("48 bytes") << 48 << false;
    QTest::newRow("64 bytes") << 64 << false;
}

void TestEabInput::hmacLength()
{
    QFETCH(int, bytes);
    QFETCH(bool, warns);
    const QByteArray k = sampleKey(bytes);
    const auto r = decodeEabHmac(urlUnpadded(k));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->key.size(), qsizetype(bytes));
    QVERIFY(r->key.bytes() == k);
    QCOMPARE(!r->warning.isEmpty(), warns);
    if (warns) {
        QVERIFY2(r->warning.contains(QStringLiteral("64")), qPrintable(r->warning));
        QVERIFY2(r->warning.contains(QStringLiteral("copied in full")), qPrintable(r->warning));
        QVERIFY2(r->warning.contains(QString::number(bytes)), qPrintable(r->warning));
    }
}

// 20,000 characters (a pasted file, a log) are refused before anything is sent, with the limit
// in the message.
void TestEabInput::overLongValuesRefusedLocally()
{
    const QString longKey(20000, QLatin1Char('A'));
    auto hmac = decodeEabHmac(longKey);
    QVERIFY(!hmac.ok());
    QVERIFY2(hmac.error().message.contains(QString::number(MaxEabInputChars)),
             qPrintable(hmac.error().message));
    auto kid = normalizeEabKeyId(longKey);
    QVERIFY(!kid.ok());
    QVERIFY(kid.error().message.contains(QString::number(MaxEabInputChars)));
    // The longest accepted values still pass.
    QVERIFY(normalizeEabKeyId(QString(MaxEabInputChars, QLatin1Char('k'))).ok());
    QVERIFY(decodeEabHmac(QString(MaxEabInputChars, QLatin1Char('A'))).ok());
}

QTEST_GUILESS_MAIN(TestEabInput)
#include "tst_eabinput.moc"
