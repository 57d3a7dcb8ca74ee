// When a certificate is renewed. Each certificate may have its own policy; the others follow the
// global default, and that default is, unless the administrator sets another, "when a third of
// the lifetime is left" (what Let's Encrypt and certbot do, and right for 6-day certificates as
// for 397-day ones). When the CA offers ACME Renewal Information, its window decides instead of
// the default; a certificate's own policy still renews it earlier when that comes first.
#pragma once

#include "core/store/Database.h"
#include "core/store/Order.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace acmedesk {

// Where a certificate's renewal stands (certificates.renewal_state). Stored: never rename.
namespace renewalstate {
inline constexpr QLatin1String None{""};
inline constexpr QLatin1String Renewing{"renewing"}; // its renewal order runs or is paused
inline constexpr QLatin1String Failed{"failed"};     // the last attempt failed (renewal_error)
inline constexpr QLatin1String Renewed{"renewed"};   // replaced_by names its successor
} // namespace renewalstate

struct RenewalPolicy
{
    enum class Kind {
        Default,      // the certificate follows the global default (stored as "")
        Off,          // never renewed automatically ("off"); "Renew now" still works
        DaysBefore,   // `days` before it expires ("days:30")
        FractionLeft, // when numerator/denominator of its lifetime is left ("fraction:1/3")
    };
    Kind kind = Kind::Default;
    int days = 0;
    int numerator = 1, denominator = 3;

    // Reads what people and the database write: "", "default", "off" (or "never"), "30d",
    // "30 days", "days:30", "1/3", "fraction:1/3", "33%". An error names the field and the forms.
    static Result<RenewalPolicy> parse(const QString &text);
    static RenewalPolicy builtInDefault(); // a third of the lifetime left
    // When `percent` (1..99) of the lifetime is left, as the smallest fraction (25 -> 1/4).
    static RenewalPolicy percentLeft(int percent);
    QString toString() const; // the stored form ("" for Default)
    QString describe() const; // "when a third of its lifetime is left"
    bool operator==(const RenewalPolicy &) const = default;
};

// The global default, kept in the database (table meta) so the GUI and scheduled CLI runs agree.
class RenewalSettings
{
public:
    explicit RenewalSettings(Database db) : m_db(std::move(db)) {}
    RenewalPolicy defaultPolicy() const; // builtInDefault() when none is set or it is unreadable
    Result<void> setDefaultPolicy(const RenewalPolicy &policy); // Default: back to the built-in

private:
    Database m_db;
};

struct RenewalSchedule
{
    enum class Kind {
        NotRenewable, // not issued here, replaced, or revoked: `reason` says which
        Off,          // its policy says never
        Later,        // due at `at`
        Due,          // due since `at` (now or earlier)
    };
    Kind kind = Kind::NotRenewable;
    QDateTime at;
    bool fromRenewalInfo = false; // the CA's ARI window decided `at`
    QString reason;               // one sentence for people ("ARI window 3–5 Dec", ...)

    bool isDue() const { return kind == Kind::Due; }
};

// When certificate `c` is to be renewed under its own policy or `defaultPolicy`, at `now`.
// Never earlier than halfway through its lifetime (a policy of more days than the certificate
// lives would otherwise renew it on every run), except when ARI says so or it has expired.
RenewalSchedule renewalSchedule(const CertificateRecord &c, const RenewalPolicy &defaultPolicy,
                                const QDateTime &now);

} // namespace acmedesk
