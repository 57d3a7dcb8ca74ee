#include "core/scm/DcvGuidance.h"

#include <QCoreApplication>

namespace acmedesk {

namespace {

class GuidanceText
{
    Q_DECLARE_TR_FUNCTIONS(DcvGuidance)
};

} // namespace

QString dcvBaseName(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.startsWith(QLatin1String("*.")))
        d = d.mid(2);
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

QString dcvEmailNote()
{
    return GuidanceText::tr(
        "The CA/Browser Forum phases out domain validation by e-mail (ballot SC-090): CAs should "
        "not use it from 2026-03-15 and must not from 2028-03-15. Validate by CNAME or TXT "
        "instead.");
}

DcvGuidance dcvGuidance(DcvMethod method, const QString &domain)
{
    DcvGuidance g;
    g.method = method;
    g.domain = domain;
    const QString base = dcvBaseName(domain);
    const bool wildcard = domain.trimmed().startsWith(QLatin1String("*."));
    // The steps every method shares, in SCM's web interface.
    const QString open =
        GuidanceText::tr("In SCM, open Domains, select %1 and click Validate.").arg(base);
    switch (method) {
    case DcvMethod::Cname:
        g.summary = GuidanceText::tr("A CNAME record in the domain's DNS zone proves control "
                                     "of %1 and covers its subdomains.")
                        .arg(base);
        g.steps = {open, GuidanceText::tr("Choose CNAME as the validation method."),
                   GuidanceText::tr("Create the CNAME record SCM shows in the DNS zone of %1 and "
                                    "wait until it is published.")
                       .arg(base),
                   GuidanceText::tr("Click Submit in SCM; SCM looks the record up and marks the "
                                    "domain Validated when it finds it.")};
        g.publish = GuidanceText::tr("A CNAME record named _<hash>.%1. (an underscore label "
                                     "directly below the domain) pointing at "
                                     "<hash>.<hash>.sectigo.com.; SCM shows both values.")
                        .arg(base);
        break;
    case DcvMethod::Txt:
        g.summary = GuidanceText::tr("A TXT record in the domain's DNS zone proves control of %1 "
                                     "and covers its subdomains.")
                        .arg(base);
        g.steps = {open,
                   GuidanceText::tr("Choose TXT as the validation method and submit: SCM "
                                    "then shows the value of the record."),
                   GuidanceText::tr("Create the TXT record in the DNS zone of %1. SCM checks for "
                                    "it on its own and marks the domain Validated when it "
                                    "finds it.")
                       .arg(base)};
        g.publish = GuidanceText::tr("A TXT record named _pki-validation.%1. with the random "
                                     "value SCM shows (copy it exactly, with every punctuation "
                                     "character).")
                        .arg(base);
        break;
    case DcvMethod::Http:
    case DcvMethod::Https: {
        const bool https = method == DcvMethod::Https;
        g.summary = https ? GuidanceText::tr("A file on the web server of %1, served over "
                                             "HTTPS on port 443, proves control of the domain.")
                                .arg(base)
                          : GuidanceText::tr("A file on the web server of %1, served over HTTP "
                                             "on port 80, proves control of the domain.")
                                .arg(base);
        g.steps = {open,
                   https ? GuidanceText::tr("Choose HTTPS as the validation method.")
                         : GuidanceText::tr("Choose HTTP as the validation method."),
                   GuidanceText::tr("Put the file SCM offers on the web server of %1, with "
                                    "exactly the lines SCM shows, and check it opens in a "
                                    "browser.")
                       .arg(base),
                   GuidanceText::tr("Click Submit in SCM; SCM fetches the file and marks the "
                                    "domain Validated when its content matches.")};
        g.publish = GuidanceText::tr("A text file %1://%2/.well-known/pki-validation/<NAME>.txt "
                                     "whose first line is the hash SCM shows and whose second "
                                     "line is sectigo.com.")
                        .arg(https ? QStringLiteral("https") : QStringLiteral("http"), base);
        if (wildcard)
            g.steps.prepend(GuidanceText::tr("A file on a web server does not validate a "
                                             "wildcard domain: use CNAME or TXT for %1.")
                                .arg(domain.trimmed()));
        break;
    }
    case DcvMethod::Email:
        g.summary = GuidanceText::tr("SCM sends a validation e-mail with a link to one address "
                                     "of %1; following the link proves control of the domain.")
                        .arg(base);
        g.steps = {open,
                   GuidanceText::tr("Choose Email as the validation method and pick one "
                                    "of the addresses SCM offers."),
                   GuidanceText::tr("Click Submit; SCM sends the e-mail. Open the link in it and "
                                    "confirm; SCM then marks the domain Validated.")};
        g.publish = GuidanceText::tr("Nothing to publish: a mailbox must receive mail at one of "
                                     "the addresses below, or at the domain's WHOIS contact or "
                                     "the contact published in its DNS.");
        for (const char *local :
             {"admin", "administrator", "hostmaster", "postmaster", "webmaster"})
            g.emails << QLatin1String(local) + QLatin1Char('@') + base;
        g.note = dcvEmailNote();
        break;
    case DcvMethod::None:
    case DcvMethod::Auto:
        g.summary = GuidanceText::tr("Choose a validation method for %1: CNAME or TXT for DNS, "
                                     "HTTP or HTTPS for a web server, or Email.")
                        .arg(base);
        g.steps = {open};
        break;
    }
    return g;
}

} // namespace acmedesk
