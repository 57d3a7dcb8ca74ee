#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/inventory/CertificateStatus.h"
#include "core/inventory/TlsProbe.h"

#include <QTextStream>

namespace acmedesk::cli {

namespace {

void report(const ProbeResult &r)
{
    QTextStream out(stdout);
    const QDateTime now = r.seenAt;
    QString via = r.peerAddress;
    if (!r.target.sni.isEmpty())
        via = CliText::tr("server name %1, %2").arg(r.target.sni, via);
    if (!r.protocol.isEmpty())
        via += QStringLiteral(", ") + r.protocol;
    out << CliText::tr("%1 (%2) served %n certificate(s):", nullptr, int(r.chain.infos.size()))
               .arg(r.target.location(), via)
        << Qt::endl;
    for (qsizetype i = 0; i < r.chain.infos.size(); ++i) {
        const CertificateInfo &c = r.chain.infos.at(i);
        out << "  " << (i + 1) << ". " << c.subject << Qt::endl;
        if (!c.dnsNames.isEmpty())
            out << "     " << CliText::tr("names: %1").arg(c.dnsNames.join(QStringLiteral(", ")))
                << Qt::endl;
        out << "     " << CliText::tr("issuer: %1").arg(c.issuer) << Qt::endl;
        const int days = daysLeft(c.notAfter, now);
        const QString at = c.notAfter.toUTC().toString(Qt::ISODate);
        out << "     "
            << (days < 0 ? CliText::tr("expired: %1").arg(at)
                         : CliText::tr("expires: %1 (%n day(s) left)", nullptr, days).arg(at))
            << Qt::endl;
        out << "     " << CliText::tr("SHA-256: %1").arg(c.sha256Fingerprint) << Qt::endl;
    }
    if (r.verificationErrors.isEmpty()) {
        out << CliText::tr("The chain verifies against this system's CAs for the server name.")
            << Qt::endl;
    } else {
        out << CliText::tr("A client that checks the chain would object (recorded anyway):")
            << Qt::endl;
        for (const QString &e : r.verificationErrors)
            out << "  - " << e << Qt::endl;
    }
    out << (r.newCertificate ? CliText::tr("Recorded as certificate %1 (new in the inventory), "
                                           "seen at %2.")
                             : CliText::tr("Recorded as seen at %2 for certificate %1 (already "
                                           "in the inventory)."))
               .arg(r.certificateId)
               .arg(r.seenAt.toUTC().toString(Qt::ISODate))
        << Qt::endl;
    if (r.newerCertificateId > 0)
        warn(CliText::tr("%1 serves an older certificate than the newest one for the "
                         "same names (certificate %2); deploy that one there.")
                 .arg(r.target.location())
                 .arg(r.newerCertificateId));
    finish(Success);
}

class CertsProbe : public Command
{
public:
    QString name() const override { return QStringLiteral("certs probe"); }
    QString synopsis() const override { return QStringLiteral("HOST[:PORT] [--sni NAME]"); }
    QString summary() const override
    {
        return CliText::tr("Record the certificate chain a TLS server serves, and when it was "
                           "seen.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("sni"),
                 CliText::tr("Server name to send (SNI) and to check the certificate against "
                             "(default: HOST; none for an address)."),
                 QStringLiteral("NAME")}};
    }
    QString notes() const override
    {
        return CliText::tr(
            "PORT defaults to 443; write an IPv6 address as [2001:db8::1]:443. The "
            "server's leaf certificate is added to the inventory (source probe) unless "
            "it is there already; the endpoint is recorded as a place where it is "
            "deployed, with the chain and the time. The chain is recorded even when it "
            "does not verify; what a client would object to is printed. Gives up after "
            "%n second(s).",
            nullptr, TlsProbe::DefaultTimeoutMs / 1000);
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one HOST or HOST:PORT.")))
            return;
        auto target =
            parseProbeTarget(p.positionalArguments().constFirst(), p.value(QStringLiteral("sni")));
        if (!target)
            return usage(target.error().message, name());
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        const Context c = *ctx;
        auto *probe = new TlsProbe(c.services(), *target, QCoreApplication::instance());
        QObject::connect(probe, &TlsProbe::finished, probe, [probe](bool ok) {
            probe->deleteLater();
            if (!ok)
                return fail(probe->error(),
                            CliText::tr("If the server expects another name, give it with "
                                        "--sni NAME."));
            report(probe->result());
        });
        probe->start();
    }
};

} // namespace

std::unique_ptr<Command> makeCertsProbe()
{
    return std::make_unique<CertsProbe>();
}

} // namespace acmedesk::cli
