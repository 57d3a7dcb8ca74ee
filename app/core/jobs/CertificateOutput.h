// What the order engine does with a downloaded chain: check it against the certificate key,
// make the PFX when asked, write the files as one set and describe the certificate for the
// database. Kept apart from the state machine, which only decides when this runs.
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/store/CertificateFiles.h"
#include "core/store/Database.h"
#include "core/store/Order.h"

#include <optional>

namespace acmedesk {

struct IssuedCertificate
{
    CertificateFileSet files;
    CertificateRecord record; // everything but the ids
};

// <dataDir>/certificates/<first name>, with "*." as "wildcard." and unsafe characters as "_".
QString defaultCertificateFolder(const QString &dataDir, const QStringList &identifiers);

// The folder the order's files go to: its --out, else the default one.
QString outputFolder(const OrderRecord &order, const QString &dataDir);

// Before the CA hears of an order: can the files go to `folder`, and is the PFX name usable?
// Refuses a folder that is a file or cannot be written (or created), and a PFX name with a path.
Result<void> checkOutput(const QString &folder, const IssuanceOptions &options);

// Points an unfinished order at another folder for its files (checked as above), e.g. when
// the first one turned out unusable after the CA had issued. The path is stored absolute.
Result<void> setOrderOutputFolder(const Database &db, qint64 orderId, const QString &folder);

Result<IssuedCertificate> writeIssuedCertificate(const QByteArray &chainPem,
                                                 const KeyPair &certificateKey,
                                                 const OrderRecord &order, const QString &folder,
                                                 const std::optional<SecureBytes> &pfxPassword);

} // namespace acmedesk
