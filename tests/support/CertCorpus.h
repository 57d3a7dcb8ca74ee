// Certificates and the files administrators keep them in, made at test time with OpenSSL (for
// the import and probe tests and the inventory benchmark): a root -> intermediate CA that signs
// many leaves quickly with one leaf key, and PEM, DER, PKCS#7 and PKCS#12 encodings (with and
// without password, AES or legacy RC2).
#pragma once

#include "core/crypto/KeyPair.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <memory>

namespace acmedesk::test {

class CertFactory
{
public:
    // A fresh root ("<prefix> Root") and intermediate ("<prefix> Issuing CA"), one leaf key.
    explicit CertFactory(const QString &prefix = QStringLiteral("AcmeDesk Corpus"));
    ~CertFactory();

    // A leaf for `names` (first is the CN; none: no SAN) valid from `notBefore` to `notAfter`
    // (seconds since the epoch), signed by the intermediate, with a serial of its own. PEM.
    QByteArray leaf(const QStringList &names, qint64 notBefore, qint64 notAfter);
    // The same as `leaf`, valid from an hour ago for `days` days.
    QByteArray leafFor(const QStringList &names, int days = 90);

    QByteArray rootPem() const;
    QByteArray intermediatePem() const;
    const KeyPair &leafKey() const;
    QByteArray leafKeyPem() const; // PKCS#8

private:
    struct Data;
    std::unique_ptr<Data> d;
};

// The first CERTIFICATE block of `pem` as DER.
QByteArray pemToDer(const QByteArray &pem);
// A PKCS#7 signed-data without signers holding `certsPem` (every block of each), DER or PEM.
QByteArray pkcs7(const QList<QByteArray> &certsPem, bool pem);
// A PKCS#12 of `certsPem` (leaf first) with `key` (may be null: certificates only). Empty
// `password`: the empty password. `legacy`: RC2-40 for the certificates and 3DES for the key,
// as OpenSSL 1.x made them (needs the legacy provider).
QByteArray pkcs12(const KeyPair *key, const QList<QByteArray> &certsPem, const QByteArray &password,
                  bool legacy = false);

} // namespace acmedesk::test
