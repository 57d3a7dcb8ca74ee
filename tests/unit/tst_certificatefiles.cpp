// The certificate file set on disk: contents, modes from creation, versions switched by one
// rename, plain files of earlier releases taken over, and no partial set (and no temporary
// files) after any failure.
#include "CertTestCa.h"
#include "core/crypto/Certificate.h"
#include "core/store/CertificateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

struct Material
{
    CertificateChain chain;
    SecureBytes keyPem;
    SecureBytes pfx;
};

Material makeMaterial(const QString &name)
{
    Material m;
    const Pki pki = makePki({name});
    m.chain = parseChain(pki.fullchain()).value();
    m.keyPem = pki.leafKey.privateKeyPem().value();
    // Stand-in bytes: the file layer does not care what the PKCS#12 holds.
    m.pfx = SecureBytes(QCryptographicHash::hash(m.keyPem.bytes(), QCryptographicHash::Sha512));
    return m;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Never prints the bytes: a secret may be among them.
bool fileHolds(const QString &path, const QByteArray &expected)
{
    return readFile(path) == expected;
}

// Of what a reader sees (links followed).
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

ino_t inodeOf(const QString &path)
{
    struct stat st = {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_ino;
}

QString linkOf(const QString &path)
{
    return QFileInfo(path).isSymLink() ? QFile::symLinkTarget(path) : QString();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// What the administrator sees in the folder: everything but the versions folder.
QStringList visible(const QString &dir)
{
    QStringList names = entries(dir);
    names.removeAll(certificateVersionsFolderName());
    return names;
}

// The versions kept (besides the "current" link): exactly one after every write.
QStringList versions(const QString &dir)
{
    QStringList names = entries(dir + QLatin1Char('/') + certificateVersionsFolderName());
    names.removeAll(QStringLiteral("current"));
    return names;
}

const QStringList FourFiles = {QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                               QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")};
const QStringList WithPfx = {QStringLiteral("cert.pem"), QStringLiteral("certificate.pfx"),
                             QStringLiteral("chain.pem"), QStringLiteral("fullchain.pem"),
                             QStringLiteral("privkey.pem")};

bool holdsSet(const QString &dir, const Material &m, bool withPfx)
{
    return fileHolds(dir + QStringLiteral("/cert.pem"), m.chain.leafPem()) &&
           fileHolds(dir + QStringLiteral("/chain.pem"), m.chain.chainPem()) &&
           fileHolds(dir + QStringLiteral("/fullchain.pem"), m.chain.fullchainPem()) &&
           fileHolds(dir + QStringLiteral("/privkey.pem"), m.keyPem.bytes()) &&
           (!withPfx || fileHolds(dir + QStringLiteral("/certificate.pfx"), m.pfx.bytes()));
}

struct HookGuard
{
    explicit HookGuard(detail::CertificateFilesFaultHook hook)
    {
        detail::setCertificateFilesFaultHook(std::move(hook));
    }
    ~HookGuard() { detail::setCertificateFilesFaultHook({}); }
};

struct UmaskGuard
{
    explicit UmaskGuard(mode_t m) : old(::umask(m)) {}
    ~UmaskGuard() { ::umask(old); }
    mode_t old;
};

} // namespace

class TestCertificateFiles : public QObject
{
    Q_OBJECT
private:
    Material m_a;
    Material m_b;

private Q_SLOTS:
    void initTestCase()
    {
        m_a = makeMaterial(QStringLiteral("a.example"));
        m_b = makeMaterial(QStringLiteral("b.example"));
        QVERIFY(m_a.chain.leafPem() != m_b.chain.leafPem());
    }

    void writesSetWithModes()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString folder = base.filePath(QStringLiteral("live/www.example.com"));
        auto set = writeCertificateFiles(folder, m_a.chain, m_a.keyPem, m_a.pfx);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));

        QCOMPARE(set->folder, QDir::cleanPath(folder));
        QCOMPARE(set->cert, folder + QStringLiteral("/cert.pem"));
        QCOMPARE(set->chain, folder + QStringLiteral("/chain.pem"));
        QCOMPARE(set->fullchain, folder + QStringLiteral("/fullchain.pem"));
        QCOMPARE(set->privkey, folder + QStringLiteral("/privkey.pem"));
        QCOMPARE(set->pfx, folder + QStringLiteral("/certificate.pfx"));
        QVERIFY(QDir::isAbsolutePath(set->cert));

        QCOMPARE(visible(folder), WithPfx); // nothing else, no temporary or backup files
        QCOMPARE(versions(folder).size(), 1);
        QVERIFY(holdsSet(folder, m_a, true));
        // Relative links, so the folder can be moved or copied as a whole.
        for (const QString &name : WithPfx)
            QCOMPARE(QFileInfo(folder + QLatin1Char('/') + name).symLinkTarget(),
                     folder + QStringLiteral("/.acmedesk/current/") + name);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(base.filePath(QStringLiteral("live"))), 0700);
        QCOMPARE(modeOf(set->cert), 0644);
        QCOMPARE(modeOf(set->chain), 0644);
        QCOMPARE(modeOf(set->fullchain), 0644);
        QCOMPARE(modeOf(set->privkey), 0600);
        QCOMPARE(modeOf(set->pfx), 0600);
    }

    void withoutPfxAndCustomName()
    {
        QTemporaryDir base;
        auto set = writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem);
        QVERIFY(set.ok());
        QVERIFY(set->pfx.isEmpty());
        QCOMPARE(visible(base.path()), FourFiles);
        // An existing folder keeps its mode.
        QCOMPARE(modeOf(base.path()), 0700); // QTemporaryDir's own

        auto named = writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, m_a.pfx,
                                           QStringLiteral("iis.p12"));
        QVERIFY(named.ok());
        QCOMPARE(named->pfx, base.filePath(QStringLiteral("iis.p12")));
        QCOMPARE(modeOf(named->pfx), 0600);
        QVERIFY(fileHolds(named->pfx, m_a.pfx.bytes()));

        // The next version without PKCS#12: its link goes, not left dangling.
        QVERIFY(writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem).ok());
        QCOMPARE(visible(base.path()), FourFiles);
        QVERIFY(holdsSet(base.path(), m_b, false));
        QCOMPARE(versions(base.path()).size(), 1);
    }

    void modesDoNotDependOnUmask_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("000") << 0;
        QTest::newRow("022") << 022;
        QTest::newRow("077") << 077;
    }
    void modesDoNotDependOnUmask()
    {
        QFETCH(int, mask);
        QTemporaryDir base;
        UmaskGuard umaskGuard(mode_t(mask & 0777));
        const QString folder = base.filePath(QStringLiteral("new"));
        auto set = writeCertificateFiles(folder, m_a.chain, m_a.keyPem, m_a.pfx);
        QVERIFY(set.ok());
        QCOMPARE(modeOf(folder), 0700 & ~mask);
        QCOMPARE(modeOf(set->privkey), 0600);
        QCOMPARE(modeOf(set->pfx), 0600);
        QCOMPARE(modeOf(set->cert), 0644);
        QCOMPARE(modeOf(set->fullchain), 0644);
    }

    void secretsAre0600FromCreation()
    {
        // Look at the new version's files just before it becomes the current one: the key and
        // the PKCS#12 already exist with 0600 (even with umask 000), so they never were wider.
        QTemporaryDir base;
        UmaskGuard umaskGuard(0);
        QMap<QString, int> seen;
        HookGuard hook([&](const QString &step) {
            if (step == QLatin1String("switch")) {
                const QStringList kept = versions(base.path());
                if (kept.size() != 1)
                    return true; // seen stays empty: the test fails below
                const QDir version(base.filePath(QStringLiteral(".acmedesk/")) + kept.first());
                for (const QString &name : entries(version.path()))
                    seen.insert(name, modeOf(version.filePath(name)));
            }
            return true;
        });
        auto set = writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, m_a.pfx);
        QVERIFY(set.ok());
        QCOMPARE(seen.value(QStringLiteral("privkey.pem"), -1), 0600);
        QCOMPARE(seen.value(QStringLiteral("certificate.pfx"), -1), 0600);
        QCOMPARE(seen.value(QStringLiteral("cert.pem"), -1), 0644);
        QCOMPARE(visible(base.path()), WithPfx);
    }

    void replacesExistingSetAtomically()
    {
        QTemporaryDir base;
        auto first = writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, m_a.pfx);
        QVERIFY(first.ok());
        const ino_t oldKeyInode = inodeOf(first->privkey);
        // A reader that has the old file open keeps reading the old, whole file.
        QFile reader(first->fullchain);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        // An administrator's looser mode on the old key is not carried over.
        QVERIFY(::chmod(QFile::encodeName(first->privkey).constData(), 0640) == 0);

        auto second = writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem, m_b.pfx);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QVERIFY(holdsSet(base.path(), m_b, true));
        QCOMPARE(visible(base.path()), WithPfx);
        QCOMPARE(versions(base.path()).size(), 1);        // the previous version is gone
        QVERIFY(inodeOf(second->privkey) != oldKeyInode); // a new file, not rewritten
        QCOMPARE(modeOf(second->privkey), 0600);
        QVERIFY(reader.readAll() == m_a.chain.fullchainPem());
    }

    void failedReplaceRestoresPreviousSet_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("firstWithPfx");
        QTest::addColumn<QString>("named"); // in the message
        QTest::newRow("first file")
            << QStringLiteral("write:cert.pem") << true << QStringLiteral("cert.pem");
        QTest::newRow("key file") << QStringLiteral("write:privkey.pem") << true
                                  << QStringLiteral("privkey.pem");
        QTest::newRow("last file")
            << QStringLiteral("write:certificate.pfx") << true << QStringLiteral("certificate.pfx");
        QTest::newRow("switch") << QStringLiteral("switch") << true << QString();
        QTest::newRow("new link") << QStringLiteral("link:certificate.pfx") << false
                                  << QStringLiteral("certificate.pfx");
        QTest::newRow("switch after new link") << QStringLiteral("switch") << false << QString();
    }
    void failedReplaceRestoresPreviousSet()
    {
        QFETCH(QString, step);
        QFETCH(bool, firstWithPfx);
        QFETCH(QString, named);
        QTemporaryDir base;
        const std::optional<SecureBytes> firstPfx =
            firstWithPfx ? std::optional<SecureBytes>(m_a.pfx) : std::nullopt;
        QVERIFY(writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, firstPfx).ok());
        const ino_t certInode = inodeOf(base.filePath(QStringLiteral("cert.pem")));
        const QStringList before = versions(base.path());
        {
            HookGuard hook([&](const QString &s) { return s != step; });
            auto r = writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem, m_b.pfx);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::Storage);
            QVERIFY2(r.error().message.contains(named.isEmpty() ? base.path() : named),
                     qPrintable(r.error().message));
        }
        QVERIFY(holdsSet(base.path(), m_a, firstWithPfx)); // the whole previous set, unchanged
        QCOMPARE(visible(base.path()), firstWithPfx ? WithPfx : FourFiles); // no new link left
        QCOMPARE(versions(base.path()), before); // the new version taken back
        QCOMPARE(inodeOf(base.filePath(QStringLiteral("cert.pem"))), certInode);
        QCOMPARE(modeOf(base.filePath(QStringLiteral("privkey.pem"))), 0600);
    }

    void failedFirstWriteLeavesNothing()
    {
        QTemporaryDir base;
        for (const QString &step : {QStringLiteral("write:fullchain.pem"),
                                    QStringLiteral("link:privkey.pem"), QStringLiteral("switch")}) {
            HookGuard hook([&step](const QString &s) { return s != step; });
            auto r = writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, m_a.pfx);
            QVERIFY2(!r.ok(), qPrintable(step));
            QCOMPARE(entries(base.path()), QStringList()); // links and versions taken back
        }
    }

    void plainFilesOfEarlierReleasesAreTakenOver()
    {
        // The layout AcmeDesk wrote before versions: plain files, plus hidden copies that a
        // killed run of that writer could leave.
        QTemporaryDir base;
        const QDir dir(base.path());
        const auto plant = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(plant(QStringLiteral("cert.pem"), m_a.chain.leafPem()));
        QVERIFY(plant(QStringLiteral("chain.pem"), m_a.chain.chainPem()));
        QVERIFY(plant(QStringLiteral("fullchain.pem"), m_a.chain.fullchainPem()));
        QVERIFY(plant(QStringLiteral("privkey.pem"), m_a.keyPem.bytes()));
        QVERIFY(plant(QStringLiteral(".privkey.pem.tmp-3kq1"), m_a.keyPem.bytes()));
        QVERIFY(plant(QStringLiteral(".privkey.pem.old-9zz0"), m_a.keyPem.bytes()));
        QVERIFY(plant(QStringLiteral("notes.txt"), "the administrator's own file"));
        const QStringList withNotes = {QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                                       QStringLiteral("fullchain.pem"), QStringLiteral("notes.txt"),
                                       QStringLiteral("privkey.pem")};

        // Refused after the take-over: the old set still shows, through the links now.
        {
            HookGuard hook([](const QString &s) { return s != QLatin1String("write:chain.pem"); });
            QVERIFY(!writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem).ok());
        }
        QVERIFY(holdsSet(base.path(), m_a, false));
        QCOMPARE(visible(base.path()), withNotes);
        QVERIFY(!linkOf(dir.filePath(QStringLiteral("privkey.pem"))).isEmpty());

        auto set = writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem);
        QVERIFY(set.ok());
        QVERIFY(holdsSet(base.path(), m_b, false));
        QCOMPARE(visible(base.path()), withNotes);
        QCOMPARE(versions(base.path()).size(), 1);
        QVERIFY(
            fileHolds(dir.filePath(QStringLiteral("notes.txt")), "the administrator's own file"));
    }

    void leftoversOfKilledRunsAreRemoved()
    {
        QTemporaryDir base;
        QVERIFY(writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem).ok());
        // A version a killed run did not finish, and the switch link it had begun.
        const QDir store(base.filePath(QStringLiteral(".acmedesk")));
        QVERIFY(store.mkdir(QStringLiteral("20260101-000000-dead")));
        QFile partial(store.filePath(QStringLiteral("20260101-000000-dead/privkey.pem")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(m_b.keyPem.bytes());
        partial.close();
        QVERIFY(QFile::link(QStringLiteral("20260101-000000-dead"),
                            store.filePath(QStringLiteral("current.tmp-x1"))));
        QCOMPARE(versions(base.path()).size(), 3);

        QVERIFY(writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem).ok());
        QCOMPARE(versions(base.path()).size(), 1);
        QVERIFY(!partial.exists());
        QVERIFY(holdsSet(base.path(), m_b, false));
    }

    void targetThatIsAFolder()
    {
        QTemporaryDir base;
        QVERIFY(writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem).ok());
        QVERIFY(QFile::remove(base.filePath(QStringLiteral("fullchain.pem"))));
        QVERIFY(QDir(base.path()).mkpath(QStringLiteral("fullchain.pem/inside")));
        auto r = writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("fullchain.pem")));
        QVERIFY(fileHolds(base.filePath(QStringLiteral("cert.pem")), m_a.chain.leafPem()));
        QVERIFY(fileHolds(base.filePath(QStringLiteral("privkey.pem")), m_a.keyPem.bytes()));
        QCOMPARE(visible(base.path()),
                 (QStringList{QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                              QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")}));
        QCOMPARE(versions(base.path()).size(), 1);
    }

    void folderPathIsAFile()
    {
        QTemporaryDir base;
        const QString file = base.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        auto r = writeCertificateFiles(file, m_a.chain, m_a.keyPem);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("not a folder")));
        auto below = writeCertificateFiles(file + QStringLiteral("/sub"), m_a.chain, m_a.keyPem);
        QVERIFY(!below.ok());
        QCOMPARE(entries(base.path()), QStringList{QStringLiteral("not-a-folder")});
        QVERIFY(readFile(file) == "x");
    }

    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores folder permissions");
        QTemporaryDir base;
        QVERIFY(writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem).ok());
        QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0500) == 0);
        auto r = writeCertificateFiles(base.path(), m_b.chain, m_b.keyPem);
        ::chmod(QFile::encodeName(base.path()).constData(), 0700);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QVERIFY(holdsSet(base.path(), m_a, false));
        QCOMPARE(visible(base.path()), FourFiles);
    }

    void refusesBadInput()
    {
        QTemporaryDir base;
        QVERIFY(!writeCertificateFiles(QString(), m_a.chain, m_a.keyPem).ok());
        QVERIFY(!writeCertificateFiles(base.path(), CertificateChain(), m_a.keyPem).ok());
        QVERIFY(!writeCertificateFiles(base.path(), m_a.chain, SecureBytes()).ok());
        QVERIFY(
            !writeCertificateFiles(base.path(), m_a.chain, SecureBytes(m_a.chain.leafPem())).ok());
        for (const QString &bad :
             {QStringLiteral("../escape.pfx"), QStringLiteral("sub/x.pfx"), QString(),
              QStringLiteral(".."), QStringLiteral("privkey.pem"), QStringLiteral("cert.pem")}) {
            auto r = writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, m_a.pfx, bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
        }
        QVERIFY(!writeCertificateFiles(base.path(), m_a.chain, m_a.keyPem, SecureBytes()).ok());
        QCOMPARE(entries(base.path()), QStringList());
        QCOMPARE(entries(QFileInfo(base.path()).path()).contains(QStringLiteral("escape.pfx")),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestCertificateFiles)
#include "tst_certificatefiles.moc"
