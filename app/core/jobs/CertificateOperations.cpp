#include "core/jobs/CertificateOperations.h"

#include "core/acme/AcmeClient.h"
#include "core/crypto/Certificate.h"
#include "core/jobs/AccountOperations.h"
#include "core/store/EventLog.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QFile>

namespace acmedesk {

namespace {

// The one source value of certificates ordered through an AcmeDesk account.
const QLatin1String IssuedSource("issued");

QString namesOf(const CertificateRecord &c)
{
    return c.sans.isEmpty() ? c.subject : c.sans.join(QStringLiteral(", "));
}

Error notRevocable(const QString &message)
{
    return Error{Error::Kind::Invalid, message, {}, QString(errorcode::NotRevocable)};
}

Error unreadable(const QString &message, const QString &detail = {})
{
    return Error{Error::Kind::Storage, message, detail, QString(errorcode::CertificateUnreadable)};
}

} // namespace

CertificateOperations::CertificateOperations(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

CertificateOperations::~CertificateOperations() = default;

Result<CertificateRecord> CertificateOperations::revocable(qint64 certificateId) const
{
    auto found = CertificateRepository(m_services.db).findById(certificateId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{Error::Kind::Invalid,
                     tr("There is no certificate %1 in AcmeDesk.").arg(certificateId),
                     {},
                     QString(errorcode::CertificateNotFound)};
    const CertificateRecord &c = **found;
    if (c.source != IssuedSource)
        return notRevocable(
            tr("Certificate %1 (%2) was not ordered through AcmeDesk (it was imported or seen on "
               "a server), so AcmeDesk has no account key the CA would accept for revoking it. "
               "Revoke it with the client or account that ordered it, or ask its CA.")
                .arg(c.id)
                .arg(namesOf(c)));
    if (c.accountId <= 0)
        return notRevocable(
            tr("Certificate %1 (%2) was ordered through an account that has since been removed "
               "from AcmeDesk, so AcmeDesk no longer has the key the CA would accept for revoking "
               "it. Revoke it where that account's key is kept, or ask the CA.")
                .arg(c.id)
                .arg(namesOf(c)));
    if (c.notAfter.isValid() && c.notAfter <= m_services.clock->now())
        return notRevocable(tr("Certificate %1 (%2) expired on %3; an expired certificate is no "
                               "longer trusted, and CAs do not revoke it.")
                                .arg(c.id)
                                .arg(namesOf(c), c.notAfter.toString(Qt::ISODate)));
    return c;
}

Result<QByteArray> CertificateOperations::certificateDer(const CertificateRecord &c)
{
    QByteArray pem = c.chainPem;
    QString source = tr("the chain stored with it");
    if (pem.isEmpty()) {
        // Recorded before schema 9: its files are the only copy.
        source = c.files.value(QLatin1String("cert")).toString();
        if (source.isEmpty())
            return unreadable(tr("AcmeDesk keeps no copy of certificate %1 (%2): it was recorded "
                                 "without its chain or files.")
                                  .arg(c.id)
                                  .arg(namesOf(c)));
        QFile f(source);
        if (!f.open(QIODevice::ReadOnly))
            return unreadable(tr("Certificate %1 (%2): its file %3 cannot be read (%4). Put the "
                                 "certificate back there, or revoke it with another client.")
                                  .arg(c.id)
                                  .arg(namesOf(c), source, f.errorString()));
        pem = f.read(1024 * 1024);
    }
    auto chain = parseChain(pem);
    if (!chain)
        return unreadable(tr("Certificate %1 (%2): %3 holds no certificate AcmeDesk can read.")
                              .arg(c.id)
                              .arg(namesOf(c), source),
                          chain.error().message);
    if (chain->infos.constFirst().sha256Fingerprint.compare(c.sha256, Qt::CaseInsensitive) != 0)
        return unreadable(
            tr("Certificate %1 (%2): %3 now holds another certificate (serial %4, "
               "probably its renewal), not this one (serial %5).")
                .arg(c.id)
                .arg(namesOf(c), source, chain->infos.constFirst().serialHex, c.serial));
    const QByteArray der = chain->leafDer();
    if (der.isEmpty())
        return unreadable(
            tr("Certificate %1 (%2) could not be encoded for the CA.").arg(c.id).arg(namesOf(c)));
    return der;
}

void CertificateOperations::failed(const CertificateRecord &c, Error e, const RevokeCallback &done)
{
    (void)EventLog(m_services.db)
        .record(
            EventKind::RevocationFailed, namesOf(c),
            tr("Certificate %1 (serial %2) was not revoked: %3").arg(c.id).arg(c.serial, e.message),
            true);
    done(std::move(e));
}

void CertificateOperations::revoke(qint64 certificateId, RevocationReason reason,
                                   RevokeCallback done)
{
    auto row = revocable(certificateId);
    if (!row)
        return done(row.error());
    const CertificateRecord c = *row;
    auto der = certificateDer(c);
    if (!der)
        return done(der.error());
    auto *accounts = new AccountOperations(m_services, this);
    accounts->load(c.accountId, [this, accounts, c, der = *der, reason,
                                 done](Result<AccountSession> session) {
        accounts->deleteLater();
        if (!session)
            return failed(c, session.error(), done);
        AcmeClient *client = session->client;
        client->setParent(this);
        const Account account = session->account;
        if (account.status != accountstatus::Valid) {
            client->deleteLater();
            return failed(c,
                          Error{Error::Kind::Invalid,
                                tr("Account \"%1\" is %2, and the CA takes revocations only from "
                                   "a valid account.")
                                    .arg(account.name, account.status),
                                {},
                                QString(errorcode::AccountNotUsable)},
                          done);
        }
        client->revokeCertificate(
            der, reason, [this, client, account, c, reason, done](Result<void> revoked) {
                client->deleteLater();
                const bool already = !revoked && revoked.error().code == errorcode::AlreadyRevoked;
                if (!revoked && !already)
                    return failed(
                        c, AccountOperations(m_services).noteAccountError(account, revoked.error()),
                        done);
                // Known already (revoked through AcmeDesk before): what was recorded then stays.
                const bool known = already && c.revokedAt.isValid();
                const QDateTime at = known ? c.revokedAt : m_services.clock->now();
                const int code = known ? c.revocationReason : already ? -1 : int(reason);
                CertificateRepository certificates(m_services.db);
                if (auto saved = certificates.setRevoked(c.id, at, code); !saved)
                    return done(
                        Error::storage(tr("The CA revoked certificate %1, but AcmeDesk could "
                                          "not record it: %2")
                                           .arg(c.id)
                                           .arg(saved.error().message),
                                       saved.error().detail));
                (void)EventLog(m_services.db)
                    .record(EventKind::CertificateRevoked, namesOf(c),
                            already
                                ? tr("Certificate %1 (serial %2) had already been revoked at the "
                                     "CA.")
                                      .arg(c.id)
                                      .arg(c.serial)
                                : tr("Certificate %1 (serial %2) revoked at the CA (reason: %3) "
                                     "with account \"%4\".")
                                      .arg(c.id)
                                      .arg(c.serial, revocationReasonLabel(reason), account.name));
                RevocationOutcome outcome;
                outcome.alreadyRevoked = already;
                outcome.certificate = c;
                if (auto reread = certificates.findById(c.id); reread && reread->has_value())
                    outcome.certificate = **reread;
                done(std::move(outcome));
            });
    });
}

} // namespace acmedesk
