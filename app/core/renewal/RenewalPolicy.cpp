#include "core/renewal/RenewalPolicy.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <numeric>

namespace acmedesk {

namespace {

struct RenewalPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(RenewalPolicy)
};

const QString DefaultPolicyKey = QStringLiteral("renewal.default-policy");

// Longer than any certificate a public CA issues (397 days), short enough to catch typos.
constexpr int MaxDays = 3650;

Error badPolicy(const QString &text)
{
    return Error::invalid(
        RenewalPolicyText::tr("Renewal policy: \"%1\" is not a policy AcmeDesk knows. Write "
                              "\"off\", days before expiry such as \"30d\", or the share of the "
                              "lifetime left such as \"1/3\" or \"33%\".")
            .arg(text.left(80)),
        {});
}

} // namespace

RenewalPolicy RenewalPolicy::builtInDefault()
{
    RenewalPolicy p;
    p.kind = Kind::FractionLeft;
    p.numerator = 1;
    p.denominator = 3;
    return p;
}

RenewalPolicy RenewalPolicy::percentLeft(int percent)
{
    RenewalPolicy p;
    p.kind = Kind::FractionLeft;
    const int g = std::gcd(percent, 100);
    p.numerator = percent / g;
    p.denominator = 100 / g;
    return p;
}

Result<RenewalPolicy> RenewalPolicy::parse(const QString &input)
{
    const QString text = input.trimmed().toLower();
    RenewalPolicy p;
    if (text.isEmpty() || text == QLatin1String("default"))
        return p;
    if (text == QLatin1String("off") || text == QLatin1String("never")) {
        p.kind = Kind::Off;
        return p;
    }
    static const QRegularExpression days(
        QStringLiteral("^(?:days:\\s*(\\d{1,5})|(\\d{1,5})\\s*(?:d|days?))$"));
    static const QRegularExpression fraction(
        QStringLiteral("^(?:fraction:\\s*)?(\\d{1,3})\\s*/\\s*(\\d{1,3})$"));
    static const QRegularExpression percent(QStringLiteral("^(\\d{1,2})\\s*%$"));
    if (const auto m = days.match(text); m.hasMatch()) {
        const int n = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
        if (n < 1 || n > MaxDays)
            return Error::invalid(RenewalPolicyText::tr("Renewal policy: %1 days before expiry "
                                                        "is out of range; use 1 to %2 days.")
                                      .arg(n)
                                      .arg(MaxDays));
        p.kind = Kind::DaysBefore;
        p.days = n;
        return p;
    }
    if (const auto m = fraction.match(text); m.hasMatch()) {
        const int num = m.captured(1).toInt(), den = m.captured(2).toInt();
        if (num < 1 || den < 2 || num >= den)
            return Error::invalid(RenewalPolicyText::tr("Renewal policy: %1/%2 of the lifetime is "
                                                        "not a share between none and all; use "
                                                        "e.g. 1/3.")
                                      .arg(num)
                                      .arg(den));
        p.kind = Kind::FractionLeft;
        p.numerator = num;
        p.denominator = den;
        return p;
    }
    if (const auto m = percent.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n < 1)
            return badPolicy(input);
        return percentLeft(n);
    }
    return badPolicy(input);
}

QString RenewalPolicy::toString() const
{
    switch (kind) {
    case Kind::Default:
        return {};
    case Kind::Off:
        return QStringLiteral("off");
    case Kind::DaysBefore:
        return QStringLiteral("days:%1").arg(days);
    case Kind::FractionLeft:
        return QStringLiteral("fraction:%1/%2").arg(numerator).arg(denominator);
    }
    return {};
}

QString RenewalPolicy::describe() const
{
    switch (kind) {
    case Kind::Default:
        return RenewalPolicyText::tr("as the default says");
    case Kind::Off:
        return RenewalPolicyText::tr("never automatically");
    case Kind::DaysBefore:
        return RenewalPolicyText::tr("%n day(s) before it expires", nullptr, days);
    case Kind::FractionLeft:
        if (numerator == 1 && denominator == 3)
            return RenewalPolicyText::tr("when a third of its lifetime is left");
        if (numerator == 1 && denominator == 2)
            return RenewalPolicyText::tr("when half of its lifetime is left");
        if (numerator == 1 && denominator == 4)
            return RenewalPolicyText::tr("when a quarter of its lifetime is left");
        return RenewalPolicyText::tr("when %1 % of its lifetime is left")
            .arg(QLocale().toString(100.0 * numerator / denominator, 'f', 0));
    }
    return {};
}

RenewalPolicy RenewalSettings::defaultPolicy() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(DefaultPolicyKey);
    if (q.exec() && q.next()) {
        auto p = RenewalPolicy::parse(q.value(0).toString());
        if (p && p->kind != RenewalPolicy::Kind::Default)
            return *p;
    }
    return RenewalPolicy::builtInDefault();
}

Result<void> RenewalSettings::setDefaultPolicy(const RenewalPolicy &policy)
{
    QSqlQuery q(m_db.connection());
    if (policy.kind == RenewalPolicy::Kind::Default) {
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        q.addBindValue(DefaultPolicyKey);
    } else {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value"));
        q.addBindValue(DefaultPolicyKey);
        q.addBindValue(policy.toString());
    }
    if (!q.exec())
        return Error::storage(RenewalPolicyText::tr("Could not save the default renewal policy."),
                              q.lastError().text());
    return {};
}

RenewalSchedule renewalSchedule(const CertificateRecord &c, const RenewalPolicy &defaultPolicy,
                                const QDateTime &now)
{
    RenewalSchedule s;
    if (c.source != QLatin1String("issued") || c.orderId <= 0) {
        s.reason = RenewalPolicyText::tr("Not issued by AcmeDesk: renew it where it was issued.");
        return s;
    }
    if (c.replacedBy > 0) {
        s.reason = RenewalPolicyText::tr("Renewed: certificate %1 replaces it.").arg(c.replacedBy);
        return s;
    }
    if (c.revokedAt.isValid()) {
        s.reason = RenewalPolicyText::tr("Revoked: not renewed automatically; \"Renew now\" "
                                         "requests a new one.");
        return s;
    }
    const auto own = RenewalPolicy::parse(c.renewalPolicy);
    const bool hasOwn = own && own->kind != RenewalPolicy::Kind::Default;
    RenewalPolicy policy = hasOwn ? *own : defaultPolicy;
    if (policy.kind == RenewalPolicy::Kind::Default)
        policy = RenewalPolicy::builtInDefault();
    if (policy.kind == RenewalPolicy::Kind::Off) {
        s.kind = RenewalSchedule::Kind::Off;
        s.reason = RenewalPolicyText::tr("Automatic renewal is off for this certificate.");
        return s;
    }

    const qint64 lifetime = std::max<qint64>(1, c.notBefore.secsTo(c.notAfter));
    QDateTime byPolicy;
    if (policy.kind == RenewalPolicy::Kind::DaysBefore)
        byPolicy = std::max(c.notAfter.addSecs(-qint64(policy.days) * 24 * 3600),
                            c.notBefore.addSecs(lifetime / 2));
    else
        byPolicy = c.notAfter.addSecs(-lifetime * policy.numerator / policy.denominator);
    s.at = byPolicy;
    s.reason = policy.describe();

    if (c.ariWindowStart.isValid() && c.ariWindowEnd.isValid() && c.renewalAt.isValid()) {
        const QString window =
            RenewalPolicyText::tr("inside the CA's suggested window (%1 to %2)")
                .arg(QLocale().toString(c.ariWindowStart.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(c.ariWindowEnd.toLocalTime(), QLocale::ShortFormat));
        if (!hasOwn || c.renewalAt <= byPolicy) {
            s.at = c.renewalAt;
            s.fromRenewalInfo = true;
            s.reason = window;
        }
    }
    if (now >= c.notAfter && s.at > c.notAfter)
        s.at = c.notAfter;
    s.kind = now >= s.at ? RenewalSchedule::Kind::Due : RenewalSchedule::Kind::Later;
    return s;
}

} // namespace acmedesk
