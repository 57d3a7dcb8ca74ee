// Certificate import on a corpus made at test time with OpenSSL: PEM (single, chain, with a key,
// with text around it, bundles), DER, PKCS#7 (DER and PEM), PKCS#12 (no password, a password,
// legacy RC2), truncated PEM/DER/PKCS#12, garbage, an empty file, a key alone, a CSR, duplicates,
// hidden files and a folder tree, plus paths that do not exist or are no file. Every file gets
// its outcome, one bad file never stops the rest, a second run finds duplicates and updates the
// sightings, nothing of a private key or the password reaches the database, and cancelling stops
// after a batch.
#include "core/crypto/Csr.h"
#include "core/inventory/CertificateImport.h"
#include "core/store/CertificateRepository.h"
#include "support/CertCorpus.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

const QByteArray Password = "c0rrect horse";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray pemBlock(const char *label, const QByteArray &der)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

struct Expected
{
    ImportOutcome outcome;
    int certificates = 0; // Imported/Duplicate: leaves in the file
};

} // namespace

class TestCertificateImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_corpus;
    std::unique_ptr<CertFactory> m_ca;
    QByteArray m_keyPem;
    QMap<QString, Expected> m_expected; // relative path -> outcome without password
    QList<QByteArray> m_leafSha;

    FakeClock m_clock;
    std::optional<Database> m_db;

    QString path(const QString &rel) const { return QDir(m_corpus).filePath(rel); }
    void file(const QString &rel, const QByteArray &bytes, Expected e)
    {
        QVERIFY(writeFile(path(rel), bytes));
        m_expected.insert(rel, e);
    }

    Services services() const
    {
        Services s{*m_db, nullptr};
        s.clock = &m_clock;
        return s;
    }

    QMap<QString, FileImportResult> byPath(const ImportSummary &s) const
    {
        QMap<QString, FileImportResult> out;
        for (const FileImportResult &f : s.files)
            out.insert(QDir(m_corpus).relativeFilePath(f.path), f);
        return out;
    }

    int rows(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    void freshDatabase(const QString &name)
    {
        auto db = Database::open(m_tmp.filePath(name));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = *db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_corpus = m_tmp.filePath(QStringLiteral("corpus"));
        m_ca = std::make_unique<CertFactory>();
        m_keyPem = m_ca->leafKeyPem();
        auto leaf = [this](const QString &name) {
            return m_ca->leafFor({name, QStringLiteral("alt.") + name});
        };
        const QByteArray inter = m_ca->intermediatePem();
        const Expected one{ImportOutcome::Imported, 1};
        const Expected notCert{ImportOutcome::NotCertificate, 0};

        const QByteArray leafPem = leaf(QStringLiteral("leaf.example"));
        file(QStringLiteral("pem/leaf.pem"), leafPem, one);
        const QByteArray chained = leaf(QStringLiteral("chain.example"));
        file(QStringLiteral("pem/fullchain.pem"), chained + inter, one);
        file(QStringLiteral("pem/with-key.pem"), m_keyPem + leaf(QStringLiteral("key.example")),
             one);
        file(QStringLiteral("pem/bag-attributes.crt"),
             "Bag Attributes\n    friendlyName: x\nsubject=CN = bag.example\n" +
                 leaf(QStringLiteral("bag.example")) + "trailing words\n",
             one);
        CertFactory other(QStringLiteral("Other Corpus"));
        file(QStringLiteral("pem/ca-bundle.pem"), m_ca->rootPem() + other.rootPem(),
             {ImportOutcome::Imported, 2});
        file(QStringLiteral("pem/root-and-intermediate.pem"), m_ca->rootPem() + inter, one);
        file(QStringLiteral("der/leaf.der"), pemToDer(leaf(QStringLiteral("der.example"))), one);
        file(QStringLiteral("der/leaf-newline.cer"),
             pemToDer(leaf(QStringLiteral("cer.example"))) + "\r\n", one);
        file(QStringLiteral("p7/chain.p7b"),
             pkcs7({leaf(QStringLiteral("p7b.example")), inter}, false), one);
        file(QStringLiteral("p7/chain.p7c"),
             pkcs7({leaf(QStringLiteral("p7c.example")), inter}, true), one);
        const KeyPair &key = m_ca->leafKey();
        file(QStringLiteral("pfx/open.pfx"),
             pkcs12(&key, {leaf(QStringLiteral("open.example")), inter}, ""), one);
        file(QStringLiteral("pfx/secret.pfx"),
             pkcs12(&key, {leaf(QStringLiteral("secret.example")), inter}, Password),
             {ImportOutcome::WrongPassword, 0});
        file(QStringLiteral("pfx/legacy.p12"),
             pkcs12(&key, {leaf(QStringLiteral("legacy.example"))}, Password, true),
             {ImportOutcome::WrongPassword, 0});
        const QByteArray cut = leaf(QStringLiteral("cut.example"));
        file(QStringLiteral("bad/truncated.pem"), cut.left(cut.size() / 2), notCert);
        file(QStringLiteral("bad/truncated.der"), pemToDer(cut).chopped(20), notCert);
        const QByteArray pfx = pkcs12(&key, {cut}, "");
        file(QStringLiteral("bad/truncated.pfx"), pfx.left(pfx.size() / 2), notCert);
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : garbage)
            c = char(gen.bounded(256));
        file(QStringLiteral("bad/garbage.bin"), garbage, notCert);
        file(QStringLiteral("bad/empty.pem"), "", notCert);
        file(QStringLiteral("bad/key-only.pem"), m_keyPem, notCert);
        file(QStringLiteral("bad/request.csr"),
             pemBlock("CERTIFICATE REQUEST",
                      makeCsrDer(key, {QStringLiteral("csr.example")}).value()),
             notCert);
        file(QStringLiteral("bad/notes.txt"), "nothing to see here\n", notCert);
        file(QStringLiteral("zdup/leaf-again.pem"), leafPem, {ImportOutcome::Duplicate, 1});
        file(QStringLiteral("zdup/chain-leaf.der"), pemToDer(chained),
             {ImportOutcome::Duplicate, 1});
        // Never listed: hidden files and folders.
        QVERIFY(
            writeFile(path(QStringLiteral(".hidden/x.pem")), leaf(QStringLiteral("h1.example"))));
        QVERIFY(
            writeFile(path(QStringLiteral("pem/.hidden.pem")), leaf(QStringLiteral("h2.example"))));
    }

    void init() { m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)); }

    void parsesEveryFormat()
    {
        auto parse = [this](const QString &rel, const QByteArray &password = {}) {
            QFile f(path(rel));
            return f.open(QIODevice::ReadOnly)
                       ? parseCertificateFile(f.readAll(), SecureBytes(password))
                       : CertificateFileContents{};
        };
        using S = CertificateFileContents::Status;
        auto fullchain = parse(QStringLiteral("pem/fullchain.pem"));
        QCOMPARE(fullchain.status, S::Certificates);
        QCOMPARE(fullchain.format, QStringLiteral("PEM"));
        QCOMPARE(fullchain.chains.size(), 1);
        QCOMPARE(fullchain.chains.constFirst().infos.size(), 2);
        QCOMPARE(fullchain.chains.constFirst().infos.at(0).subjectCommonName,
                 QStringLiteral("chain.example"));

        auto withKey = parse(QStringLiteral("pem/with-key.pem"));
        QCOMPARE(withKey.status, S::Certificates);
        QVERIFY(withKey.privateKeySkipped);
        QVERIFY(!withKey.chains.constFirst().fullchainPem().contains("PRIVATE KEY"));

        auto bundle = parse(QStringLiteral("pem/ca-bundle.pem"));
        QCOMPARE(bundle.chains.size(), 2);
        auto rootAndIntermediate = parse(QStringLiteral("pem/root-and-intermediate.pem"));
        QCOMPARE(rootAndIntermediate.chains.size(), 1);
        QCOMPARE(rootAndIntermediate.chains.constFirst().infos.size(), 2);
        QCOMPARE(rootAndIntermediate.chains.constFirst().infos.at(0).subjectCommonName,
                 QStringLiteral("AcmeDesk Corpus Issuing CA"));

        QCOMPARE(parse(QStringLiteral("der/leaf.der")).format, QStringLiteral("DER"));
        QCOMPARE(parse(QStringLiteral("der/leaf-newline.cer")).status, S::Certificates);
        auto p7b = parse(QStringLiteral("p7/chain.p7b"));
        QCOMPARE(p7b.format, QStringLiteral("PKCS#7"));
        QCOMPARE(p7b.chains.constFirst().infos.size(), 2);
        QCOMPARE(p7b.chains.constFirst().infos.at(0).subjectCommonName,
                 QStringLiteral("p7b.example"));
        QCOMPARE(parse(QStringLiteral("p7/chain.p7c")).chains.constFirst().infos.size(), 2);

        auto open = parse(QStringLiteral("pfx/open.pfx"));
        QCOMPARE(open.status, S::Certificates);
        QCOMPARE(open.format, QStringLiteral("PKCS#12"));
        QVERIFY(open.privateKeySkipped);
        QCOMPARE(open.chains.constFirst().infos.size(), 2);

        auto locked = parse(QStringLiteral("pfx/secret.pfx"));
        QCOMPARE(locked.status, S::WrongPassword);
        QVERIFY(locked.passwordNeeded);
        auto wrong = parse(QStringLiteral("pfx/secret.pfx"), "wrong");
        QCOMPARE(wrong.status, S::WrongPassword);
        QVERIFY(!wrong.passwordNeeded);
        QVERIFY(wrong.problem != locked.problem);
        QCOMPARE(parse(QStringLiteral("pfx/secret.pfx"), Password).status, S::Certificates);
        auto legacy = parse(QStringLiteral("pfx/legacy.p12"), Password);
        QVERIFY2(legacy.status == S::Certificates, qPrintable(legacy.problem));
        QCOMPARE(legacy.chains.constFirst().infos.at(0).subjectCommonName,
                 QStringLiteral("legacy.example"));

        for (const QString &bad :
             {QStringLiteral("bad/truncated.pem"), QStringLiteral("bad/truncated.der"),
              QStringLiteral("bad/truncated.pfx"), QStringLiteral("bad/garbage.bin"),
              QStringLiteral("bad/empty.pem"), QStringLiteral("bad/key-only.pem"),
              QStringLiteral("bad/request.csr"), QStringLiteral("bad/notes.txt")}) {
            auto r = parse(bad);
            QVERIFY2(r.status == S::NotCertificate, qPrintable(bad));
            QVERIFY2(!r.problem.isEmpty(), qPrintable(bad));
        }
        QVERIFY(parse(QStringLiteral("bad/truncated.pem"))
                    .problem.contains(QLatin1String("cut short")));
        QVERIFY(parse(QStringLiteral("bad/key-only.pem"))
                    .problem.contains(QLatin1String("private key")));
        QVERIFY(parse(QStringLiteral("bad/request.csr"))
                    .problem.contains(QLatin1String("CERTIFICATE REQUEST")));
    }

    void everyFileGetsItsOutcome()
    {
        freshDatabase(QStringLiteral("data-outcomes"));
        const QString missing = m_tmp.filePath(QStringLiteral("no-such-file.pem"));
        const QString fifo = m_tmp.filePath(QStringLiteral("a-fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A bad path first, then the corpus: nothing stops the rest.
        auto summary = CertificateImporter(services()).run({missing, m_corpus, fifo}, {});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QVERIFY(!summary->cancelled);
        QCOMPARE(summary->files.size(), m_expected.size() + 2);
        QCOMPARE(summary->files.constFirst().path, missing);
        QCOMPARE(summary->files.constFirst().outcome, ImportOutcome::Unreadable);
        QVERIFY(summary->files.constFirst().message.contains(QLatin1String("does not exist")));
        QCOMPARE(summary->files.constLast().outcome, ImportOutcome::Unreadable);

        const auto results = byPath(*summary);
        int certificates = 0;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            QVERIFY2(results.contains(it.key()), qPrintable(it.key()));
            const FileImportResult &r = results.value(it.key());
            QVERIFY2(r.outcome == it->outcome,
                     qPrintable(it.key() + QStringLiteral(": ") + importOutcomeName(r.outcome) +
                                QStringLiteral(" ") + r.message));
            QCOMPARE(r.certificateIds.size(), it->certificates);
            const bool problem = r.outcome == ImportOutcome::NotCertificate ||
                                 r.outcome == ImportOutcome::WrongPassword;
            QCOMPARE(r.message.isEmpty(), !problem);
            if (problem)
                QVERIFY2(r.message.contains(QDir::toNativeSeparators(r.path)),
                         qPrintable(r.message));
            if (it->outcome == ImportOutcome::Imported)
                certificates += it->certificates;
        }
        QVERIFY(!results.contains(QStringLiteral(".hidden/x.pem")));
        QVERIFY(!results.contains(QStringLiteral("pem/.hidden.pem")));
        QCOMPARE(summary->certificatesAdded(), certificates);
        QCOMPARE(summary->count(ImportOutcome::Duplicate), 2);
        QCOMPARE(summary->count(ImportOutcome::WrongPassword), 2);
        QCOMPARE(results.value(QStringLiteral("pem/with-key.pem")).privateKeySkipped, true);

        // What was stored: source, the file, the chain and a 'file' sighting per certificate.
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM certificates")), certificates);
        QCOMPARE(
            rows(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE source != 'imported'")),
            0);
        CertificateRepository repo(*m_db);
        const FileImportResult chain = results.value(QStringLiteral("pem/fullchain.pem"));
        auto stored = repo.findById(chain.certificateIds.constFirst());
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->files.value(QLatin1String("imported")).toString(), chain.path);
        QCOMPARE((*stored)->folder, QFileInfo(chain.path).absolutePath());
        QCOMPARE(parseChain((*stored)->chainPem)->infos.size(), 2);
        QCOMPARE((*stored)->createdAt, m_clock.now());
        auto seen = repo.sightings(chain.certificateIds.constFirst());
        QVERIFY(seen);
        // Its own file and the DER copy of its leaf in zdup/.
        QCOMPARE(seen->size(), 2);
        for (const CertificateSighting &s : *seen) {
            QCOMPARE(s.kind, SightingKind::File);
            QCOMPARE(s.seenAt, m_clock.now());
        }
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM certificate_sightings")),
                 certificates + 2);

        // Nothing of the key reached the database.
        QFile dbFile(m_db->filePath());
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        const QByteArray everything = dbFile.readAll();
        for (const QByteArray &line : pemBodyLines(m_keyPem))
            QVERIFY2(!everything.contains(line), "a line of the private key is in the database");
        QVERIFY(filesContaining(QFileInfo(m_db->filePath()).absolutePath(), pemBodyLines(m_keyPem))
                    .isEmpty());
    }

    void passwordOpensTheProtectedFilesAndTheRestAreDuplicates()
    {
        freshDatabase(QStringLiteral("data-password"));
        CertificateImporter importer(services());
        QVERIFY(importer.run({m_corpus}, {}));
        m_clock.set(m_clock.now().addDays(1));
        auto again = importer.run({m_corpus}, SecureBytes(Password));
        QVERIFY(again);
        const auto results = byPath(*again);
        QCOMPARE(results.value(QStringLiteral("pfx/secret.pfx")).outcome, ImportOutcome::Imported);
        QCOMPARE(results.value(QStringLiteral("pfx/legacy.p12")).outcome, ImportOutcome::Imported);
        QCOMPARE(again->certificatesAdded(), 2);
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (it->outcome == ImportOutcome::Imported || it->outcome == ImportOutcome::Duplicate)
                QVERIFY2(results.value(it.key()).outcome == ImportOutcome::Duplicate,
                         qPrintable(it.key()));
        }
        // Seen again: the sightings moved to the new time, none was added for the old files.
        const FileImportResult leaf = results.value(QStringLiteral("pem/leaf.pem"));
        auto seen = CertificateRepository(*m_db).sightings(leaf.certificateIds.constFirst());
        QCOMPARE(seen->size(), 2); // pem/leaf.pem and zdup/leaf-again.pem
        QCOMPARE(seen->constFirst().seenAt, m_clock.now());
        QCOMPARE(seen->constLast().seenAt, m_clock.now());

        QFile dbFile(m_db->filePath());
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        QVERIFY(!dbFile.readAll().contains(Password));

        auto wrong = importer.run({path(QStringLiteral("pfx/secret.pfx"))}, SecureBytes("nope"));
        QCOMPARE(wrong->files.constFirst().outcome, ImportOutcome::WrongPassword);
        QVERIFY(wrong->files.constFirst().message.contains(QLatin1String("does not open")));
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file; the permission check needs another user");
        freshDatabase(QStringLiteral("data-unreadable"));
        const QString locked = m_tmp.filePath(QStringLiteral("locked.pem"));
        QVERIFY(writeFile(locked, m_ca->leafFor({QStringLiteral("locked.example")})));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        auto r = CertificateImporter(services()).run({locked}, {});
        QCOMPARE(r->files.constFirst().outcome, ImportOutcome::Unreadable);
    }

    void cancellingStopsAfterABatch()
    {
        freshDatabase(QStringLiteral("data-cancel"));
        const QString many = m_tmp.filePath(QStringLiteral("many"));
        const int total = CertificateImporter::BatchSize + 50;
        for (int i = 0; i < total; ++i)
            QVERIFY(writeFile(
                QDir(many).filePath(QStringLiteral("%1.pem").arg(i, 5, 10, QLatin1Char('0'))),
                m_ca->leafFor({QStringLiteral("n%1.example").arg(i)})));
        QList<qsizetype> reported;
        auto r =
            CertificateImporter(services()).run({many}, {}, [&](qsizetype done, qsizetype all) {
                reported << done;
                return all == total && done < CertificateImporter::BatchSize;
            });
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QCOMPARE(r->files.size(), CertificateImporter::BatchSize);
        QCOMPARE(reported, (QList<qsizetype>{0, CertificateImporter::BatchSize}));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM certificates")),
                 CertificateImporter::BatchSize);

        // The worker thread does the rest, with progress, and the caller's thread stays free.
        CertificateImport job(services(), {many});
        QSignalSpy progress(&job, &CertificateImport::progress);
        QSignalSpy finished(&job, &CertificateImport::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(job.summary().files.size(), total);
        QCOMPARE(job.summary().count(ImportOutcome::Duplicate), CertificateImporter::BatchSize);
        QCOMPARE(job.summary().count(ImportOutcome::Imported),
                 total - CertificateImporter::BatchSize);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.constLast().at(0).value<qsizetype>(), qsizetype(total));

        CertificateImport cancelled(services(), {many});
        cancelled.cancel();
        QSignalSpy cancelledDone(&cancelled, &CertificateImport::finished);
        cancelled.start();
        QVERIFY(cancelledDone.wait(30000));
        QVERIFY(cancelled.summary().cancelled);
        QCOMPARE(cancelled.summary().files.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateImport)
#include "tst_certificateimport.moc"
