// Hand-off of an account to the ACME clients that run where a desktop does not: cert-manager
// (Secret + Issuer or ClusterIssuer), certbot, lego, acme.sh, Caddy and win-acme/simple-acme.
// The server registers an account of its own with the same EAB values (Key ID, HMAC key); the
// account's private key never leaves AcmeDesk. Without the HMAC key the texts carry
// AccountExport::HmacPlaceholder and say where to find the key in SCM.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Account.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

namespace acmedesk {

enum class ExportFormat { CertManager, CertManagerCluster, Certbot, Lego, AcmeSh, Caddy, WinAcme };

// What the account was used for, to choose solvers and example names.
struct ExportFacts
{
    QStringList httpNames; // names its orders validated (or would validate) by http-01
    QStringList dnsNames;  // by dns-01 (wildcards always)
    // Every name the account ordered is validated in SCM (the CA answers them as valid).
    bool preValidated = false;
};

struct ExportInput
{
    Account account;
    SecureBytes hmac; // the decoded key; empty: the placeholder goes in its place
    ExportFacts facts;
};

class AccountExport
{
    Q_DECLARE_TR_FUNCTIONS(AccountExport)
public:
    // Stands where the HMAC key goes when it is not included; safe in every format unquoted.
    static inline const QString HmacPlaceholder = QStringLiteral("PASTE_HMAC_KEY_FROM_SCM");

    static QString formatName(ExportFormat f); // "cert-manager", "lego", ...
    static std::optional<ExportFormat> formatFromName(QStringView name);
    static QStringList formatNames();
    static QString formatLabel(ExportFormat f); // for a list a person picks from
    // The file name a saved export gets by default, e.g. "acmedesk-prod-issuer.yaml".
    static QString suggestedFileName(ExportFormat f, const Account &a);

    // The routes and names of the account's orders and whether SCM validated every name.
    static Result<ExportFacts> facts(const Database &db, const Account &a);

    // The account's kept HMAC key from the keychain; Error code errorcode::HmacNotKept when the
    // account did not keep it (or the keychain no longer has it).
    static Error hmacNotKept(const Account &a);
    static void readHmac(SecretStore &secrets, const Account &a,
                         std::function<void(Result<SecureBytes>)> done);

    // The ready text: comments on top (who, the one-registration-per-EAB warning, where the key
    // goes), then the configuration or command line.
    static QString render(ExportFormat f, const ExportInput &in);

    // The warning every export carries (also for front ends to show beside "include the key").
    static QString oneRegistrationWarning();
    // The HMAC key as the CA hands it out: base64url without padding.
    static QString hmacText(const SecureBytes &hmac);
    // "acmedesk-<name>" cut down to what Kubernetes accepts as an object name (RFC 1123).
    static QString kubernetesName(const QString &accountName);
};

} // namespace acmedesk
