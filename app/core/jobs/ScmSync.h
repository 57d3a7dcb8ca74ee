// One sync of one SCM connection: reads organizations with departments, every domain (paged),
// the delegations per organization and department (the domain list filtered by orgId and
// status), DCV state (the validation list), SCM's ACME accounts and ACME servers, and a
// domain's details (/api/domain/v1/{id}: certificate types, validation date) only when the
// domain is new, a list shows it changed, or its details are older than a day. Everything is
// written in one transaction at the end: a failed or cancelled sync leaves the previous data
// whole and says what failed.
#pragma once

#include "core/Services.h"
#include "core/scm/ScmClient.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace acmedesk {

class ScmSync : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DetailsMaxAgeSecs = 24 * 3600;

    // Reads the connection's password from the keychain when started.
    ScmSync(const Services &services, ScmConnection connection, ScmClientOptions options = {},
            QObject *parent = nullptr);
    ~ScmSync() override;

    void start();
    void cancel(); // answers finished(false) with Error::Kind::Cancelled; nothing is written

    bool ok() const { return !m_error.has_value() && m_done; }
    const Error &error() const { return *m_error; }
    const ScmSnapshot &snapshot() const { return m_snapshot; }
    int requestCount() const { return m_client ? m_client->requestCount() : 0; }
    int maxInFlight() const { return m_client ? m_client->maxInFlightSeen() : 0; }
    int detailsFetched() const { return m_detailsFetched; }

Q_SIGNALS:
    // `done` of `total` parts read so far (both grow while lists reveal their size).
    void progress(int done, int total, const QString &step);
    void finished(bool ok);

private:
    struct Listed; // what the lists said about one domain
    void run();
    void readOrganizations();
    void readDelegations();
    void readLists();
    void readList(const QString &path, const QUrlQuery &query, const QString &what,
                  const QString &step, bool beforeDetails,
                  std::function<void(const QJsonObject &)> each);
    void maybeReadDetails();
    void readDetails(qint64 scmId);
    void maybeFinish();
    void fail(Error e);
    void partDone(const QString &step);
    void addParts(int n);

    Services m_services;
    ScmConnection m_conn;
    ScmClientOptions m_options;
    std::unique_ptr<ScmClient> m_client;
    ScmSnapshot m_previous;
    ScmSnapshot m_snapshot;
    std::optional<Error> m_error;
    bool m_done = false;
    bool m_finished = false;
    QDateTime m_startedAt;

    QHash<qint64, std::shared_ptr<Listed>> m_listed; // by SCM domain id
    QHash<qint64, qsizetype> m_domainIndex;          // SCM id -> m_snapshot.domains
    QHash<QString, QJsonObject> m_dcvByName;         // lower-case name -> validation row
    int m_listsPending = 0;                          // domain, DCV and delegation lists
    int m_detailsPending = 0;
    int m_otherPending = 0; // ACME accounts and servers
    bool m_detailsStarted = false;
    int m_detailsFetched = 0;
    int m_partsDone = 0;
    int m_partsTotal = 0;
};

} // namespace acmedesk
