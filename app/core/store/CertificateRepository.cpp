#include "core/store/CertificateRepository.h"

#include "core/store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace acmedesk {

using namespace sqlvalue;

namespace {

struct CertificateRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRepository)
};

QString readFailed()
{
    return CertificateRepositoryText::tr("Could not read the certificates.");
}

// Every column but the chain, in certFromRow's order; the chain is appended where it is read.
const QString CertColumns =
    QStringLiteral("id, order_id, account_id, serial, subject, sans, issuer, not_before, "
                   "not_after, sha256, sha1, key_type, key_ref, "
                   "source, folder, files, created_at, authority_key_id, ekus, "
                   "directory_url, profile, renewal_policy, renewal_state, renewal_error, "
                   "renewal_at, ari_window_start, ari_window_end, ari_retry_at, "
                   "renewal_order_id, replaced_by, revoked_at, revocation_reason, "
                   "renewal_attempt_at");

QStringList ekuList(const QString &stored)
{
    return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int reasonOf(const QVariant &v)
{
    return v.isNull() ? -1 : v.toInt();
}

CertificateRecord certFromRow(const QSqlQuery &q, bool withChain)
{
    CertificateRecord c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.orderId = q.value(i++).toLongLong();
    c.accountId = q.value(i++).toLongLong();
    c.serial = q.value(i++).toString();
    c.subject = q.value(i++).toString();
    c.sans = stringList(q.value(i++).toString());
    c.issuer = q.value(i++).toString();
    c.notBefore = fromIso(q.value(i++).toString());
    c.notAfter = fromIso(q.value(i++).toString());
    c.sha256 = q.value(i++).toString();
    c.sha1 = q.value(i++).toString();
    c.keyType = q.value(i++).toString();
    c.keyRef = q.value(i++).toString();
    c.source = q.value(i++).toString();
    c.folder = q.value(i++).toString();
    c.files = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    c.createdAt = fromIso(q.value(i++).toString());
    c.authorityKeyId = q.value(i++).toString();
    c.ekus = ekuList(q.value(i++).toString());
    c.directoryUrl = q.value(i++).toString();
    c.profile = q.value(i++).toString();
    c.renewalPolicy = q.value(i++).toString();
    c.renewalState = q.value(i++).toString();
    c.renewalError = q.value(i++).toString();
    c.renewalAt = fromIso(q.value(i++).toString());
    c.ariWindowStart = fromIso(q.value(i++).toString());
    c.ariWindowEnd = fromIso(q.value(i++).toString());
    c.ariRetryAt = fromIso(q.value(i++).toString());
    c.renewalOrderId = q.value(i++).toLongLong();
    c.replacedBy = q.value(i++).toLongLong();
    c.revokedAt = fromIso(q.value(i++).toString());
    c.revocationReason = reasonOf(q.value(i++));
    c.renewalAttemptAt = fromIso(q.value(i++).toString());
    if (withChain)
        c.chainPem = q.value(i++).toString().toLatin1();
    return c;
}

Result<std::optional<CertificateRecord>> selectOne(const Database &db, const QString &where,
                                                   const QVariant &value, bool withChain)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + CertColumns +
              (withChain ? QStringLiteral(", chain_pem") : QString()) +
              QStringLiteral(" FROM certificates WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return failed(readFailed(), q);
    if (!q.next())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(certFromRow(q, withChain));
}

// "Same names": the SAN set in any order and case; a certificate without SANs (a CA's) by its
// subject.
QString namesKey(QStringList sans, const QString &subject)
{
    if (sans.isEmpty())
        return QStringLiteral("subject:") + subject;
    for (QString &s : sans)
        s = s.toLower();
    sans.sort();
    sans.removeDuplicates();
    return sans.join(QLatin1Char('\n'));
}

// What decides "newer": the later notBefore; the later row on a tie.
struct Age
{
    QDateTime notBefore;
    qint64 id = 0;
    bool newerThan(const Age &o) const
    {
        return notBefore != o.notBefore ? notBefore > o.notBefore : id > o.id;
    }
};

// The newest certificate AcmeDesk issued or imported for each set of names (revoked ones are no
// candidates: nobody should deploy them).
class NewestByNames
{
public:
    void consider(const QString &key, const Age &age, const QString &source, bool revoked)
    {
        if (revoked || (source != QLatin1String("issued") && source != QLatin1String("imported")))
            return;
        auto it = m_newest.find(key);
        if (it == m_newest.end())
            m_newest.insert(key, age);
        else if (age.newerThan(*it))
            *it = age;
    }
    void reserve(qsizetype n) { m_newest.reserve(n); }
    // The newest one's id when it is newer than `age`, else 0.
    qint64 newerThan(const QString &key, const Age &age) const
    {
        const auto it = m_newest.constFind(key);
        return it != m_newest.cend() && it->newerThan(age) ? it->id : 0;
    }

private:
    QHash<QString, Age> m_newest;
};

// The sightings that are the latest at their place (kind, location, sni): what each place shows
// now. NOT EXISTS over the location index is twice as fast as a window function here.
QString latestSightingsWhere(const QString &s)
{
    return QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM certificate_sightings t WHERE "
                          "t.kind = %1.kind AND t.location = %1.location AND t.sni = %1.sni AND "
                          "(t.seen_at > %1.seen_at OR (t.seen_at = %1.seen_at AND t.id > %1.id)))")
        .arg(s);
}

CertificateSighting sightingFromRow(const QSqlQuery &q, bool withChain)
{
    CertificateSighting s;
    int i = 0;
    s.id = q.value(i++).toLongLong();
    s.certificateId = q.value(i++).toLongLong();
    s.kind = sightingKindFromName(q.value(i++).toString()).value_or(SightingKind::File);
    s.location = q.value(i++).toString();
    s.sni = q.value(i++).toString();
    s.seenAt = fromIso(q.value(i++).toString());
    if (withChain)
        s.chainPem = q.value(i++).toString().toLatin1();
    return s;
}

} // namespace

QString sightingKindName(SightingKind kind)
{
    switch (kind) {
    case SightingKind::File:
        return QStringLiteral("file");
    case SightingKind::Endpoint:
        return QStringLiteral("endpoint");
    }
    return QStringLiteral("file");
}

std::optional<SightingKind> sightingKindFromName(QStringView name)
{
    for (const SightingKind k : {SightingKind::File, SightingKind::Endpoint})
        if (name == sightingKindName(k))
            return k;
    return std::nullopt;
}

CertificateRecord recordOf(const CertificateChain &chain)
{
    CertificateRecord c;
    if (chain.infos.isEmpty())
        return c;
    const CertificateInfo &leaf = chain.infos.constFirst();
    c.serial = leaf.serialHex;
    c.subject = leaf.subject;
    c.sans = leaf.dnsNames;
    c.issuer = leaf.issuer;
    c.notBefore = leaf.notBefore;
    c.notAfter = leaf.notAfter;
    c.sha256 = leaf.sha256Fingerprint;
    c.sha1 = leaf.sha1Fingerprint;
    c.keyType = leaf.keyType;
    c.chainPem = chain.fullchainPem();
    c.authorityKeyId = leaf.authorityKeyIdHex;
    c.ekus = leaf.extendedKeyUsages;
    return c;
}

QString normalizedSha256(const QString &text)
{
    QString hex;
    for (const QChar ch : text)
        if (ch != QLatin1Char(':') && !ch.isSpace())
            hex += ch.toUpper();
    if (hex.size() != 64)
        return {};
    for (const QChar ch : std::as_const(hex))
        if (!(ch.isDigit() || (ch >= QLatin1Char('A') && ch <= QLatin1Char('F'))))
            return {};
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        out += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
    return out;
}

QString commonNameOf(const QString &rfc2253)
{
    // Attributes are separated by unescaped ',' or '+'; '\' escapes the next character.
    if (!rfc2253.contains(QLatin1Char('\\'))) { // nothing escaped: slices, no copies per char
        qsizetype start = 0;
        while (start < rfc2253.size()) {
            qsizetype end = start;
            while (end < rfc2253.size() && rfc2253.at(end) != QLatin1Char(',') &&
                   rfc2253.at(end) != QLatin1Char('+'))
                ++end;
            const QStringView attribute = QStringView(rfc2253).mid(start, end - start);
            const qsizetype eq = attribute.indexOf(QLatin1Char('='));
            if (eq >= 0 &&
                attribute.left(eq).trimmed().compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0)
                return attribute.mid(eq + 1).toString();
            start = end + 1;
        }
        return {};
    }
    qsizetype i = 0;
    while (i < rfc2253.size()) {
        QString type, value;
        bool inValue = false;
        for (; i < rfc2253.size(); ++i) {
            const QChar ch = rfc2253.at(i);
            if (ch == QLatin1Char('\\') && i + 1 < rfc2253.size()) {
                (inValue ? value : type) += rfc2253.at(++i);
                continue;
            }
            if (ch == QLatin1Char(',') || ch == QLatin1Char('+')) {
                ++i;
                break;
            }
            if (ch == QLatin1Char('=') && !inValue) {
                inValue = true;
                continue;
            }
            (inValue ? value : type) += ch;
        }
        if (type.trimmed().compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QSqlQuery &CertificateRepository::prepared(std::shared_ptr<QSqlQuery> &slot,
                                           const QString &sql) const
{
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_db.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<qint64> CertificateRepository::insert(const CertificateRecord &c)
{
    QSqlQuery &q = prepared(
        m_insert,
        QStringLiteral(
            "INSERT INTO certificates (order_id, account_id, serial, subject, sans, issuer, "
            "not_before, not_after, sha256, sha1, key_type, key_ref, source, folder, files, "
            "created_at, chain_pem, authority_key_id, ekus, directory_url, profile, "
            "renewal_policy) "
            "VALUES (:order_id, :account_id, :serial, :subject, :sans, :issuer, :not_before, "
            ":not_after, :sha256, :sha1, :key_type, :key_ref, :source, :folder, :files, "
            ":created_at, "
            ":chain_pem, :aki, :ekus, :directory_url, :profile, :renewal_policy)"));
    q.bindValue(QStringLiteral(":order_id"), idOrNull(c.orderId));
    q.bindValue(QStringLiteral(":account_id"), idOrNull(c.accountId));
    q.bindValue(QStringLiteral(":serial"), text(c.serial));
    q.bindValue(QStringLiteral(":subject"), text(c.subject));
    q.bindValue(QStringLiteral(":sans"), jsonText(c.sans));
    q.bindValue(QStringLiteral(":issuer"), text(c.issuer));
    q.bindValue(QStringLiteral(":not_before"), isoUtc(c.notBefore));
    q.bindValue(QStringLiteral(":not_after"), isoUtc(c.notAfter));
    q.bindValue(QStringLiteral(":sha256"), text(c.sha256));
    q.bindValue(QStringLiteral(":sha1"), text(c.sha1));
    q.bindValue(QStringLiteral(":key_type"), text(c.keyType));
    q.bindValue(QStringLiteral(":key_ref"), text(c.keyRef));
    q.bindValue(QStringLiteral(":source"), text(c.source));
    q.bindValue(QStringLiteral(":folder"), text(c.folder));
    q.bindValue(QStringLiteral(":files"), jsonText(c.files));
    q.bindValue(QStringLiteral(":created_at"),
                isoUtc(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":chain_pem"), text(QString::fromLatin1(c.chainPem)));
    q.bindValue(QStringLiteral(":aki"), text(c.authorityKeyId));
    q.bindValue(QStringLiteral(":ekus"), text(c.ekus.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":directory_url"), text(c.directoryUrl));
    q.bindValue(QStringLiteral(":profile"), text(c.profile));
    q.bindValue(QStringLiteral(":renewal_policy"), text(c.renewalPolicy));
    if (!q.exec())
        return failed(CertificateRepositoryText::tr("Could not record the certificate."), q);
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Result<std::optional<CertificateRecord>> CertificateRepository::findById(qint64 id) const
{
    return selectOne(m_db, QStringLiteral("id = ?"), id, true);
}

Result<std::optional<CertificateRecord>>
CertificateRepository::findBySha256(const QString &sha256) const
{
    const QString normalized = normalizedSha256(sha256);
    if (normalized.isEmpty())
        return std::optional<CertificateRecord>();
    return selectOne(m_db, QStringLiteral("sha256 = ? ORDER BY id LIMIT 1"), normalized, false);
}

Result<QList<CertificateRecord>> CertificateRepository::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + CertColumns +
                QStringLiteral(", chain_pem FROM certificates ORDER BY not_after, id")))
        return failed(readFailed(), q);
    QList<CertificateRecord> out;
    while (q.next())
        out << certFromRow(q, true);
    return out;
}

Result<void> CertificateRepository::setRevoked(qint64 id, const QDateTime &at, int reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE certificates SET revoked_at = ?, revocation_reason = ? "
                             "WHERE id = ?"));
    q.addBindValue(isoUtc(at));
    q.addBindValue(reason >= 0 ? QVariant(reason) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(id);
    if (!q.exec())
        return failed(CertificateRepositoryText::tr("Could not record the revocation."), q);
    return {};
}

Result<QList<CertificateRecord>> CertificateRepository::renewable() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + CertColumns +
                QStringLiteral(" FROM certificates WHERE source = 'issued' AND order_id IS NOT "
                               "NULL AND replaced_by IS NULL AND revoked_at = '' "
                               "ORDER BY not_after, id")))
        return failed(readFailed(), q);
    QList<CertificateRecord> out;
    while (q.next())
        out << certFromRow(q, false);
    return out;
}

namespace {

Result<void> update(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(CertificateRepositoryText::tr("Could not record the certificate's renewal."),
                      q);
    return {};
}

} // namespace

Result<void> CertificateRepository::setRenewalPolicy(qint64 id, const QString &policy)
{
    return update(m_db, QStringLiteral("UPDATE certificates SET renewal_policy = ? WHERE id = ?"),
                  {text(policy), id});
}

Result<void> CertificateRepository::setRenewalInfo(qint64 id, const QDateTime &windowStart,
                                                   const QDateTime &windowEnd,
                                                   const QDateTime &renewalAt,
                                                   const QDateTime &retryAt)
{
    return update(m_db,
                  QStringLiteral("UPDATE certificates SET ari_window_start = ?, ari_window_end = "
                                 "?, renewal_at = ?, ari_retry_at = ? WHERE id = ?"),
                  {isoUtc(windowStart), isoUtc(windowEnd), isoUtc(renewalAt), isoUtc(retryAt), id});
}

Result<void> CertificateRepository::setRenewalInfoRetry(qint64 id, const QDateTime &retryAt)
{
    return update(m_db, QStringLiteral("UPDATE certificates SET ari_retry_at = ? WHERE id = ?"),
                  {isoUtc(retryAt), id});
}

Result<void> CertificateRepository::setRenewalState(qint64 id, const QString &state,
                                                    const QString &error, qint64 renewalOrderId,
                                                    const QDateTime &attemptAt)
{
    return update(
        m_db,
        QStringLiteral("UPDATE certificates SET renewal_state = ?, renewal_error = ?, "
                       "renewal_order_id = ?, renewal_attempt_at = CASE WHEN ? = '' "
                       "THEN renewal_attempt_at ELSE ? END WHERE id = ?"),
        {text(state), text(error),
         renewalOrderId > 0 ? QVariant(renewalOrderId) : QVariant(QMetaType::fromType<qint64>()),
         isoUtc(attemptAt), isoUtc(attemptAt), id});
}

Result<void> CertificateRepository::markReplaced(qint64 oldId, qint64 newId)
{
    auto inherit = update(m_db,
                          QStringLiteral("UPDATE certificates SET renewal_policy = (SELECT "
                                         "renewal_policy FROM certificates WHERE id = ?) WHERE "
                                         "id = ?"),
                          {oldId, newId});
    if (!inherit)
        return inherit;
    return update(m_db,
                  QStringLiteral("UPDATE certificates SET replaced_by = ?, renewal_state = "
                                 "'renewed', renewal_error = '' WHERE id = ?"),
                  {newId, oldId});
}

Result<QHash<QString, qint64>> CertificateRepository::idsBySha256() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256, id FROM certificates ORDER BY id DESC")))
        return failed(readFailed(), q);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong()); // the oldest row wins
    return out;
}

Result<QList<CertificateListRow>> CertificateRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.order_id, c.account_id, a.name, c.serial, c.subject, c.sans, "
            "c.issuer, c.not_before, c.not_after, c.sha256, c.key_type, c.source, c.folder, "
            "c.ekus, c.profile, c.renewal_policy, c.renewal_state, c.renewal_error, "
            "c.renewal_at, c.replaced_by, c.revoked_at, c.revocation_reason, c.created_at, "
            "c.ari_window_start, c.ari_window_end "
            "FROM certificates c LEFT JOIN accounts a ON a.id = c.account_id "
            "ORDER BY c.not_after, c.id")))
        return failed(readFailed(), q);
    // Reserved up front: growing a list of 10,000 rows moves every row several times.
    qsizetype expected = 0;
    if (QSqlQuery count(m_db.connection());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM certificates")) && count.next())
        expected = count.value(0).toLongLong();
    QList<CertificateListRow> rows;
    rows.reserve(expected);
    QList<QString> keys;
    keys.reserve(expected);
    NewestByNames newest;
    newest.reserve(expected);
    while (q.next()) {
        CertificateListRow r;
        int i = 0;
        r.id = q.value(i++).toLongLong();
        r.orderId = q.value(i++).toLongLong();
        r.accountId = q.value(i++).toLongLong();
        r.accountName = q.value(i++).toString();
        r.serial = q.value(i++).toString();
        r.subject = q.value(i++).toString();
        r.sans = stringList(q.value(i++).toString());
        r.issuer = q.value(i++).toString();
        r.notBefore = fromIso(q.value(i++).toString());
        r.notAfter = fromIso(q.value(i++).toString());
        r.sha256 = q.value(i++).toString();
        r.keyType = q.value(i++).toString();
        r.source = q.value(i++).toString();
        r.folder = q.value(i++).toString();
        r.ekus = ekuList(q.value(i++).toString());
        r.profile = q.value(i++).toString();
        r.renewalPolicy = q.value(i++).toString();
        r.renewalState = q.value(i++).toString();
        r.renewalError = q.value(i++).toString();
        r.renewalAt = fromIso(q.value(i++).toString());
        r.replacedBy = q.value(i++).toLongLong();
        r.revokedAt = fromIso(q.value(i++).toString());
        r.revocationReason = reasonOf(q.value(i++));
        r.createdAt = fromIso(q.value(i++).toString());
        r.ariWindowStart = fromIso(q.value(i++).toString());
        r.ariWindowEnd = fromIso(q.value(i++).toString());
        r.commonName = commonNameOf(r.subject);
        keys << namesKey(r.sans, r.subject);
        newest.consider(keys.constLast(), Age{r.notBefore, r.id}, r.source, r.revokedAt.isValid());
        rows.append(std::move(r));
    }

    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT s.certificate_id, COUNT(*) FROM certificate_sightings s") +
                latestSightingsWhere(QStringLiteral("s")) +
                QStringLiteral(" GROUP BY s.certificate_id")))
        return failed(readFailed(), s);
    QHash<qint64, int> deployments;
    while (s.next())
        deployments.insert(s.value(0).toLongLong(), s.value(1).toInt());

    for (qsizetype i = 0; i < rows.size(); ++i) {
        CertificateListRow &r = rows[i];
        r.newerCertificateId = newest.newerThan(keys.at(i), Age{r.notBefore, r.id});
        r.deployments = deployments.value(r.id);
        r.outdatedDeployments = r.newerCertificateId ? r.deployments : 0;
    }
    return rows;
}

Result<std::optional<CertificateRecord>>
CertificateRepository::latestFor(qint64 accountId, const QStringList &identifiers) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + CertColumns +
              QStringLiteral(" FROM certificates WHERE account_id = :a ORDER BY id DESC"));
    q.bindValue(QStringLiteral(":a"), accountId);
    if (!q.exec())
        return failed(readFailed(), q);
    QStringList wanted = identifiers;
    wanted.sort();
    while (q.next()) {
        CertificateRecord c = certFromRow(q, false);
        QStringList have = c.sans;
        have.sort();
        if (have == wanted)
            return std::optional<CertificateRecord>(c);
    }
    return std::optional<CertificateRecord>();
}

Result<QList<CertificateKeyRef>> CertificateRepository::keyRefs() const
{
    QSqlQuery q(m_db.connection());
    // A PFX password is kept while the certificate is current: issued here, neither replaced
    // nor revoked.
    if (!q.exec(QStringLiteral(
            "SELECT id, key_ref, sans, order_id, source = 'issued' AND order_id IS NOT NULL AND "
            "replaced_by IS NULL AND revoked_at = '' AND json_extract(files, '$.pfx') IS NOT NULL "
            "FROM certificates WHERE key_ref != '' OR json_extract(files, '$.pfx') IS NOT NULL "
            "ORDER BY id")))
        return failed(readFailed(), q);
    QList<CertificateKeyRef> out;
    while (q.next())
        out << CertificateKeyRef{q.value(0).toLongLong(), q.value(1).toString(),
                                 stringList(q.value(2).toString()), q.value(3).toLongLong(),
                                 q.value(4).toBool()};
    return out;
}

Result<void> CertificateRepository::clearKeyRef(const QString &keyRef)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE certificates SET key_ref = '' WHERE key_ref = ?"));
    q.addBindValue(keyRef);
    if (!q.exec())
        return failed(CertificateRepositoryText::tr("Could not update the certificates."), q);
    return {};
}

Result<qint64> CertificateRepository::recordSighting(const CertificateSighting &s)
{
    QSqlQuery &q = prepared(
        m_sighting,
        QStringLiteral(
            "INSERT INTO certificate_sightings (certificate_id, kind, location, sni, chain_pem, "
            "seen_at) VALUES (:cert, :kind, :location, :sni, CASE WHEN :chain = (SELECT "
            "chain_pem FROM certificates WHERE id = :cert) THEN '' ELSE :chain END, :seen) "
            "ON CONFLICT (certificate_id, kind, location, sni) DO UPDATE SET chain_pem = "
            "excluded.chain_pem, seen_at = excluded.seen_at RETURNING id"));
    q.bindValue(QStringLiteral(":cert"), s.certificateId);
    q.bindValue(QStringLiteral(":kind"), sightingKindName(s.kind));
    q.bindValue(QStringLiteral(":location"), text(s.location));
    q.bindValue(QStringLiteral(":sni"), text(s.sni));
    q.bindValue(QStringLiteral(":chain"), text(QString::fromLatin1(s.chainPem)));
    q.bindValue(QStringLiteral(":seen"),
                isoUtc(s.seenAt.isValid() ? s.seenAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !q.next())
        return failed(
            CertificateRepositoryText::tr("Could not record where the certificate was seen."), q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<CertificateSighting>> CertificateRepository::sightings(qint64 certificateId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.certificate_id, s.kind, s.location, s.sni, s.seen_at, "
        "CASE WHEN s.chain_pem = '' THEN c.chain_pem ELSE s.chain_pem END "
        "FROM certificate_sightings s JOIN certificates c ON c.id = s.certificate_id "
        "WHERE s.certificate_id = ? ORDER BY s.seen_at DESC, s.id DESC"));
    q.addBindValue(certificateId);
    if (!q.exec())
        return failed(readFailed(), q);
    QList<CertificateSighting> out;
    while (q.next())
        out << sightingFromRow(q, true);
    return out;
}

Result<QList<CertificateSighting>> CertificateRepository::latestSightings() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT s.id, s.certificate_id, s.kind, s.location, s.sni, "
                               "s.seen_at FROM certificate_sightings s") +
                latestSightingsWhere(QStringLiteral("s")) +
                QStringLiteral(" ORDER BY s.seen_at DESC, s.id DESC")))
        return failed(readFailed(), q);
    QList<CertificateSighting> out;
    while (q.next())
        out << sightingFromRow(q, false);
    return out;
}

Result<QList<OutdatedSighting>> CertificateRepository::outdatedSightings(qint64 certificateId) const
{
    return outdated(certificateId);
}

Result<QList<OutdatedSighting>> CertificateRepository::outdatedSightings() const
{
    return outdated(0);
}

Result<QList<OutdatedSighting>> CertificateRepository::outdated(qint64 onlyCertificateId) const
{
    auto latest = latestSightings();
    if (!latest)
        return latest.error();
    QList<OutdatedSighting> out;
    if (latest->isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, sans, subject, not_before, source, revoked_at "
                               "FROM certificates")))
        return failed(readFailed(), q);
    NewestByNames newest;
    QHash<qint64, QPair<QString, Age>> ages;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString key = namesKey(stringList(q.value(1).toString()), q.value(2).toString());
        const Age age{fromIso(q.value(3).toString()), id};
        newest.consider(key, age, q.value(4).toString(), !q.value(5).toString().isEmpty());
        ages.insert(id, {key, age});
    }
    for (const CertificateSighting &s : std::as_const(*latest)) {
        if (onlyCertificateId && s.certificateId != onlyCertificateId)
            continue;
        const auto it = ages.constFind(s.certificateId);
        if (it == ages.cend())
            continue;
        if (const qint64 newer = newest.newerThan(it->first, it->second))
            out << OutdatedSighting{s, newer};
    }
    return out;
}

} // namespace acmedesk
