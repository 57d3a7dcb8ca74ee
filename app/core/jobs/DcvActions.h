// A domain's validation (DCV) in SCM, for the GUI's Domains page and the CLI alike: start it by a
// method (SCM answers what to publish), submit it, read its status; or mark a result by hand for
// a domain AcmeDesk cannot validate through SCM's API. One DcvActions per domain row; one request
// at a time, each answered by finished() exactly once, later (never from inside the call);
// cancel() stops it and writes nothing. After a start, a submit or a status the domain's row holds
// what SCM said (method, status, SCM's words, validation date, expiry: computed from the
// validation date when SCM gives none), and the event log has the step with the domain's name as
// subject (EventLog::about(name, "dcv.") lists a domain's DCV history). Nothing secret is logged:
// the password stays in the keychain and the client.
#pragma once

#include "core/Services.h"
#include "core/scm/ScmClient.h"
#include "core/scm/ScmDcv.h"
#include "core/store/EventLog.h"
#include "core/store/ScmRepository.h"

#include <QObject>
#include <memory>
#include <optional>

namespace acmedesk {

class DcvActions : public QObject
{
    Q_OBJECT
public:
    enum class Step { None, Start, Submit, Status };
    Q_ENUM(Step)

    DcvActions(const Services &services, qint64 domainId, ScmClientOptions options = {},
               QObject *parent = nullptr);
    ~DcvActions() override;

    // Start by `method`. Email: SCM lists the addresses (instructions().emails) and nothing
    // changes in SCM until submit(Email, address). TXT: SCM's API starts it by submitting, so
    // state() is set too.
    // Each returns false (and does nothing) while a request runs.
    bool start(DcvMethod method);
    // Submit; `method` None: the method of the last start, else the row's. Email needs `email`.
    bool submit(DcvMethod method = DcvMethod::None, const QString &email = {});
    // Read SCM's status of the domain's validation (the order and the result).
    bool refreshStatus();
    void cancel(); // finished(false) with Error::Kind::Cancelled; nothing is written

    bool busy() const { return m_step != Step::None; }
    Step lastStep() const { return m_lastStep; }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    const DcvInstructions &instructions() const { return m_instructions; } // of the last start
    const std::optional<DcvState> &state() const { return m_state; } // of the last submit/status
    const DomainDcvRow &row() const { return m_row; } // as stored after the last step

    // An administrator's own record of a result (no SCM request): the row and the event log.
    // `on` invalid: the clock's today.
    static Result<DomainDcvRow> markByHand(const Services &services, qint64 domainId,
                                           DcvMethod method, DcvStatus status, QDate on = {});

Q_SIGNALS:
    void finished(bool ok);

private:
    bool begin(Step step);
    void withClient(std::function<void()> next);
    void onStarted(Result<DcvStartResult> r);
    void onState(Step step, Result<DcvState> r);
    static void apply(const DcvState &s, bool fromStatus, DomainDcvRow &row);
    void record(EventKind kind, const QString &message, bool failure = false);
    void fail(Error e);
    void succeed();

    Services m_services;
    qint64 m_domainId;
    ScmClientOptions m_options;
    std::unique_ptr<ScmClient> m_client;
    ScmConnection m_conn;
    DomainDcvRow m_row;
    Step m_step = Step::None;
    Step m_lastStep = Step::None;
    DcvMethod m_method = DcvMethod::None; // of the request running (or the last start)
    quint64 m_generation = 0;             // a cancelled request's answer is ignored
    std::optional<Error> m_error;
    DcvInstructions m_instructions;
    std::optional<DcvState> m_state;
};

} // namespace acmedesk
