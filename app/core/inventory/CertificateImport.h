// Certificates imported from files into the inventory: PEM (one or many certificates, chains,
// RFC 7468 labels CERTIFICATE, X509 CERTIFICATE, TRUSTED CERTIFICATE, PKCS7, CMS), DER, PKCS#7
// (.p7b/.p7c, PEM or DER) and PKCS#12 (.pfx/.p12: the empty password is tried first, then the
// caller's). Whole folders are read recursively. Private keys that a file holds are never read
// into the inventory, stored or logged (a PKCS#12 key bag is not even decrypted); neither is the
// password.
//
// Which certificates a file holds (certificateChainsFromDer): every certificate that issued none
// of the others in the file is imported, with the ones above it as its chain. A leaf with its
// intermediates gives one certificate; a bundle of unrelated CA certificates gives one each; a
// root with its intermediate gives the intermediate (the root is its chain).
#pragma once

#include "core/Services.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

namespace acmedesk {

// What one file's bytes hold. A pure function of the bytes and the password (the fuzz target
// cert_import drives it): no file, no database, no clock.
struct CertificateFileContents
{
    enum class Status {
        Certificates,   // `chains` holds at least one
        NotCertificate, // no certificate, or damaged (cut short, bad encoding)
        WrongPassword,  // PKCS#12 that neither the empty nor the given password opens
    };
    Status status = Status::NotCertificate;
    QString format;                 // "PEM", "DER", "PKCS#7", "PKCS#12"; empty when unknown
    QList<CertificateChain> chains; // one per leaf, leaf first
    bool privateKeySkipped = false; // the file holds a private key (left alone)
    bool passwordNeeded = false;    // WrongPassword without a password given
    QString problem; // NotCertificate, WrongPassword: what is wrong, without the file's name
};

// Files above this size are not read (no certificate file comes near it).
inline constexpr qint64 MaxCertificateFileBytes = 16 * 1024 * 1024;

CertificateFileContents parseCertificateFile(const QByteArray &bytes,
                                             const SecureBytes &password = {});

// Outcome per file; printed by name (`certs import`): never rename one.
enum class ImportOutcome {
    Imported,       // at least one certificate new to the inventory
    Duplicate,      // every certificate in it is known already (or came earlier in this run)
    NotCertificate, // nothing to import, or damaged
    WrongPassword,  // a PKCS#12 the password does not open, or one that needs a password
    Unreadable,     // missing, not a regular file, no permission, read error
};
QString importOutcomeName(ImportOutcome outcome); // "imported", "duplicate", "not-a-certificate",
                                                  // "wrong-password", "unreadable"
inline constexpr ImportOutcome AllImportOutcomes[] = {
    ImportOutcome::Imported, ImportOutcome::Duplicate, ImportOutcome::NotCertificate,
    ImportOutcome::WrongPassword, ImportOutcome::Unreadable};

struct FileImportResult
{
    QString path; // absolute
    ImportOutcome outcome = ImportOutcome::Unreadable;
    // For NotCertificate, WrongPassword and Unreadable: a sentence naming the file, what is
    // wrong and what to do (no GUI control or CLI flag).
    QString message;
    QString format;
    QList<qint64> certificateIds; // Imported, Duplicate: the file's certificates, new and known
    int added = 0;                // of those, how many are new
    bool privateKeySkipped = false;
};

struct ImportSummary
{
    QList<FileImportResult> files; // in the order read: paths as given, folders sorted by name
    bool cancelled = false;        // stopped early; what was written before stays
    int count(ImportOutcome outcome) const;
    int certificatesAdded() const;
};

// `done` of `total` files; returning false cancels after the current batch.
using CertificateImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

class CertificateImporter
{
    Q_DECLARE_TR_FUNCTIONS(CertificateImport)
public:
    static constexpr int BatchSize = 500; // files per transaction

    explicit CertificateImporter(Services services) : m_services(std::move(services)) {}

    // Synchronous (call it from a worker thread in a GUI; CertificateImport does). `paths` are
    // files and folders; folders are read recursively, hidden files and folders and symbolic
    // links to folders skipped. Files are read and parsed in parallel; each batch of files is
    // written in one transaction, with a 'file' sighting (the time from services.clock) for
    // every certificate found, known ones included. A bad file never stops the others; only a
    // database failure does (then the error, with what earlier batches wrote kept).
    Result<ImportSummary> run(const QStringList &paths, const SecureBytes &password,
                              const CertificateImportProgress &progress = {});

private:
    Services m_services;
};

// The same in a worker thread, for the GUI: progress and finished arrive on the thread that
// made the object.
class CertificateImport : public QObject
{
    Q_OBJECT
public:
    CertificateImport(Services services, QStringList paths, SecureBytes password = {},
                      QObject *parent = nullptr);
    ~CertificateImport() override; // cancels and waits for the worker

    void start();
    void cancel(); // stops after the current batch; finished(true) with summary().cancelled
    bool isRunning() const;

    const ImportSummary &summary() const { return m_summary; } // once finished
    const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);
    void finished(bool ok); // false: error() says why (a database failure)

private:
    Services m_services;
    QStringList m_paths;
    SecureBytes m_password;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    ImportSummary m_summary;
    std::optional<Error> m_error;
};

} // namespace acmedesk
