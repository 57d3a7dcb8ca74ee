#include "core/handoff/AccountExport.h"

#include "core/crypto/Base64Url.h"
#include "core/store/OrderRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"

#include <QRegularExpression>
#include <algorithm>

namespace acmedesk {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char *name;
};
constexpr FormatInfo kFormats[] = {
    {ExportFormat::CertManager, "cert-manager"},
    {ExportFormat::CertManagerCluster, "cert-manager-cluster"},
    {ExportFormat::Certbot, "certbot"},
    {ExportFormat::Lego, "lego"},
    {ExportFormat::AcmeSh, "acme.sh"},
    {ExportFormat::Caddy, "caddy"},
    {ExportFormat::WinAcme, "win-acme"},
};

const QString kExampleName = QStringLiteral("www.example.com");
const QString kSecretKey = QStringLiteral("hmac-key"); // the entry of the Kubernetes Secret

bool isWildcard(const QString &name)
{
    return name.startsWith(QLatin1String("*."));
}

// A word a POSIX shell (or PowerShell) takes as it is.
bool isPlainWord(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    return plain.match(s).hasMatch();
}

QString shellQuote(const QString &s)
{
    if (isPlainWord(s))
        return s;
    QString q = s;
    return QLatin1Char('\'') + q.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

QString powerShellQuote(const QString &s)
{
    if (isPlainWord(s))
        return s;
    QString q = s;
    return QLatin1Char('\'') + q.replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

// A double-quoted scalar: valid YAML and a valid Caddyfile token.
QString doubleQuoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    q.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString caddyToken(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s\"'`{}#\\\\]+$"));
    return plain.match(s).hasMatch() ? s : doubleQuoted(s);
}

QString email(const Account &a)
{
    for (const QString &c : a.contacts)
        if (c.startsWith(QLatin1String("mailto:")))
            return c.mid(7);
    return {};
}

QString server(const Account &a)
{
    return a.directoryUrl.toString();
}

// Comment lines, each starting with "# ", wrapped to fit an editor or terminal of 90 columns.
QString comments(const QStringList &lines)
{
    constexpr qsizetype Width = 88;
    QString out;
    for (const QString &line : lines) {
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > Width) {
                out += QStringLiteral("# ") + current + QLatin1Char('\n');
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out += QStringLiteral("# ") + current + QLatin1Char('\n');
    }
    return out;
}

class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(AccountExport)
public:
    explicit Renderer(const ExportInput &in) : m_in(in), m_a(in.account)
    {
        m_key =
            in.hmac.isEmpty() ? AccountExport::HmacPlaceholder : AccountExport::hmacText(in.hmac);
    }

    QString header(ExportFormat f) const
    {
        QStringList lines;
        lines << tr("AcmeDesk account \"%1\" for %2 (%3), EAB Key ID %4.")
                     .arg(m_a.name, server(m_a), AccountExport::formatLabel(f), m_a.eabKeyId);
        lines << tr("The server registers an ACME account of its own with this Key ID and HMAC "
                    "key; the desktop's account key stays in AcmeDesk.");
        lines << AccountExport::oneRegistrationWarning();
        if (m_in.hmac.isEmpty())
            lines << tr("The HMAC key is not included: replace %1 with the HMAC key SCM shows "
                        "for Key ID %2 (Manage > ACME Accounts, or Enrollment > ACME > "
                        "Accounts).")
                         .arg(AccountExport::HmacPlaceholder, m_a.eabKeyId);
        else
            lines << tr("This text contains the HMAC key: keep it as private as a password "
                        "and delete it once the server is registered.");
        if (m_in.facts.preValidated)
            lines << tr("Every name this account ordered (%1) is validated in SCM: the CA "
                        "answers those authorizations as valid, no challenge is asked.")
                         .arg(allNames().join(QStringLiteral(", ")));
        if (m_a.localTestCa)
            lines << tr("This is a local test CA: its TLS certificate is trusted only by "
                        "AcmeDesk; the server has to trust it too.");
        return comments(lines);
    }

    QStringList allNames() const
    {
        QStringList names = m_in.facts.httpNames + m_in.facts.dnsNames;
        names.sort();
        names.removeDuplicates();
        return names;
    }
    // Names for a command line: the account's, or an example to replace.
    QStringList namesOrExample() const
    {
        const QStringList names = allNames();
        return names.isEmpty() ? QStringList{kExampleName} : names;
    }
    QString exampleNote() const
    {
        return allNames().isEmpty()
                   ? comments({tr("Replace %1 with the server's own names.").arg(kExampleName)})
                   : QString();
    }
    // http-01 unless the orders only ever used dns-01 (then not at all).
    bool useHttp() const
    {
        return !m_in.facts.httpNames.isEmpty() || m_in.facts.dnsNames.isEmpty();
    }
    bool useDns() const { return !m_in.facts.dnsNames.isEmpty(); }

    QString certManager(bool cluster) const
    {
        const QString base = AccountExport::kubernetesName(m_a.name);
        const QString secretName = base + QStringLiteral("-eab");
        const QString ns = cluster ? QStringLiteral("cert-manager") : QStringLiteral("default");
        QString y = header(cluster ? ExportFormat::CertManagerCluster : ExportFormat::CertManager);
        y += QStringLiteral("apiVersion: v1\nkind: Secret\nmetadata:\n");
        y += QStringLiteral("  name: %1\n").arg(secretName);
        y += cluster ? QStringLiteral("  # cert-manager's cluster resource namespace "
                                      "(--cluster-resource-namespace)\n")
                     : QStringLiteral("  # the namespace of the Issuer and its Certificates\n");
        y += QStringLiteral("  namespace: %1\ntype: Opaque\nstringData:\n").arg(ns);
        y += QStringLiteral("  %1: %2\n---\n").arg(kSecretKey, doubleQuoted(m_key));
        y += QStringLiteral("apiVersion: cert-manager.io/v1\nkind: %1\nmetadata:\n")
                 .arg(cluster ? QStringLiteral("ClusterIssuer") : QStringLiteral("Issuer"));
        y += QStringLiteral("  name: %1\n").arg(base);
        if (!cluster)
            y += QStringLiteral("  namespace: %1\n").arg(ns);
        y += QStringLiteral("spec:\n  acme:\n    server: %1\n").arg(doubleQuoted(server(m_a)));
        if (const QString e = email(m_a); !e.isEmpty())
            y += QStringLiteral("    email: %1\n").arg(doubleQuoted(e));
        if (!m_a.caBundlePem.isEmpty())
            y += QStringLiteral("    caBundle: %1\n")
                     .arg(QString::fromLatin1(m_a.caBundlePem.toBase64()));
        y += QStringLiteral("    # cert-manager keeps the server's own account key here\n");
        y += QStringLiteral("    privateKeySecretRef:\n      name: %1-account-key\n").arg(base);
        y += QStringLiteral("    externalAccountBinding:\n      keyID: %1\n")
                 .arg(doubleQuoted(m_a.eabKeyId));
        y += QStringLiteral("      keySecretRef:\n        name: %1\n        key: %2\n")
                 .arg(secretName, kSecretKey);
        y += QStringLiteral("    solvers:\n");
        if (useHttp()) {
            y += QStringLiteral("      # %1\n")
                     .arg(m_in.facts.httpNames.isEmpty()
                              ? tr("http-01 through the cluster's ingress")
                              : tr("http-01 through the cluster's ingress (used for %1)")
                                    .arg(m_in.facts.httpNames.join(QStringLiteral(", "))));
            y += QStringLiteral("      # %1\n")
                     .arg(tr("set ingressClassName to your ingress controller's class"));
            y += QStringLiteral("      - http01:\n          ingress: {}\n");
        }
        if (useDns()) {
            y += QStringLiteral("      # %1\n")
                     .arg(tr("dns-01 (used for %1): replace rfc2136 with your DNS provider's "
                             "solver, see https://cert-manager.io/docs/configuration/acme/dns01/")
                              .arg(m_in.facts.dnsNames.join(QStringLiteral(", "))));
            y += QStringLiteral("      - dns01:\n          rfc2136:\n"
                                "            nameserver: \"REPLACE_WITH_DNS_SERVER:53\"\n");
            if (useHttp()) {
                y += QStringLiteral("        selector:\n          dnsNames:\n");
                for (const QString &n : m_in.facts.dnsNames)
                    y += QStringLiteral("            - %1\n").arg(doubleQuoted(n));
            }
        }
        return y;
    }

    QString certbot() const
    {
        QString t = header(ExportFormat::Certbot);
        const QString e = email(m_a);
        t += QStringLiteral("certbot register --server %1 \\\n    --eab-kid=%2 --eab-hmac-key=%3 "
                            "\\\n    %4 --agree-tos\n")
                 .arg(shellQuote(server(m_a)), shellQuote(m_a.eabKeyId), shellQuote(m_key),
                      e.isEmpty() ? QStringLiteral("--register-unsafely-without-email")
                                  : QStringLiteral("--email %1 --no-eff-email").arg(shellQuote(e)));
        QString domains;
        for (const QString &n : namesOrExample())
            domains += QStringLiteral(" -d %1").arg(shellQuote(n));
        t += comments({tr("Then certificates from the same server, for example:")});
        if (useHttp())
            t += QStringLiteral("# certbot certonly --server %1 --webroot -w /var/www/html%2\n")
                     .arg(shellQuote(server(m_a)), domains);
        if (useDns())
            t += QStringLiteral("# certbot certonly --server %1 --manual --preferred-challenges "
                                "dns%2\n")
                     .arg(shellQuote(server(m_a)), domains);
        return t + exampleNote();
    }

    QString lego() const
    {
        QString t = header(ExportFormat::Lego);
        QString e = email(m_a);
        if (e.isEmpty()) {
            t += comments({tr("lego needs an email address: replace %1.")
                               .arg(QStringLiteral("admin@example.com"))});
            e = QStringLiteral("admin@example.com");
        }
        if (useDns())
            t += comments({tr("Replace REPLACE_WITH_DNS_PROVIDER with your DNS provider (see "
                              "\"lego dnshelp\").")});
        t += exampleNote();
        t += QStringLiteral("lego --server=%1 --email=%2 --accept-tos \\\n    --eab --kid=%3 "
                            "--hmac=%4 \\\n   ")
                 .arg(shellQuote(server(m_a)), shellQuote(e), shellQuote(m_a.eabKeyId),
                      shellQuote(m_key));
        for (const QString &n : namesOrExample())
            t += QStringLiteral(" --domains=%1").arg(shellQuote(n));
        if (useHttp())
            t += QStringLiteral(" --http");
        if (useDns())
            t += QStringLiteral(" --dns=REPLACE_WITH_DNS_PROVIDER");
        return t + QStringLiteral(" run\n");
    }

    QString acmeSh() const
    {
        QString t = header(ExportFormat::AcmeSh);
        const QString e = email(m_a);
        t += QStringLiteral("acme.sh --register-account --server %1 \\\n    --eab-kid %2 "
                            "--eab-hmac-key %3")
                 .arg(shellQuote(server(m_a)), shellQuote(m_a.eabKeyId), shellQuote(m_key));
        if (!e.isEmpty())
            t += QStringLiteral(" \\\n    --accountemail %1").arg(shellQuote(e));
        t += QLatin1Char('\n');
        QString domains;
        for (const QString &n : namesOrExample())
            domains += QStringLiteral(" -d %1").arg(shellQuote(n));
        t += comments({tr("Then certificates from the same server, for example:")});
        if (useHttp())
            t += QStringLiteral("# acme.sh --issue --server %1 -w /var/www/html%2\n")
                     .arg(shellQuote(server(m_a)), domains);
        if (useDns())
            t += QStringLiteral("# acme.sh --issue --server %1 --dns dns_REPLACE_WITH_PROVIDER%2\n")
                     .arg(shellQuote(server(m_a)), domains);
        return t + exampleNote();
    }

    QString caddy() const
    {
        QString t = header(ExportFormat::Caddy);
        t += comments({tr("The global options block: the first block of the Caddyfile.")});
        t += QStringLiteral("{\n");
        if (const QString e = email(m_a); !e.isEmpty())
            t += QStringLiteral("\temail %1\n").arg(caddyToken(e));
        t += QStringLiteral("\tacme_ca %1\n").arg(caddyToken(server(m_a)));
        t += QStringLiteral("\tacme_eab {\n\t\tkey_id %1\n\t\tmac_key %2\n\t}\n}\n")
                 .arg(caddyToken(m_a.eabKeyId), caddyToken(m_key));
        if (useDns())
            t += comments({tr("dns-01 (used for %1) needs a Caddy build with your DNS "
                              "provider's module and its \"acme_dns\" option.")
                               .arg(m_in.facts.dnsNames.join(QStringLiteral(", ")))});
        return t;
    }

    QString winAcme() const
    {
        QString t = header(ExportFormat::WinAcme);
        t += comments({tr("PowerShell, in the folder of wacs.exe (win-acme or simple-acme).")});
        if (useDns() && !useHttp())
            t += comments({tr("Replace \"manual\" with the dns-01 plugin for your DNS provider.")});
        t += exampleNote();
        const QString e = email(m_a);
        t += QStringLiteral(
                 ".\\wacs.exe --baseuri %1 `\n    --eab-key-identifier %2 --eab-key %3 `\n")
                 .arg(powerShellQuote(server(m_a)), powerShellQuote(m_a.eabKeyId),
                      powerShellQuote(m_key));
        if (!e.isEmpty())
            t += QStringLiteral("    --emailaddress %1 ").arg(powerShellQuote(e));
        else
            t += QStringLiteral("    ");
        t += QStringLiteral("--accepttos `\n    --source manual --host %1 ")
                 .arg(powerShellQuote(namesOrExample().join(QLatin1Char(','))));
        t += useHttp() ? QStringLiteral("--validation selfhosting\n")
                       : QStringLiteral("--validationmode dns-01 --validation manual\n");
        return t;
    }

private:
    const ExportInput &m_in;
    const Account &m_a;
    QString m_key;
};

} // namespace

QString AccountExport::formatName(ExportFormat f)
{
    for (const auto &info : kFormats)
        if (info.format == f)
            return QString::fromLatin1(info.name);
    return {};
}

std::optional<ExportFormat> AccountExport::formatFromName(QStringView name)
{
    for (const auto &info : kFormats)
        if (name == QLatin1String(info.name))
            return info.format;
    return std::nullopt;
}

QStringList AccountExport::formatNames()
{
    QStringList names;
    for (const auto &info : kFormats)
        names << QString::fromLatin1(info.name);
    return names;
}

QString AccountExport::formatLabel(ExportFormat f)
{
    switch (f) {
    case ExportFormat::CertManager:
        return tr("cert-manager Issuer (one namespace)");
    case ExportFormat::CertManagerCluster:
        return tr("cert-manager ClusterIssuer (whole cluster)");
    case ExportFormat::Certbot:
        return tr("certbot command line");
    case ExportFormat::Lego:
        return tr("lego command line");
    case ExportFormat::AcmeSh:
        return tr("acme.sh command line");
    case ExportFormat::Caddy:
        return tr("Caddyfile global options");
    case ExportFormat::WinAcme:
        return tr("win-acme / simple-acme command line");
    }
    return {};
}

QString AccountExport::suggestedFileName(ExportFormat f, const Account &a)
{
    const QString base = kubernetesName(a.name);
    switch (f) {
    case ExportFormat::CertManager:
        return base + QStringLiteral("-issuer.yaml");
    case ExportFormat::CertManagerCluster:
        return base + QStringLiteral("-clusterissuer.yaml");
    case ExportFormat::Caddy:
        return base + QStringLiteral(".caddyfile");
    case ExportFormat::WinAcme:
        return base + QStringLiteral("-win-acme.ps1");
    case ExportFormat::Certbot:
    case ExportFormat::Lego:
    case ExportFormat::AcmeSh:
        break;
    }
    return base + QLatin1Char('-') + formatName(f).remove(QLatin1Char('.')) + QStringLiteral(".sh");
}

Result<ExportFacts> AccountExport::facts(const Database &db, const Account &a)
{
    auto orders = OrderRepository(db).all();
    if (!orders)
        return orders.error();
    QStringList http, dns;
    for (const OrderRecord &o : *orders) {
        if (o.accountId != a.id)
            continue;
        for (const QString &name : o.identifiers) {
            const bool viaDns = isWildcard(name) || o.options.challenge == ChallengeRoute::Dns01;
            (viaDns ? dns : http) << name;
        }
    }
    for (QStringList *list : {&http, &dns}) {
        list->sort();
        list->removeDuplicates();
    }
    ExportFacts f{http, dns, false};
    const QStringList names = http + dns;
    if (names.isEmpty())
        return f;

    auto rows = ScmRepository(db).domainRows();
    if (!rows)
        return rows.error();
    QStringList validated;
    for (const DomainListRow &r : *rows)
        if (r.dcvStatus == DcvStatus::Validated &&
            (a.scmOrganization.isEmpty() || r.organization == a.scmOrganization))
            validated << r.name.toLower();
    f.preValidated = std::all_of(names.cbegin(), names.cend(), [&validated](const QString &n) {
        const QString name = (isWildcard(n) ? n.mid(2) : n).toLower();
        return std::any_of(validated.cbegin(), validated.cend(), [&name](const QString &d) {
            return name == d || name.endsWith(QLatin1Char('.') + d);
        });
    });
    return f;
}

Error AccountExport::hmacNotKept(const Account &a)
{
    Error e = Error::invalid(tr("Account \"%1\" did not keep its HMAC key in the keychain, so "
                                "the key cannot be included.")
                                 .arg(a.name));
    e.code = QString(errorcode::HmacNotKept);
    return e;
}

void AccountExport::readHmac(SecretStore &secrets, const Account &a,
                             std::function<void(Result<SecureBytes>)> done)
{
    if (!a.hmacKept)
        return done(hmacNotKept(a));
    secrets.read(secretkeys::accountHmac(a.id),
                 [done = std::move(done), a](Result<SecureBytes> key) {
                     if (!key && key.error().code == QLatin1String("not-found"))
                         return done(hmacNotKept(a));
                     done(std::move(key));
                 });
}

QString AccountExport::render(ExportFormat f, const ExportInput &in)
{
    const Renderer r(in);
    switch (f) {
    case ExportFormat::CertManager:
        return r.certManager(false);
    case ExportFormat::CertManagerCluster:
        return r.certManager(true);
    case ExportFormat::Certbot:
        return r.certbot();
    case ExportFormat::Lego:
        return r.lego();
    case ExportFormat::AcmeSh:
        return r.acmeSh();
    case ExportFormat::Caddy:
        return r.caddy();
    case ExportFormat::WinAcme:
        return r.winAcme();
    }
    return {};
}

QString AccountExport::oneRegistrationWarning()
{
    return tr("SCM may allow only one registration per EAB (Key ID and HMAC key): if the server's "
              "registration fails with \"not awaiting external account binding\" (or the key is "
              "refused), add a new ACME account in SCM for this server and use its Key ID and "
              "HMAC key instead.");
}

QString AccountExport::hmacText(const SecureBytes &hmac)
{
    return b64::encodeString(hmac.bytes());
}

QString AccountExport::kubernetesName(const QString &accountName)
{
    QString out = QStringLiteral("acmedesk-");
    bool dash = true;
    for (const QChar c : accountName.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            out += c;
            dash = false;
        } else if (!dash) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    // Room for the "-account-key" suffix within Kubernetes' 63 characters of a label.
    out.truncate(50);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace acmedesk
