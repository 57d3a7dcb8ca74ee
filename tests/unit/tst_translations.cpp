// The catalogues load and reach every layer: with German installed a core message, a message
// of the real CLI (run with LANG=de_DE.UTF-8 / LANGUAGE=de) and a GUI label come out German;
// with English (or no catalogue for the locale) counted messages read without "(s)".
#include "core/scm/EabInput.h"
#include "core/store/Database.h"
#include "core/util/Translations.h"
#include "models/EventTableModel.h"
#include "support/TestSupport.h"
#include "ui/ActivityPage.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

// The CLI with the locale of a German desktop session; only the locale variables differ from
// this process's environment.
test::CliResult runCliIn(const QString &language, const QString &dataDir, const QStringList &args)
{
    const bool german = language == QLatin1String("de");
    return test::runCli(dataDir, args, {}, 60000,
                        {{QStringLiteral("LANG"),
                          german ? QStringLiteral("de_DE.UTF-8") : QStringLiteral("C.UTF-8")},
                         {QStringLiteral("LANGUAGE"), german ? QStringLiteral("de") : QString()},
                         {QStringLiteral("LC_ALL"), QString()},
                         {QStringLiteral("LC_MESSAGES"), QString()}});
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de"));
    }

    void cleanupTestCase() { installTranslators(*qApp, QLocale::c()); }

    void coreMessageIsGerman()
    {
        const auto keyId = normalizeEabKeyId(QString());
        QVERIFY(!keyId.ok());
        QVERIFY2(keyId.error().message.startsWith(QStringLiteral("Die Key ID ist leer.")),
                 qPrintable(keyId.error().message));
    }

    void guiLabelIsGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        EventTableModel model(*db);
        ActivityPage page(&model);
        QStringList texts;
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("Aktivität")), qPrintable(texts.join(u'|')));
        QVERIFY(!texts.contains(QStringLiteral("Activity")));
        QCOMPARE(model.headerData(int(EventTableModel::Column::Time), Qt::Horizontal).toString(),
                 QStringLiteral("Zeit"));
    }

    // The CLI installs the catalogue of the system locale itself: the same invalid input gives
    // English under C.UTF-8 and German under de_DE.UTF-8. Nothing reaches the network or the
    // keychain: the empty Key ID is refused first.
    void cliMessageIsGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args{QStringLiteral("account"),
                               QStringLiteral("add"),
                               QStringLiteral("--name"),
                               QStringLiteral("Prod"),
                               QStringLiteral("--server"),
                               QStringLiteral("https://acme.example.invalid/directory"),
                               QStringLiteral("--eab-kid"),
                               QString(),
                               QStringLiteral("--eab-hmac-key-file"),
                               dir.filePath(QStringLiteral("no-such-file"))};
        const test::CliResult english = runCliIn(QStringLiteral("en"), dir.path(), args);
        QVERIFY(!english.timedOut);
        QCOMPARE(english.exitCode, 1);
        QVERIFY2(english.err.contains("--eab-kid: The Key ID is empty."), english.err.constData());

        const test::CliResult german = runCliIn(QStringLiteral("de"), dir.path(), args);
        QVERIFY(!german.timedOut);
        QCOMPARE(german.exitCode, 1);
        const QString err = QString::fromUtf8(german.err);
        QVERIFY2(err.contains(QStringLiteral("--eab-kid: Die Key ID ist leer.")),
                 german.err.constData());
    }

    // The CLI's own texts (usage errors) come out German too.
    void cliUsageErrorIsGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args{QStringLiteral("frobnicate")};
        const test::CliResult english = runCliIn(QStringLiteral("en"), dir.path(), args);
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.startsWith("acmedesk-cli: unknown command \"frobnicate\"."),
                 english.err.constData());

        const test::CliResult german = runCliIn(QStringLiteral("de"), dir.path(), args);
        QCOMPARE(german.exitCode, 2);
        QVERIFY(german.err.contains("frobnicate"));
        QVERIFY2(!german.err.contains("unknown command"), german.err.constData());
    }

    void englishPluralsHaveNoParentheses_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                               << QStringLiteral("en");
        // No catalogue for C (LANG=C.UTF-8) or Japanese: the English one is installed instead.
        QTest::newRow("C") << QLocale::c() << QStringLiteral("en");
        QTest::newRow("no catalogue") << QLocale(QLocale::Japanese) << QStringLiteral("en");
    }

    void englishPluralsHaveNoParentheses()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(installTranslators(*qApp, locale), language);
        const auto one = decodeEabHmac(QStringLiteral("AQ")); // 1 byte
        QVERIFY(one.ok());
        QVERIFY2(one->warning.startsWith(QStringLiteral("The HMAC key is only 1 byte long,")),
                 qPrintable(one->warning));
        const auto three = decodeEabHmac(QStringLiteral("AQID")); // 3 bytes
        QVERIFY(three.ok());
        QVERIFY2(three->warning.startsWith(QStringLiteral("The HMAC key is only 3 bytes long,")),
                 qPrintable(three->warning));
        QVERIFY(!three->warning.contains(QStringLiteral("(s)")));
    }

    void installingAgainReplacesTheTranslators()
    {
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::English)), QStringLiteral("en"));
        QVERIFY(normalizeEabKeyId(QString()).error().message.startsWith(
            QStringLiteral("The Key ID is empty.")));
        QCOMPARE(installTranslators(*qApp, QLocale(QLocale::German)), QStringLiteral("de"));
        QVERIFY(normalizeEabKeyId(QString()).error().message.startsWith(
            QStringLiteral("Die Key ID ist leer.")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
