#include "core/crypto/Csr.h"

#include "core/crypto/OpenSslError.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace acmedesk {

namespace {

class CsrText
{
    Q_DECLARE_TR_FUNCTIONS(Csr)
};

using namespace ossl; // the owning pointers of OpenSslPtr.h

constexpr int MaxLabelLength = 63;
constexpr int MaxNameLength = 253;
constexpr int MaxCommonNameLength = 64; // ub-common-name, RFC 5280 appendix A

Error invalidName(const QString &message)
{
    Error e = Error::invalid(message);
    e.code = QStringLiteral("invalid-identifier");
    return e;
}

bool isLdh(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'-';
}

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

bool looksLikeIpAddress(const QString &s)
{
    QString candidate = s;
    if (candidate.startsWith(QLatin1Char('[')) && candidate.endsWith(QLatin1Char(']')))
        candidate = candidate.mid(1, candidate.size() - 2);
    QHostAddress address;
    if (!address.setAddress(candidate))
        return false;
    if (candidate.contains(QLatin1Char(':')))
        return true;
    for (QChar c : candidate)
        if (!c.isDigit() && c != QLatin1Char('.'))
            return false;
    return true;
}

// Why `input` is not a usable DNS identifier, or its ACE form.
Result<QString> normalizeOne(const QString &input)
{
    const QString shown = input.trimmed(); // errors name the entry as the user wrote it
    QString s = shown;
    if (s.isEmpty())
        return invalidName(CsrText::tr("An empty name was given."));
    if (looksLikeIpAddress(s)) {
        Error e =
            Error::invalid(CsrText::tr("'%1' is an IP address. IP address identifiers are not "
                                       "supported yet; use a DNS name.")
                               .arg(shown));
        e.code = QStringLiteral("ip-identifier-unsupported");
        return e;
    }
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);

    QString rest = s;
    const bool wildcard = rest.startsWith(QLatin1String("*."));
    if (wildcard)
        rest = rest.mid(2);
    if (rest.contains(QLatin1Char('*')))
        return invalidName(
            CsrText::tr("'%1': a wildcard is only allowed as the whole leftmost label, as "
                        "in *.example.com.")
                .arg(shown));

    // IDNA (UTS #46) label separators: full stop, ideographic, fullwidth and halfwidth ones.
    static const QRegularExpression separators(QStringLiteral("[.\\x{3002}\\x{FF0E}\\x{FF61}]"));
    const QStringList labels = rest.split(separators);
    QStringList aceLabels;
    for (const QString &label : labels) {
        if (label.isEmpty())
            return invalidName(
                CsrText::tr("'%1' contains an empty label (a dot at the start or two dots "
                            "in a row).")
                    .arg(shown));
        for (QChar c : label) {
            if (c.isSpace())
                return invalidName(CsrText::tr("'%1' contains white space.").arg(shown));
            if (c.unicode() < 0x80 && !isLdh(c))
                return invalidName(
                    CsrText::tr("'%1' contains the character '%2', which is not allowed in "
                                "a DNS name (only letters, digits and hyphens are).")
                        .arg(shown, QString(c)));
        }
        QString ace;
        if (isAscii(label)) {
            ace = label.toLower();
        } else {
            ace = QString::fromLatin1(QUrl::toAce(label)).toLower();
            bool ok = !ace.isEmpty();
            for (QChar c : std::as_const(ace))
                ok = ok && isLdh(c);
            if (!ok) {
                // Qt refuses over-long labels too; say so when the ACE form cannot fit anyway
                // ("xn--", the ASCII characters, a delimiter, at least one per other character).
                qsizetype asciiCount = 0;
                for (QChar c : label)
                    asciiCount += c.unicode() < 0x80 ? 1 : 0;
                const qsizetype minimum =
                    4 + asciiCount + (asciiCount > 0 ? 1 : 0) + (label.size() - asciiCount);
                if (minimum > MaxLabelLength)
                    return invalidName(
                        CsrText::tr("'%1': the label '%2' is too long in ACE (xn--) form; "
                                    "a label may have at most %3 characters.")
                            .arg(shown, label)
                            .arg(MaxLabelLength));
                return invalidName(
                    CsrText::tr("'%1': the label '%2' is not a valid internationalized "
                                "domain name label.")
                        .arg(shown, label));
            }
        }
        if (ace.size() > MaxLabelLength)
            return invalidName(
                CsrText::tr("'%1': the label '%2' has %3 characters; a label may have at "
                            "most %4.")
                    .arg(shown, label)
                    .arg(ace.size())
                    .arg(MaxLabelLength));
        if (ace.startsWith(QLatin1Char('-')) || ace.endsWith(QLatin1Char('-')))
            return invalidName(CsrText::tr("'%1': the label '%2' starts or ends with a hyphen.")
                                   .arg(shown, label));
        aceLabels << ace;
    }
    const QString ace =
        (wildcard ? QStringLiteral("*.") : QString()) + aceLabels.join(QLatin1Char('.'));
    // IDNA mapping can make an address out of a name ("\uFEFF0" is "0", fullwidth digits are
    // digits): checked again on what the name became, so normalising twice changes nothing.
    if (looksLikeIpAddress(ace)) {
        Error e = Error::invalid(CsrText::tr("'%1' is an IP address. IP address identifiers are "
                                             "not supported yet; use a DNS name.")
                                     .arg(ace));
        e.code = QStringLiteral("ip-identifier-unsupported");
        return e;
    }
    if (ace.size() > MaxNameLength)
        return invalidName(
            CsrText::tr("'%1' has %2 characters in ACE form; a DNS name may have at most %3.")
                .arg(shown)
                .arg(ace.size())
                .arg(MaxNameLength));
    return ace;
}

} // namespace

QString toAceIdentifier(const QString &name)
{
    auto r = normalizeOne(name);
    return r ? *r : QString();
}

Result<QStringList> normalizeIdentifiers(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto one = normalizeOne(names.at(i));
        if (!one) {
            Error e = one.error();
            if (names.at(i).trimmed().isEmpty())
                e.message = CsrText::tr("Name %1 in the list is empty.").arg(i + 1);
            return e;
        }
        if (!seen.contains(*one)) {
            seen.insert(*one);
            out << *one;
        }
    }
    if (out.isEmpty()) {
        Error e = Error::invalid(CsrText::tr("Give at least one DNS name for the certificate."));
        e.code = QStringLiteral("no-identifiers");
        return e;
    }
    return out;
}

Result<QByteArray> makeCsrDer(const KeyPair &key, const QStringList &aceNames)
{
    if (key.isNull() || !key.hasPrivate())
        return Error::invalid(
            CsrText::tr("A private key is needed to sign the certificate request."));
    if (aceNames.isEmpty())
        return Error::invalid(CsrText::tr("A certificate request needs at least one DNS name."));
    QStringList names;
    for (const QString &n : aceNames) {
        if (n.isEmpty() || toAceIdentifier(n) != n)
            return Error::invalid(
                CsrText::tr("'%1' is not a normalized DNS name (expected lower-case ACE form).")
                    .arg(n));
        if (!names.contains(n))
            names << n;
    }

    X509ReqPtr req(X509_REQ_new());
    if (!req || !X509_REQ_set_version(req.get(), X509_REQ_VERSION_1))
        return opensslError(CsrText::tr("Could not create the certificate request."));

    const QByteArray cn = names.first().toLatin1();
    const bool hasCn = cn.size() <= MaxCommonNameLength;
    X509NamePtr subject(X509_NAME_new());
    if (!subject ||
        (hasCn &&
         !X509_NAME_add_entry_by_NID(subject.get(), NID_commonName, MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>(cn.constData()),
                                     int(cn.size()), -1, 0)) ||
        !X509_REQ_set_subject_name(req.get(), subject.get()))
        return opensslError(CsrText::tr("Could not set the subject of the certificate request."));

    GenNamesPtr gens(sk_GENERAL_NAME_new_null());
    if (!gens)
        return opensslError(CsrText::tr("Could not build the subject alternative names."));
    for (const QString &n : std::as_const(names)) {
        const QByteArray dns = n.toLatin1();
        GENERAL_NAME *gn = GENERAL_NAME_new();
        ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
        if (!gn || !ia5 || !ASN1_STRING_set(ia5, dns.constData(), int(dns.size()))) {
            GENERAL_NAME_free(gn);
            ASN1_IA5STRING_free(ia5);
            return opensslError(CsrText::tr("Could not build the subject alternative names."));
        }
        GENERAL_NAME_set0_value(gn, GEN_DNS, ia5);
        if (!sk_GENERAL_NAME_push(gens.get(), gn)) {
            GENERAL_NAME_free(gn);
            return opensslError(CsrText::tr("Could not build the subject alternative names."));
        }
    }
    // RFC 5280 section 4.2.1.6: with an empty subject the SAN extension must be critical.
    STACK_OF(X509_EXTENSION) *rawExts = nullptr;
    if (X509V3_add1_i2d(&rawExts, NID_subject_alt_name, gens.get(), hasCn ? 0 : 1,
                        X509V3_ADD_DEFAULT) != 1)
        return opensslError(CsrText::tr("Could not build the subject alternative names."));
    ExtStackPtr exts(rawExts);
    if (!X509_REQ_add_extensions(req.get(), exts.get()))
        return opensslError(
            CsrText::tr("Could not add the subject alternative names to the request."));

    if (!X509_REQ_set_pubkey(req.get(), key.handle()))
        return opensslError(
            CsrText::tr("Could not put the public key into the certificate request."));
    const EVP_MD *md = key.type() == KeyType::EcP384 ? EVP_sha384() : EVP_sha256();
    if (X509_REQ_sign(req.get(), key.handle(), md) <= 0)
        return opensslError(CsrText::tr("Could not sign the certificate request."));

    unsigned char *der = nullptr;
    const int len = i2d_X509_REQ(req.get(), &der);
    if (len <= 0)
        return opensslError(CsrText::tr("Could not encode the certificate request."));
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace acmedesk
