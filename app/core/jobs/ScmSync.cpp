#include "core/jobs/ScmSync.h"

#include "core/scm/ScmReaders.h"
#include "core/store/ScmRepository.h"

#include <QJsonObject>
#include <QPointer>

namespace acmedesk {

struct ScmSync::Listed
{
    QString name;
    QList<ScmDelegation> delegations; // from the filtered lists (no certificate types)
};

namespace {

bool sameDelegations(QList<ScmDelegation> a, QList<ScmDelegation> b)
{
    auto key = [](const ScmDelegation &d) { return std::pair(d.targetScmId, int(d.status)); };
    auto less = [&](const ScmDelegation &x, const ScmDelegation &y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (key(a.at(i)) != key(b.at(i)))
            return false;
    return true;
}

} // namespace

ScmSync::ScmSync(const Services &services, ScmConnection connection, ScmClientOptions options,
                 QObject *parent)
    : QObject(parent), m_services(services), m_conn(std::move(connection)), m_options(options)
{}

ScmSync::~ScmSync() = default;

void ScmSync::start()
{
    m_startedAt = m_services.clock->now();
    QPointer<ScmSync> self(this);
    m_services.secrets->read(secretkeys::scmPassword(m_conn.id), [self](Result<SecureBytes> pw) {
        if (!self)
            return;
        if (!pw) {
            Error e = pw.error();
            e.message = tr("The password of the SCM connection \"%1\" is not in the keychain (%2). "
                           "Connect to SCM again to store it.")
                            .arg(self->m_conn.name, pw.error().message);
            return self->fail(e);
        }
        self->m_client =
            std::make_unique<ScmClient>(self->m_conn, std::move(pw.value()), self->m_options);
        self->run();
    });
}

void ScmSync::cancel()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->cancel();
    fail(Error{Error::Kind::Cancelled, tr("The SCM sync was cancelled; nothing was changed.")});
}

void ScmSync::run()
{
    auto prev = ScmRepository(m_services.db).snapshot(m_conn.id);
    if (!prev)
        return fail(prev.error());
    m_previous = std::move(prev.value());
    readOrganizations();
    readLists();
}

void ScmSync::addParts(int n)
{
    m_partsTotal += n;
}

void ScmSync::partDone(const QString &step)
{
    ++m_partsDone;
    Q_EMIT progress(m_partsDone, std::max(m_partsTotal, m_partsDone), step);
}

void ScmSync::readOrganizations()
{
    ++m_listsPending;
    addParts(1);
    m_client->get(QStringLiteral("/api/organization/v1"), {}, tr("the organizations"),
                  [this](Result<ScmResponse> r) {
                      if (m_finished)
                          return;
                      if (!r)
                          return fail(r.error());
                      readScmOrganizations(r->json.array(), m_snapshot.organizations,
                                           m_snapshot.departments);
                      partDone(tr("organizations"));
                      readDelegations();
                      --m_listsPending;
                      maybeReadDetails();
                  });
}

void ScmSync::readDelegations()
{
    // One filtered list per organization or department and status answers every domain's
    // delegations at once (no request per domain).
    QList<qint64> targets;
    for (const auto &o : std::as_const(m_snapshot.organizations))
        targets << o.scmId;
    for (const auto &d : std::as_const(m_snapshot.departments))
        targets << d.scmId;
    for (qint64 target : std::as_const(targets)) {
        for (const DelegationStatus status :
             {DelegationStatus::Requested, DelegationStatus::Approved}) {
            ++m_listsPending;
            addParts(1);
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("orgId"), QString::number(target));
            q.addQueryItem(QStringLiteral("status"), delegationStatusName(status));
            readList(QStringLiteral("/api/domain/v1"), q,
                     tr("the domains delegated to %1").arg(target), tr("delegations"), true,
                     [this, target, status](const QJsonObject &o) {
                         auto &l = m_listed[o.value(QLatin1String("id")).toInteger()];
                         if (!l)
                             l = std::make_shared<Listed>();
                         if (l->name.isEmpty())
                             l->name = o.value(QLatin1String("name")).toString();
                         l->delegations << ScmDelegation{target, status, CertTypeNone};
                     });
        }
    }
}

void ScmSync::readLists()
{
    m_listsPending += 2;
    addParts(4);
    readList(QStringLiteral("/api/domain/v1"), {}, tr("the domains"), tr("domains"), true,
             [this](const QJsonObject &o) {
                 auto &l = m_listed[o.value(QLatin1String("id")).toInteger()];
                 if (!l)
                     l = std::make_shared<Listed>();
                 l->name = o.value(QLatin1String("name")).toString();
             });
    readList(QStringLiteral("/api/dcv/v2/validation"), {}, tr("the domain validations"),
             tr("domain validations"), true, [this](const QJsonObject &o) {
                 m_dcvByName.insert(o.value(QLatin1String("domain")).toString().toLower(), o);
             });
    m_otherPending += 2;
    readList(QStringLiteral("/api/acme/v2/account"), {}, tr("the ACME accounts"),
             tr("ACME accounts"), false,
             [this](const QJsonObject &o) { m_snapshot.acmeAccounts << readScmAcmeAccount(o); });
    readList(QStringLiteral("/api/acme/v1/server"), {}, tr("the ACME servers"), tr("ACME servers"),
             false,
             [this](const QJsonObject &o) { m_snapshot.acmeServers << readScmAcmeServer(o); });
}

// One list of the sync, already counted in m_listsPending (`beforeDetails`: the lists the
// detail requests wait for) or m_otherPending; `each` sees every entry, then the sync moves on.
void ScmSync::readList(const QString &path, const QUrlQuery &query, const QString &what,
                       const QString &step, bool beforeDetails,
                       std::function<void(const QJsonObject &)> each)
{
    m_client->getList(path, query, what, [this, step, beforeDetails, each](Result<QJsonArray> r) {
        if (m_finished)
            return;
        if (!r)
            return fail(r.error());
        for (const QJsonValue &v : *r)
            each(v.toObject());
        partDone(step);
        if (beforeDetails) {
            --m_listsPending;
            maybeReadDetails();
        } else {
            --m_otherPending;
            maybeFinish();
        }
    });
}

void ScmSync::maybeReadDetails()
{
    if (m_finished || m_listsPending > 0 || m_detailsStarted)
        return;
    m_detailsStarted = true;
    QHash<qint64, const ScmDomain *> previous;
    for (const ScmDomain &d : std::as_const(m_previous.domains))
        previous.insert(d.scmId, &d);
    const QDateTime now = m_services.clock->now();
    QList<qint64> ids = m_listed.keys();
    std::sort(ids.begin(), ids.end());
    QList<qint64> toRead;
    for (qint64 id : std::as_const(ids)) {
        const Listed &l = *m_listed.value(id);
        ScmDomain d;
        d.scmId = id;
        d.name = l.name;
        d.delegations = l.delegations;
        applyScmDcvRow(d, m_dcvByName.value(l.name.toLower()));
        d.lastSeenAt = now;
        const ScmDomain *p = previous.value(id);
        const bool fresh = p && p->detailsAt.isValid() &&
                           p->detailsAt.secsTo(now) < DetailsMaxAgeSecs && p->name == d.name &&
                           sameDelegations(p->delegations, d.delegations) &&
                           p->dcvStatus == d.dcvStatus && p->dcvMethod == d.dcvMethod &&
                           (p->dcvExpires == d.dcvExpires || !d.dcvExpires.isValid());
        if (fresh) {
            // Nothing a list shows changed: keep what the details said last time.
            d.delegations = p->delegations;
            d.validatedOn = p->validatedOn;
            if (!d.dcvExpires.isValid()) {
                d.dcvExpires = p->dcvExpires;
                d.dcvExpiresComputed = p->dcvExpiresComputed;
            }
            d.detailsAt = p->detailsAt;
        } else {
            toRead << id;
        }
        m_domainIndex.insert(id, m_snapshot.domains.size());
        m_snapshot.domains << d;
    }
    addParts(int(toRead.size()));
    m_detailsPending = int(toRead.size());
    for (qint64 id : std::as_const(toRead))
        readDetails(id);
    maybeFinish();
}

void ScmSync::readDetails(qint64 scmId)
{
    m_client->get(QStringLiteral("/api/domain/v1/%1").arg(scmId), {}, tr("the details of a domain"),
                  [this, scmId](Result<ScmResponse> r) {
                      if (m_finished)
                          return;
                      if (!r)
                          return fail(r.error());
                      if (const qsizetype at = m_domainIndex.value(scmId, -1); at >= 0) {
                          ScmDomain &d = m_snapshot.domains[at];
                          applyScmDomainDetails(d, r->json.object(),
                                                m_dcvByName.value(d.name.toLower())
                                                    .value(QLatin1String("dcvOrderStatus"))
                                                    .toString());
                          d.detailsAt = m_services.clock->now();
                      }
                      ++m_detailsFetched;
                      --m_detailsPending;
                      partDone(tr("domain details"));
                      maybeFinish();
                  });
}

void ScmSync::maybeFinish()
{
    if (m_finished || !m_detailsStarted || m_detailsPending > 0 || m_otherPending > 0)
        return;
    auto written = ScmRepository(m_services.db).replaceSnapshot(m_conn.id, m_snapshot, m_startedAt);
    if (!written)
        return fail(written.error());
    m_finished = true;
    m_done = true;
    Q_EMIT finished(true);
}

void ScmSync::fail(Error e)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_client && e.kind != Error::Kind::Cancelled)
        m_client->cancel();
    if (e.kind != Error::Kind::Cancelled)
        (void)ScmRepository(m_services.db).recordSyncFailure(m_conn.id, e.message);
    m_error = std::move(e);
    Q_EMIT finished(false);
}

} // namespace acmedesk
