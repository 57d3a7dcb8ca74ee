// Downloaded certificate chains (application/pem-certificate-chain, RFC 8555 section 9.1):
// parsing, the details people look at, and the checks made before anything is written.
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace acmedesk {

struct CertificateInfo
{
    QString serialHex;         // upper-case hex, as `openssl x509 -serial` prints it
    QString subject;           // RFC 2253 form, e.g. "CN=www.example.com,O=Example"
    QString subjectCommonName; // empty when the subject has no CN
    QStringList dnsNames;      // dNSName entries of the subjectAltName, in order
    QString issuer;
    QString issuerCommonName;
    QDateTime notBefore, notAfter;              // UTC
    QString sha256Fingerprint, sha1Fingerprint; // upper-case hex with ':' between bytes
    QString
        keyType; // "ec-p256", "rsa-2048", ... as keyTypeName(); other keys "ec-<curve>", "ed25519"
    QString authorityKeyIdHex;     // upper-case hex of the AKI's keyIdentifier, no separators
    QString serialDerHex;          // the serial's DER content octets (a leading 00 kept), for ARI
    QStringList extendedKeyUsages; // "serverAuth", "clientAuth", ...; dotted OIDs for others
};

struct CertificateChain
{
    QList<QByteArray> pemBlocks; // leaf first, each one full PEM block ending in a newline
    QList<CertificateInfo> infos;

    QByteArray leafPem() const;
    QByteArray leafDer() const; // the leaf's DER bytes (what ACME revocation sends); empty on error
    QByteArray chainPem() const; // all but the leaf
    QByteArray fullchainPem() const;
    // Issuer CN of the last certificate: the root's name, for the preferred-chain choice.
    QString topIssuerCommonName() const;
};

// Reads every CERTIFICATE block in order (text between blocks is ignored, RFC 7468). Errors
// when there is none, a block cannot be decoded, or a block of another type appears.
Result<CertificateChain> parseChain(const QByteArray &pem);

// Certificates read from a file (DER each, in the file's order: a DER file, PKCS#7 or PKCS#12
// contents, PEM blocks) grouped into chains: every certificate that issued none of the others is
// a leaf, followed by its issuers among them (by name and key identifier, as OpenSSL's
// X509_check_issued decides; signatures are not checked). A bundle of unrelated certificates
// gives one chain each; the same certificate twice counts once. Errors when a certificate cannot
// be decoded (the message gives its number in `der`, from 1).
Result<QList<CertificateChain>> certificateChainsFromDer(const QList<QByteArray> &der);

// The leaf's public key is `key`'s, and every certificate was issued (names match and the
// signature verifies) by the one after it.
Result<void> checkChain(const CertificateChain &chain, const KeyPair &key);

// Full path validation (X509_verify_cert, current time) with the certificate(s) in `rootPem`
// as the only trust anchors and the rest of `chain` as untrusted intermediates.
Result<void> verifyChainAgainstRoot(const CertificateChain &chain, const QByteArray &rootPem);

} // namespace acmedesk
