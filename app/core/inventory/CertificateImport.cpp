#include "core/inventory/CertificateImport.h"

#include "core/crypto/OpenSslError.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/store/CertificateRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentMap>
#include <cctype>
#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>

namespace acmedesk {

namespace {

using namespace ossl;
using Status = CertificateFileContents::Status;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray derOf(X509 *cert)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    if (len <= 0 || !der)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

// The certificates of a PKCS#7 signed-data (a .p7b/.p7c is one without signers).
bool collectPkcs7(PKCS7 *p7, QList<QByteArray> &der)
{
    if (!p7 || !PKCS7_type_is_signed(p7) || !p7->d.sign)
        return false;
    STACK_OF(X509) *certs = p7->d.sign->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i)
        der << derOf(sk_X509_value(certs, i));
    return true;
}

struct Pkcs7Free
{
    void operator()(PKCS7 *p) const { PKCS7_free(p); }
};
using Pkcs7Ptr = std::unique_ptr<PKCS7, Pkcs7Free>;

void freePkcs7Stack(STACK_OF(PKCS7) * s)
{
    sk_PKCS7_pop_free(s, PKCS7_free);
}
void freeBagStack(STACK_OF(PKCS12_SAFEBAG) * s)
{
    sk_PKCS12_SAFEBAG_pop_free(s, PKCS12_SAFEBAG_free);
}
using Pkcs7StackPtr = std::unique_ptr<STACK_OF(PKCS7), Deleter<STACK_OF(PKCS7), freePkcs7Stack>>;
using BagStackPtr =
    std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), Deleter<STACK_OF(PKCS12_SAFEBAG), freeBagStack>>;

// A library context with the legacy provider, for PKCS#12 files whose certificates are
// encrypted with RC2-40 (OpenSSL 1.x's default, still common); null when the provider is not
// installed. Separate from the default context, so nothing else in AcmeDesk can pick a legacy
// algorithm.
OSSL_LIB_CTX *legacyContext()
{
    static OSSL_LIB_CTX *const ctx = [] {
        OSSL_LIB_CTX *c = OSSL_LIB_CTX_new();
        if (c && OSSL_PROVIDER_load(c, "legacy") && OSSL_PROVIDER_load(c, "default"))
            return c;
        OSSL_LIB_CTX_free(c);
        drainOpenSslErrors();
        return static_cast<OSSL_LIB_CTX *>(nullptr);
    }();
    return ctx;
}

struct Password
{
    const char *bytes = nullptr;
    int length = 0;
};

STACK_OF(PKCS12_SAFEBAG) * decryptBags(PKCS7 *p7, const Password &pass)
{
    STACK_OF(PKCS12_SAFEBAG) *bags = PKCS12_unpack_p7encdata(p7, pass.bytes, pass.length);
    if (!bags && legacyContext() && p7->d.encrypted && p7->d.encrypted->enc_data &&
        p7->d.encrypted->enc_data->enc_data)
        bags = static_cast<STACK_OF(PKCS12_SAFEBAG) *>(PKCS12_item_decrypt_d2i_ex(
            p7->d.encrypted->enc_data->algorithm, ASN1_ITEM_rptr(PKCS12_SAFEBAGS), pass.bytes,
            pass.length, p7->d.encrypted->enc_data->enc_data, 1, legacyContext(), nullptr));
    drainOpenSslErrors();
    return bags;
}

// Certificates from the bags; key bags are noted and left encrypted (never decrypted).
void collectBags(const STACK_OF(PKCS12_SAFEBAG) * bags, QList<QByteArray> &der, bool &keySeen,
                 int depth = 0)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_certBag:
            if (PKCS12_SAFEBAG_get_bag_nid(bag) == NID_x509Certificate) {
                X509Ptr cert(PKCS12_SAFEBAG_get1_cert(bag));
                if (cert)
                    der << derOf(cert.get());
            }
            break;
        case NID_keyBag:
        case NID_pkcs8ShroudedKeyBag:
            keySeen = true;
            break;
        case NID_safeContentsBag:
            if (depth < 4)
                collectBags(PKCS12_SAFEBAG_get0_safes(bag), der, keySeen, depth + 1);
            break;
        default:
            break;
        }
    }
}

enum class Unpacked { Ok, CannotDecrypt, Broken };

Unpacked unpackPkcs12(PKCS12 *p12, const Password &pass, QList<QByteArray> &der, bool &keySeen)
{
    Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12));
    if (!safes) {
        drainOpenSslErrors();
        return Unpacked::Broken;
    }
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes.get(), i);
        BagStackPtr bags;
        switch (OBJ_obj2nid(p7->type)) {
        case NID_pkcs7_data:
            bags.reset(PKCS12_unpack_p7data(p7));
            if (!bags) {
                drainOpenSslErrors();
                return Unpacked::Broken;
            }
            break;
        case NID_pkcs7_encrypted:
            bags.reset(decryptBags(p7, pass));
            if (!bags)
                return Unpacked::CannotDecrypt;
            break;
        default:
            continue;
        }
        collectBags(bags.get(), der, keySeen);
    }
    return Unpacked::Ok;
}

void readPkcs12(PKCS12 *p12, const SecureBytes &password, CertificateFileContents &out,
                QList<QByteArray> &der)
{
    out.format = QStringLiteral("PKCS#12");
    // No password and the empty one first (both spellings exist), then the caller's.
    QList<Password> candidates{{nullptr, 0}, {"", 0}};
    if (!password.isEmpty())
        candidates << Password{password.bytes().constData(), int(password.size())};
    auto wrongPassword = [&] {
        out.status = Status::WrongPassword;
        out.passwordNeeded = password.isEmpty();
        out.problem = password.isEmpty()
                          ? CertificateImporter::tr(
                                "It is a PKCS#12 file protected by a password; give its password "
                                "to import it.")
                          : CertificateImporter::tr(
                                "It is a PKCS#12 file that the given password does not open; check "
                                "the password (letter case counts).");
    };
    const bool hasMac = PKCS12_mac_present(p12) == 1;
    for (const Password &pass : std::as_const(candidates)) {
        if (hasMac && PKCS12_verify_mac(p12, pass.bytes, pass.length) != 1) {
            drainOpenSslErrors();
            continue;
        }
        QList<QByteArray> found;
        bool keySeen = false;
        switch (unpackPkcs12(p12, pass, found, keySeen)) {
        case Unpacked::Ok:
            der = found;
            out.privateKeySkipped = keySeen;
            if (der.isEmpty())
                out.problem =
                    CertificateImporter::tr("It is a PKCS#12 file without certificates; export the "
                                            "certificate with it.");
            return;
        case Unpacked::CannotDecrypt:
            if (!hasMac)
                continue; // without a MAC only decryption tells whether the password fits
            out.problem =
                CertificateImporter::tr("Its PKCS#12 encryption cannot be read by this system's "
                                        "OpenSSL; export it again with AES-256 encryption.");
            return;
        case Unpacked::Broken:
            out.problem =
                CertificateImporter::tr("It is a damaged PKCS#12 file; copy it again from its "
                                        "source.");
            return;
        }
    }
    wrongPassword();
}

bool isKeyLabel(const QByteArray &label)
{
    return label.endsWith("PRIVATE KEY") || label == "ENCRYPTED PRIVATE KEY";
}

// PEM blocks in order. Returns false when there is no PEM block at all.
bool readPem(const QByteArray &bytes, CertificateFileContents &out, QList<QByteArray> &der)
{
    BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    QStringList others;
    int blocks = 0;
    drainOpenSslErrors();
    while (true) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long len = 0;
        auto damaged = [&](int block) {
            out.format = QStringLiteral("PEM");
            out.problem =
                CertificateImporter::tr("It is damaged or cut short: PEM block %1 cannot be read. "
                                        "Copy the file again from its source.")
                    .arg(block);
            der.clear();
            drainOpenSslErrors();
            return true;
        };
        if (PEM_read_bio(bio.get(), &name, &header, &data, &len) != 1) {
            const unsigned long e = ERR_peek_last_error();
            if (ERR_GET_LIB(e) != ERR_LIB_PEM || ERR_GET_REASON(e) != PEM_R_NO_START_LINE)
                return damaged(blocks + 1);
            break;
        }
        ++blocks;
        const QByteArray label(name);
        bool bad = false;
        const auto *p = static_cast<const unsigned char *>(data);
        if (label == "CERTIFICATE" || label == "X509 CERTIFICATE") {
            der << QByteArray(reinterpret_cast<const char *>(data), qsizetype(len));
        } else if (label == "TRUSTED CERTIFICATE") {
            // OpenSSL's trust settings follow the certificate; only the certificate is kept.
            if (X509Ptr cert(d2i_X509_AUX(nullptr, &p, len)); cert)
                der << derOf(cert.get());
            else
                bad = true;
        } else if (label == "PKCS7" || label == "CMS") {
            Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, len));
            if (!collectPkcs7(p7.get(), der))
                others << QString::fromLatin1(label);
        } else if (isKeyLabel(label)) {
            out.privateKeySkipped = true;
            OPENSSL_cleanse(data, size_t(len));
        } else {
            others << QString::fromLatin1(label.left(40));
        }
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (bad)
            return damaged(blocks);
    }
    drainOpenSslErrors();
    if (blocks == 0)
        return false;
    out.format = QStringLiteral("PEM");
    if (der.isEmpty()) {
        others.removeDuplicates();
        out.problem =
            out.privateKeySkipped
                ? CertificateImporter::tr(
                      "It holds a private key but no certificate; AcmeDesk imports "
                      "certificates, never keys: import the certificate's own file.")
                : CertificateImporter::tr(
                      "It holds no certificate, only %1; import the certificate's own file.")
                      .arg(others.join(QStringLiteral(", ")));
    }
    return true;
}

// The length of the DER SEQUENCE `bytes` starts with, when nothing but white space or zero
// bytes (as some tools leave them) follows it; else 0.
qsizetype derLength(const QByteArray &bytes)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    const unsigned char *p = begin;
    long length = 0;
    int tag = 0, cls = 0;
    const int r = ASN1_get_object(&p, &length, &tag, &cls, long(bytes.size()));
    drainOpenSslErrors();
    if ((r & 0x80) || (r & 0x21) == 0x21 || tag != V_ASN1_SEQUENCE)
        return 0;
    const qsizetype total = qsizetype(p - begin) + qsizetype(length);
    if (total <= 0 || total > bytes.size())
        return 0;
    for (qsizetype i = total; i < bytes.size(); ++i)
        if (bytes.at(i) != 0 && !std::isspace(uchar(bytes.at(i))))
            return 0;
    return total;
}

// A DER PKCS#7 or PKCS#12 (a DER certificate was tried before).
void readContainer(const QByteArray &bytes, const SecureBytes &password,
                   CertificateFileContents &out, QList<QByteArray> &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    const long size = long(bytes.size());
    const unsigned char *p = begin;
    if (Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, size)); p7) {
        out.format = QStringLiteral("PKCS#7");
        if (!collectPkcs7(p7.get(), der) || der.isEmpty())
            out.problem =
                CertificateImporter::tr("It is a PKCS#7 file without certificates; export the "
                                        "certificate chain as PKCS#7 again.");
        drainOpenSslErrors();
        return;
    }
    p = begin;
    if (Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, size)); p12) {
        drainOpenSslErrors();
        return readPkcs12(p12.get(), password, out, der);
    }
    drainOpenSslErrors();
    out.problem =
        !bytes.isEmpty() && bytes.at(0) == 0x30
            ? CertificateImporter::tr(
                  "It is damaged or cut short: its DER encoding ends early or is broken. "
                  "Copy the file again from its source.")
            : CertificateImporter::tr(
                  "It is not a certificate file (PEM, DER, PKCS#7 or PKCS#12); import the "
                  "certificate in one of those formats.");
}

} // namespace

CertificateFileContents parseCertificateFile(const QByteArray &bytes, const SecureBytes &password)
{
    CertificateFileContents out;
    if (bytes.trimmed().isEmpty()) {
        out.problem =
            CertificateImporter::tr("The file is empty; import the certificate's own file.");
        return out;
    }
    QList<QByteArray> der;
    const bool pem = bytes.contains("-----BEGIN ") && readPem(bytes, out, der);
    if (!pem) {
        // A DER certificate first (the common case, decoded once), then PKCS#7 and PKCS#12.
        if (const qsizetype n = derLength(bytes); n > 0) {
            if (auto single = certificateChainsFromDer({bytes.left(n)}); single) {
                out.status = Status::Certificates;
                out.format = QStringLiteral("DER");
                out.chains = *single;
                return out;
            }
        }
        readContainer(bytes, password, out, der);
    }
    if (out.status == Status::WrongPassword)
        return out;
    if (der.isEmpty()) {
        out.status = Status::NotCertificate;
        if (out.problem.isEmpty())
            out.problem = CertificateImporter::tr(
                "It holds no certificate; import the certificate's own file.");
        return out;
    }
    auto chains = certificateChainsFromDer(der);
    if (!chains) {
        out.status = Status::NotCertificate;
        out.problem =
            CertificateImporter::tr("It is damaged or cut short: %1 Copy the file again from its "
                                    "source.")
                .arg(chains.error().message);
        return out;
    }
    out.status = Status::Certificates;
    out.chains = *chains;
    out.problem.clear();
    return out;
}

QString importOutcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QStringLiteral("imported");
    case ImportOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportOutcome::NotCertificate:
        return QStringLiteral("not-a-certificate");
    case ImportOutcome::WrongPassword:
        return QStringLiteral("wrong-password");
    case ImportOutcome::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

int ImportSummary::count(ImportOutcome outcome) const
{
    int n = 0;
    for (const FileImportResult &f : files)
        n += f.outcome == outcome ? 1 : 0;
    return n;
}

int ImportSummary::certificatesAdded() const
{
    int n = 0;
    for (const FileImportResult &f : files)
        n += f.added;
    return n;
}

namespace {

// A file to read, or what is wrong with a path before anything is read.
struct Listed
{
    QString path;
    std::optional<FileImportResult> problem;
};

FileImportResult problemResult(const QString &path, ImportOutcome outcome, const QString &message)
{
    FileImportResult r;
    r.path = path;
    r.outcome = outcome;
    r.message = message;
    return r;
}

void listFolder(const QString &folder, QList<Listed> &out, int depth = 0)
{
    const QDir dir(folder);
    const QFileInfo info(folder);
    if (!info.isReadable() || !info.isExecutable()) {
        out << Listed{folder, problemResult(folder, ImportOutcome::Unreadable,
                                            CertificateImporter::tr(
                                                "The folder %1 cannot be read; check that "
                                                "you may open it.")
                                                .arg(native(folder)))};
        return;
    }
    // Hidden entries (AcmeDesk's own .acmedesk version store among them) are not listed, nor
    // are symbolic links to folders followed (no loops).
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries) {
        if (e.isDir()) {
            if (!e.isSymLink() && depth < 64)
                listFolder(e.absoluteFilePath(), out, depth + 1);
        } else {
            out << Listed{e.absoluteFilePath(), std::nullopt};
        }
    }
}

void listPath(const QString &given, QList<Listed> &out)
{
    const QFileInfo info(given);
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    if (info.isDir())
        return listFolder(path, out);
    if (info.isFile())
        return out.append(Listed{path, std::nullopt});
    out << Listed{
        path,
        problemResult(
            path, ImportOutcome::Unreadable,
            info.exists() || info.isSymLink()
                ? CertificateImporter::tr("%1 is neither a file nor a folder (or a link to "
                                          "nothing); give a certificate file or a folder.")
                      .arg(native(path))
                : CertificateImporter::tr("%1 does not exist; check the path.").arg(native(path)))};
}

struct ReadFile
{
    FileImportResult result;
    CertificateFileContents contents;
};

ReadFile readAndParse(const Listed &listed, const SecureBytes &password)
{
    ReadFile r;
    if (listed.problem) {
        r.result = *listed.problem;
        return r;
    }
    r.result.path = listed.path;
    QFile f(listed.path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.result.message =
            CertificateImporter::tr("%1 cannot be read (%2); check that you may read it.")
                .arg(native(listed.path), f.errorString());
        return r;
    }
    QByteArray bytes;
    if (f.size() <= MaxCertificateFileBytes)
        bytes = f.read(f.size() + 1); // what is there (a file that grows meanwhile: up to here)
    if (f.error() != QFileDevice::NoError) {
        r.result.message =
            CertificateImporter::tr("%1 cannot be read (%2); check the disk and try again.")
                .arg(native(listed.path), f.errorString());
        return r;
    }
    if (f.size() > MaxCertificateFileBytes || bytes.size() > MaxCertificateFileBytes) {
        r.result.outcome = ImportOutcome::NotCertificate;
        r.result.message =
            CertificateImporter::tr("%1 is larger than %2 MiB, far more than any certificate "
                                    "file; it was not read.")
                .arg(native(listed.path))
                .arg(MaxCertificateFileBytes / (1024 * 1024));
        return r;
    }
    r.contents = parseCertificateFile(bytes, password);
    if (r.contents.privateKeySkipped)
        secureWipe(bytes);
    r.result.format = r.contents.format;
    r.result.privateKeySkipped = r.contents.privateKeySkipped;
    switch (r.contents.status) {
    case Status::Certificates:
        r.result.outcome = ImportOutcome::Imported; // or Duplicate, once the database was asked
        break;
    case Status::NotCertificate:
        r.result.outcome = ImportOutcome::NotCertificate;
        r.result.message =
            CertificateImporter::tr("%1: %2").arg(native(listed.path), r.contents.problem);
        break;
    case Status::WrongPassword:
        r.result.outcome = ImportOutcome::WrongPassword;
        r.result.message =
            CertificateImporter::tr("%1: %2").arg(native(listed.path), r.contents.problem);
        break;
    }
    return r;
}

} // namespace

Result<ImportSummary> CertificateImporter::run(const QStringList &paths,
                                               const SecureBytes &password,
                                               const CertificateImportProgress &progress)
{
    QList<Listed> listed;
    for (const QString &p : paths)
        listPath(p, listed);
    const qsizetype total = listed.size();
    ImportSummary summary;
    if (progress && !progress(0, total)) {
        summary.cancelled = true;
        return summary;
    }
    CertificateRepository repo(m_services.db);
    auto known = repo.idsBySha256();
    if (!known)
        return known.error();
    QHash<QString, qint64> ids = std::move(known).value(); // and those added in this run
    const QString storeFailed = tr("Could not record the imported certificates.");
    // The next batch is read and parsed (in the thread pool) while this one is written.
    auto parse = [&](qsizetype start) {
        return start < total ? QtConcurrent::mapped(listed.mid(start, BatchSize),
                                                    [&password](const Listed &l) {
                                                        return readAndParse(l, password);
                                                    })
                             : QFuture<ReadFile>();
    };
    QFuture<ReadFile> next = parse(0);
    struct StopParsing // on every way out: nothing may still read `password` or `listed`
    {
        QFuture<ReadFile> &f;
        ~StopParsing()
        {
            f.cancel();
            f.waitForFinished();
        }
    } stop{next};
    qsizetype done = 0;
    for (qsizetype start = 0; start < total; start += BatchSize) {
        QList<ReadFile> read = next.results();
        next = parse(start + BatchSize);
        const QDateTime now = m_services.clock->now();
        QSqlDatabase c = m_services.db.connection();
        if (!c.transaction())
            return Error::storage(storeFailed, c.lastError().text());
        for (ReadFile &r : read) {
            for (const CertificateChain &chain : std::as_const(r.contents.chains)) {
                const QString sha256 = chain.infos.constFirst().sha256Fingerprint;
                qint64 id = ids.value(sha256);
                if (!id) {
                    CertificateRecord record = recordOf(chain);
                    record.source = QStringLiteral("imported");
                    record.folder = QFileInfo(r.result.path).absolutePath();
                    record.files.insert(QLatin1String("imported"), r.result.path);
                    record.createdAt = now;
                    auto inserted = repo.insert(record);
                    if (!inserted) {
                        c.rollback();
                        return inserted.error();
                    }
                    id = *inserted;
                    ids.insert(sha256, id);
                    ++r.result.added;
                }
                auto seen = repo.recordSighting(
                    {0, id, SightingKind::File, r.result.path, {}, chain.fullchainPem(), now});
                if (!seen) {
                    c.rollback();
                    return seen.error();
                }
                r.result.certificateIds << id;
            }
            if (r.result.outcome == ImportOutcome::Imported && r.result.added == 0)
                r.result.outcome = ImportOutcome::Duplicate;
            summary.files << std::move(r.result);
        }
        if (!c.commit()) {
            const QString detail = c.lastError().text();
            c.rollback();
            return Error::storage(storeFailed, detail);
        }
        done += read.size();
        if (progress && !progress(done, total) && done < total) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

CertificateImport::CertificateImport(Services services, QStringList paths, SecureBytes password,
                                     QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_paths(std::move(paths)),
      m_password(std::move(password))
{}

CertificateImport::~CertificateImport()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool CertificateImport::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CertificateImport::cancel()
{
    m_cancel = true;
}

void CertificateImport::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        auto r = CertificateImporter(m_services)
                     .run(m_paths, m_password, [this](qsizetype done, qsizetype total) {
                         QMetaObject::invokeMethod(
                             this, [this, done, total] { Q_EMIT progress(done, total); },
                             Qt::QueuedConnection);
                         return !m_cancel.load();
                     });
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_password.clear();
                if (r) {
                    m_summary = *r;
                    m_error.reset();
                } else {
                    m_error = r.error();
                }
                Q_EMIT finished(r.ok());
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace acmedesk
