// Certificates for inventory tests, screenshots and benchmarks, written straight into a real
// database: a deterministic spread of expiries around `now` (some expired, some within 7 and 30
// days, most over the next 200+ days), issuers, sources (issued by an account, imported, seen on
// a server), lifetimes (6, 47, 90 and 200 days), a few failed renewals, renewed and revoked ones.
// No chains: the rows are what the Dashboard's table reads.
#pragma once

#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"
#include "models/CertificateInventoryModel.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace acmedesk::test {

struct SeededCertificate
{
    qint64 id = 0;
    CertificateRecord record;
};

// `accountId` 0: issued rows name no account.
inline QList<SeededCertificate> seedCertificates(const Database &db, const QDateTime &now,
                                                 int count, qint64 accountId = 0, quint32 seed = 1)
{
    static const QStringList issuers{
        QStringLiteral("CN=E46 Sectigo DV,O=Sectigo Limited,C=GB"),
        QStringLiteral("CN=R11,O=Let's Encrypt,C=US"),
        QStringLiteral("CN=Pebble Intermediate CA 4b1a5f"),
        QStringLiteral("CN=InCommon RSA Server CA 2,O=Internet2,C=US")};
    static const int lifetimes[] = {200, 90, 47, 6};
    static const QStringList zones{QStringLiteral("example.com"), QStringLiteral("example.org"),
                                   QStringLiteral("corp.example.net"),
                                   QStringLiteral("university.example.edu")};
    QList<SeededCertificate> out;
    quint32 state = seed;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u; // a fixed LCG: the same rows every run
        return state >> 8;
    };
    QSqlDatabase c = db.connection();
    c.transaction();
    CertificateRepository repo(db);
    for (int i = 0; i < count; ++i) {
        CertificateRecord r;
        const quint32 pick = next() % 100; // 40 % 200 days, 35 % 90, 20 % 47, 5 % 6
        const int lifetime = lifetimes[pick < 40 ? 0 : pick < 75 ? 1 : pick < 95 ? 2 : 3];
        // Days left: ~4 % expired, ~3 % under 7 days, ~8 % under 30, the rest up to 260.
        const quint32 bucket = next() % 100;
        const qint64 leftSeconds = bucket < 4    ? -qint64(1 + next() % 30) * 86400
                                   : bucket < 7  ? qint64(next() % (7 * 86400))
                                   : bucket < 15 ? qint64(7 * 86400 + next() % (23 * 86400))
                                                 : qint64(30 * 86400 + next() % (230 * 86400));
        // Within the lifetime: a longer wish folds back into it (no pile-up at the longest).
        const qint64 lifetimeSeconds = qint64(lifetime) * 86400 - 3600;
        const qint64 left =
            leftSeconds < lifetimeSeconds ? leftSeconds : leftSeconds % lifetimeSeconds;
        r.notAfter = now.addSecs(left);
        r.notBefore = r.notAfter.addDays(-lifetime);
        const QString zone = zones.at(int(next() % zones.size()));
        const QString host = QStringLiteral("host%1.%2").arg(i, 4, 10, QLatin1Char('0')).arg(zone);
        r.sans = {host};
        if (i % 3 == 0)
            r.sans << QStringLiteral("www.") + host;
        r.subject = QStringLiteral("CN=") + host;
        r.issuer = issuers.at(int(next() % issuers.size()));
        r.serial = QString::number(0x10000000ull + quint64(i) * 7919ull, 16).toUpper();
        r.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray::number(seed) + ':' +
                                                                    QByteArray::number(i)),
                                                         QCryptographicHash::Sha256)
                                    .toHex(':')
                                    .toUpper());
        r.keyType = i % 5 == 0 ? QStringLiteral("rsa-2048") : QStringLiteral("ec-p256");
        const quint32 kind = next() % 10;
        r.source = kind < 7   ? QStringLiteral("issued")
                   : kind < 9 ? QStringLiteral("imported")
                              : QStringLiteral("probe");
        r.accountId = r.source == QLatin1String("issued") ? accountId : 0;
        r.ekus = {QStringLiteral("serverAuth")};
        if (i % 17 == 0)
            r.ekus << QStringLiteral("clientAuth");
        r.folder = r.source == QLatin1String("issued") ? QStringLiteral("/srv/certificates/") + host
                                                       : QString();
        auto id = repo.insert(r);
        if (!id)
            break;
        r.id = *id;
        // A few failed renewals, renewed and revoked ones.
        QSqlQuery q(c);
        if (r.source == QLatin1String("issued") && i % 23 == 5) {
            q.prepare(QStringLiteral("UPDATE certificates SET renewal_state = 'failed', "
                                     "renewal_error = ? WHERE id = ?"));
            q.addBindValue(QStringLiteral("The CA refused the order: example failure."));
            q.addBindValue(r.id);
            q.exec();
            r.renewalState = QStringLiteral("failed");
        } else if (i % 29 == 7 && !out.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE certificates SET replaced_by = ? WHERE id = ?"));
            q.addBindValue(out.constLast().id);
            q.addBindValue(r.id);
            q.exec();
            r.replacedBy = out.constLast().id;
        } else if (i % 31 == 11) {
            q.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revocation_reason = "
                                     "4 WHERE id = ?"));
            q.addBindValue(now.addDays(-1).toString(Qt::ISODateWithMs));
            q.addBindValue(r.id);
            q.exec();
            r.revokedAt = now.addDays(-1);
            r.revocationReason = 4;
        }
        out << SeededCertificate{r.id, r};
    }
    c.commit();
    return out;
}

// How many seeded certificates belong in `category` at `now`: the Dashboard's rules written
// again from the records, so tests compare the model with something it did not compute.
inline int countSeeded(const QList<SeededCertificate> &seeded,
                       CertificateInventoryModel::Category category, const QDateTime &now)
{
    using C = CertificateInventoryModel::Category;
    int n = 0;
    for (const SeededCertificate &s : seeded) {
        const CertificateRecord &r = s.record;
        if (category == C::All) {
            ++n;
            continue;
        }
        if (r.replacedBy > 0 || r.revokedAt.isValid())
            continue;
        const qint64 secs = now.secsTo(r.notAfter);
        switch (category) {
        case C::Expired:
            n += secs < 0 ? 1 : 0;
            break;
        case C::Under7Days:
            n += secs >= 0 && secs < 7 * 86400 ? 1 : 0;
            break;
        case C::Under30Days:
            n += secs >= 0 && secs < 30 * 86400 ? 1 : 0;
            break;
        case C::RenewalFailed:
            n += r.renewalState == QLatin1String("failed") ? 1 : 0;
            break;
        case C::All:
            break;
        }
    }
    return n;
}

} // namespace acmedesk::test
