#include "core/acme/Revocation.h"

#include <QCoreApplication>

namespace acmedesk {

namespace {

class RevocationText
{
    Q_DECLARE_TR_FUNCTIONS(Revocation)
};

struct ReasonName
{
    RevocationReason reason;
    QLatin1String name;
};

// The one place that spells the names.
constexpr std::array<ReasonName, allRevocationReasons.size()> kReasonNames{{
    {RevocationReason::Unspecified, QLatin1String("unspecified")},
    {RevocationReason::KeyCompromise, QLatin1String("key-compromise")},
    {RevocationReason::AffiliationChanged, QLatin1String("affiliation-changed")},
    {RevocationReason::Superseded, QLatin1String("superseded")},
    {RevocationReason::CessationOfOperation, QLatin1String("cessation-of-operation")},
}};

constexpr bool namesInEnumOrder()
{
    for (std::size_t i = 0; i < kReasonNames.size(); ++i)
        if (kReasonNames[i].reason != allRevocationReasons[i])
            return false;
    return true;
}
static_assert(namesInEnumOrder(), "kReasonNames must list every RevocationReason in order");

} // namespace

QString revocationReasonName(RevocationReason reason)
{
    for (const ReasonName &n : kReasonNames)
        if (n.reason == reason)
            return n.name;
    return kReasonNames[0].name;
}

std::optional<RevocationReason> revocationReasonFromName(QStringView name)
{
    for (const ReasonName &n : kReasonNames)
        if (name == n.name)
            return n.reason;
    return std::nullopt;
}

QStringList revocationReasonNames()
{
    QStringList out;
    for (const ReasonName &n : kReasonNames)
        out << n.name;
    return out;
}

std::optional<RevocationReason> revocationReasonFromCode(int code)
{
    for (const RevocationReason r : allRevocationReasons)
        if (int(r) == code)
            return r;
    return std::nullopt;
}

QString revocationReasonLabel(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::Unspecified:
        return RevocationText::tr("Unspecified");
    case RevocationReason::KeyCompromise:
        return RevocationText::tr("Key compromise");
    case RevocationReason::AffiliationChanged:
        return RevocationText::tr("Affiliation changed");
    case RevocationReason::Superseded:
        return RevocationText::tr("Superseded");
    case RevocationReason::CessationOfOperation:
        return RevocationText::tr("Cessation of operation");
    }
    return {};
}

QString revocationReasonAdvice(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::Unspecified:
        return RevocationText::tr("None of the other reasons applies.");
    case RevocationReason::KeyCompromise:
        return RevocationText::tr("The certificate's private key may be known to someone else "
                                  "(copied, published, or on a server that was broken into).");
    case RevocationReason::AffiliationChanged:
        return RevocationText::tr("The organization or another detail in the certificate is no "
                                  "longer right; the key is safe.");
    case RevocationReason::Superseded:
        return RevocationText::tr("A new certificate replaces this one; the key is safe.");
    case RevocationReason::CessationOfOperation:
        return RevocationText::tr("The certificate is no longer used, or its names are no longer "
                                  "yours.");
    }
    return {};
}

} // namespace acmedesk
