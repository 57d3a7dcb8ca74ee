#include "core/jobs/CertificateOutput.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/Pkcs12.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace acmedesk {

QString defaultCertificateFolder(const QString &dataDir, const QStringList &identifiers)
{
    QString name = identifiers.isEmpty() ? QStringLiteral("certificate") : identifiers.first();
    name.replace(QLatin1String("*."), QLatin1String("wildcard."));
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_')))
            c = QLatin1Char('_');
    return QDir(dataDir).filePath(QStringLiteral("certificates/") + name);
}

QString outputFolder(const OrderRecord &order, const QString &dataDir)
{
    return order.options.outDir.isEmpty() ? defaultCertificateFolder(dataDir, order.identifiers)
                                          : order.options.outDir;
}

namespace {
struct OutputText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateOutput)
};
} // namespace

Result<void> checkOutput(const QString &folder, const IssuanceOptions &options)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error::invalid(OutputText::tr("Output folder: %1 is a file, not a folder; choose "
                                             "a folder for the certificate files.")
                                  .arg(folder));
    // The folder itself, or the nearest folder above it that exists, must take new files.
    QFileInfo existing = info;
    while (!existing.exists() && !existing.isRoot() &&
           existing.absolutePath() != existing.absoluteFilePath())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir() || !existing.isWritable())
        return Error::invalid(
            OutputText::tr("Output folder: %1 cannot be written (no permission for %2); choose "
                           "a folder you can write to.")
                .arg(folder, existing.absoluteFilePath()));
    const QString pfx = options.pfxFile;
    if (!pfx.isEmpty() && (pfx.contains(QLatin1Char('/')) || pfx.contains(QLatin1Char('\\')) ||
                           pfx == QLatin1String(".") || pfx == QLatin1String("..")))
        return Error::invalid(OutputText::tr("PFX: \"%1\" must be a plain file name; it is "
                                             "written into the output folder.")
                                  .arg(pfx));
    return {};
}

Result<void> setOrderOutputFolder(const Database &db, qint64 orderId, const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return Error::invalid(OutputText::tr("Output folder: choose a folder for the files."));
    OrderRepository orders(db);
    auto found = orders.findById(orderId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::invalid(OutputText::tr("There is no order %1.").arg(orderId));
    OrderRecord order = **found;
    if (isFinished(order.stage))
        return Error::invalid(
            OutputText::tr("Order %1 has ended (%2); its folder can no longer be changed.")
                .arg(orderId)
                .arg(orderStageName(order.stage)));
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (auto ok = checkOutput(absolute, order.options); !ok)
        return ok;
    order.options.outDir = absolute;
    return orders.update(order);
}

Result<IssuedCertificate> writeIssuedCertificate(const QByteArray &chainPem,
                                                 const KeyPair &certificateKey,
                                                 const OrderRecord &order, const QString &folder,
                                                 const std::optional<SecureBytes> &pfxPassword)
{
    auto chain = parseChain(chainPem);
    if (!chain)
        return chain.error();
    if (auto ok = checkChain(*chain, certificateKey); !ok)
        return ok.error();
    auto keyPem = certificateKey.privateKeyPem();
    if (!keyPem)
        return keyPem.error();
    std::optional<SecureBytes> pfx;
    if (pfxPassword) {
        auto made =
            makePkcs12(certificateKey, *chain, *pfxPassword,
                       order.options.pfxLegacy ? Pkcs12Compat::Legacy : Pkcs12Compat::Modern,
                       order.identifiers.value(0));
        if (!made)
            return made.error();
        pfx = *made;
    }
    auto files =
        writeCertificateFiles(folder, *chain, *keyPem, pfx,
                              order.options.pfxFile.isEmpty() ? QStringLiteral("certificate.pfx")
                                                              : order.options.pfxFile);
    if (!files)
        return files.error();

    IssuedCertificate out;
    out.files = *files;
    out.record = recordOf(*chain);
    CertificateRecord &c = out.record;
    c.orderId = order.id;
    c.accountId = order.accountId;
    c.keyRef = order.keyRef;
    c.profile = order.options.profile;
    c.folder = out.files.folder;
    c.files.insert(QLatin1String("cert"), out.files.cert);
    c.files.insert(QLatin1String("chain"), out.files.chain);
    c.files.insert(QLatin1String("fullchain"), out.files.fullchain);
    c.files.insert(QLatin1String("privkey"), out.files.privkey);
    if (!out.files.pfx.isEmpty())
        c.files.insert(QLatin1String("pfx"), out.files.pfx);
    return out;
}

} // namespace acmedesk
