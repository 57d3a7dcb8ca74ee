// Work on one recorded certificate that needs its CA, shared by the GUI and the CLI: revocation
// (RFC 8555 section 7.6), signed with the key of the account that ordered it.
//
// A front end first calls revocable() (the row, or why AcmeDesk cannot revoke it) to name the
// certificate in its confirmation, then revoke(). The CA's "alreadyRevoked" is a success with
// RevocationOutcome::alreadyRevoked set. Each attempt leaves an event (certificate.revoked or
// certificate.revocation-failed) under the certificate's names.
#pragma once

#include "core/Services.h"
#include "core/acme/Revocation.h"
#include "core/store/Order.h"

#include <QObject>
#include <functional>

namespace acmedesk {

struct RevocationOutcome
{
    CertificateRecord certificate; // as stored afterwards: revokedAt set
    bool alreadyRevoked = false;   // the CA had revoked it before (by AcmeDesk or elsewhere)
};

class CertificateOperations : public QObject
{
    Q_OBJECT
public:
    using RevokeCallback = std::function<void(Result<RevocationOutcome>)>;

    explicit CertificateOperations(Services services, QObject *parent = nullptr);
    ~CertificateOperations() override;

    // The row of certificate `id` when AcmeDesk can revoke it: issued through an account that is
    // still in AcmeDesk, and not yet expired. Otherwise an error that names the certificate and
    // says why: code errorcode::CertificateNotFound or errorcode::NotRevocable.
    Result<CertificateRecord> revocable(qint64 certificateId) const;

    // Revokes certificate `id` at its CA for `reason`, then records revoked_at and
    // revocation_reason on the row (-1 when the CA had revoked it before AcmeDesk knew). Needs
    // the keychain (the account key). Answers once; destroying the object first answers nothing
    // (the CA may or may not have revoked it: revoking again tells).
    void revoke(qint64 certificateId, RevocationReason reason, RevokeCallback done);

    // The leaf's DER bytes: from the stored chain, or for rows from before schema 9 (no chain
    // stored) from its cert file, which must still hold this certificate (same SHA-256; a renewal
    // in place puts its successor there). Code errorcode::CertificateUnreadable otherwise.
    static Result<QByteArray> certificateDer(const CertificateRecord &certificate);

private:
    void failed(const CertificateRecord &c, Error e, const RevokeCallback &done);

    Services m_services;
};

} // namespace acmedesk
