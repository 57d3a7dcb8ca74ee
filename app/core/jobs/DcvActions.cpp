#include "core/jobs/DcvActions.h"

#include "core/scm/DcvExpiry.h"

#include <QPointer>
#include <QTimer>

namespace acmedesk {

DcvActions::DcvActions(const Services &services, qint64 domainId, ScmClientOptions options,
                       QObject *parent)
    : QObject(parent), m_services(services), m_domainId(domainId), m_options(options)
{}

DcvActions::~DcvActions() = default;

bool DcvActions::begin(Step step)
{
    if (busy())
        return false;
    m_step = step;
    m_lastStep = step;
    m_error.reset();
    ScmRepository repo(m_services.db);
    auto row = repo.dcvRow(m_domainId);
    if (!row || !*row) {
        fail(row ? Error::invalid(tr("This domain is no longer stored; sync the domains again."))
                 : row.error());
        return true;
    }
    m_row = **row;
    if (m_row.connectionId == 0) {
        fail(Error::invalid(tr("%1 was entered by hand, so AcmeDesk cannot validate it through "
                               "SCM's API. Validate it in SCM's web interface as the guidance "
                               "says, then mark the result by hand.")
                                .arg(m_row.name)));
        return true;
    }
    auto conn = repo.findConnection(m_row.connectionId);
    if (!conn || !*conn) {
        fail(conn ? Error::invalid(
                        tr("The SCM connection of %1 is no longer stored.").arg(m_row.name))
                  : conn.error());
        return true;
    }
    m_conn = **conn;
    return true;
}

void DcvActions::withClient(std::function<void()> next)
{
    if (m_client && m_client->connection().id == m_conn.id)
        return next();
    QPointer<DcvActions> self(this);
    const quint64 gen = m_generation;
    m_services.secrets->read(
        secretkeys::scmPassword(m_conn.id), [self, gen, next](Result<SecureBytes> pw) {
            if (!self || gen != self->m_generation)
                return;
            if (!pw) {
                Error e = pw.error();
                e.message = tr("The password of the SCM connection \"%1\" is not in the keychain "
                               "(%2). Connect to SCM again to store it.")
                                .arg(self->m_conn.name, pw.error().message);
                return self->fail(e);
            }
            self->m_client =
                std::make_unique<ScmClient>(self->m_conn, std::move(pw.value()), self->m_options);
            next();
        });
}

bool DcvActions::start(DcvMethod method)
{
    if (!begin(Step::Start))
        return false;
    if (m_error)
        return true;
    m_method = method;
    const quint64 gen = m_generation;
    withClient([this, method, gen] {
        startDcv(*m_client, m_row.name, method, [this, gen](Result<DcvStartResult> r) {
            if (gen == m_generation)
                onStarted(std::move(r));
        });
    });
    return true;
}

bool DcvActions::submit(DcvMethod method, const QString &email)
{
    if (!begin(Step::Submit))
        return false;
    if (m_error)
        return true;
    if (method == DcvMethod::None) {
        // The method started here, else the one of a validation waiting in SCM; never a guess
        // from an old validation's method (that would start a new order by it).
        const bool waiting = m_row.dcvStatus == DcvStatus::AwaitingSubmission ||
                             m_row.dcvStatus == DcvStatus::Submitted;
        method = m_instructions.method != DcvMethod::None ? m_instructions.method
                 : waiting                                ? m_row.dcvMethod
                                                          : DcvMethod::None;
        if (!dcvMethodActionable(method)) {
            fail(Error::invalid(tr("No validation of %1 waits for submission: start one by a "
                                   "method first, or say which method to submit.")
                                    .arg(m_row.name)));
            return true;
        }
    }
    m_method = method;
    const quint64 gen = m_generation;
    withClient([this, method, email, gen] {
        submitDcv(*m_client, m_row.name, method, email, [this, gen](Result<DcvState> r) {
            if (gen == m_generation)
                onState(Step::Submit, std::move(r));
        });
    });
    return true;
}

bool DcvActions::refreshStatus()
{
    if (!begin(Step::Status))
        return false;
    if (m_error)
        return true;
    const quint64 gen = m_generation;
    withClient([this, gen] {
        readDcvStatus(*m_client, m_row.name, [this, gen](Result<DcvState> r) {
            if (gen == m_generation)
                onState(Step::Status, std::move(r));
        });
    });
    return true;
}

void DcvActions::cancel()
{
    if (!busy())
        return;
    ++m_generation;
    if (m_client)
        m_client->cancel();
    m_step = Step::None;
    m_error = Error{
        Error::Kind::Cancelled,
        tr("The validation request for %1 was cancelled; nothing was changed.").arg(m_row.name)};
    Q_EMIT finished(false);
}

void DcvActions::onStarted(Result<DcvStartResult> r)
{
    const QString by = dcvMethodLabel(m_method);
    if (!r) {
        if (r.error().kind != Error::Kind::Cancelled)
            record(EventKind::DcvFailed, r.error().message, true);
        return fail(r.error());
    }
    m_instructions = r->instructions;
    m_state = r->submitted;
    DomainDcvRow row = m_row;
    QString message;
    if (r->submitted) {
        apply(*r->submitted, false, row);
        message = tr("Validation by %1 started in SCM; SCM checks the record on its own.").arg(by);
    } else if (m_method == DcvMethod::Email) {
        message = tr("SCM offered %n address(es) for validation by Email.", nullptr,
                     int(m_instructions.emails.size()));
    } else {
        row.dcvMethod = m_method;
        if (row.dcvStatus != DcvStatus::Validated && row.dcvStatus != DcvStatus::Submitted) {
            row.dcvStatus = DcvStatus::AwaitingSubmission;
            row.dcvStatusText.clear();
        }
        message =
            tr("Validation by %1 started in SCM; publish what it asks for, then submit.").arg(by);
    }
    if (auto written = ScmRepository(m_services.db).updateDcv(row); !written)
        return fail(written.error());
    record(EventKind::DcvStarted, message);
    if (row.dcvStatus != m_row.dcvStatus && r->submitted)
        record(EventKind::DcvStatusChanged,
               tr("SCM now reports %1 (was %2).")
                   .arg(dcvStatusLabel(row.dcvStatus), dcvStatusLabel(m_row.dcvStatus)));
    m_row = row;
    succeed();
}

void DcvActions::onState(Step step, Result<DcvState> r)
{
    if (!r) {
        if (step == Step::Submit && r.error().kind != Error::Kind::Cancelled)
            record(EventKind::DcvFailed, r.error().message, true);
        return fail(r.error());
    }
    m_state = *r;
    DomainDcvRow row = m_row;
    apply(*r, step == Step::Status, row);
    if (auto written = ScmRepository(m_services.db).updateDcv(row); !written)
        return fail(written.error());
    if (step == Step::Submit)
        record(EventKind::DcvSubmitted,
               r->message.isEmpty()
                   ? tr("Validation by %1 submitted to SCM.").arg(dcvMethodLabel(m_method))
                   : tr("Validation by %1 submitted to SCM: %2.")
                         .arg(dcvMethodLabel(m_method), r->message));
    if (row.dcvStatus != m_row.dcvStatus) {
        QString message = tr("SCM now reports %1 (was %2).")
                              .arg(dcvStatusLabel(row.dcvStatus), dcvStatusLabel(m_row.dcvStatus));
        if (row.dcvExpires.isValid() && row.dcvStatus == DcvStatus::Validated)
            message += QLatin1Char(' ') +
                       (row.dcvExpiresComputed
                            ? tr("The validation can be reused until %1 (computed from the "
                                 "validation date).")
                            : tr("The validation can be reused until %1."))
                           .arg(row.dcvExpires.toString(Qt::ISODate));
        record(EventKind::DcvStatusChanged, message);
    }
    m_row = row;
    succeed();
}

void DcvActions::apply(const DcvState &s, bool fromStatus, DomainDcvRow &row)
{
    if (s.method != DcvMethod::None && s.method != DcvMethod::Auto)
        row.dcvMethod = s.method;
    if (s.status != DcvStatus::Unknown || !s.statusText.isEmpty())
        row.dcvStatus = s.status;
    if (!s.statusText.isEmpty())
        row.dcvStatusText = s.statusText;
    if (s.validatedOn.isValid())
        row.validatedOn = s.validatedOn;
    if (s.expires.isValid()) {
        row.dcvExpires = s.expires;
        row.dcvExpiresComputed = false;
    } else if (s.validatedOn.isValid()) {
        row.dcvExpires = dcvExpiryFor(s.validatedOn);
        row.dcvExpiresComputed = true;
    } else if (fromStatus && !s.validatedOn.isValid() &&
               (s.status == DcvStatus::NotValidated || s.status == DcvStatus::AwaitingSubmission ||
                s.status == DcvStatus::Submitted || s.status == DcvStatus::Failed)) {
        // SCM says it holds no validation of the domain: no reuse period runs.
        row.validatedOn = {};
        row.dcvExpires = {};
        row.dcvExpiresComputed = false;
    }
}

void DcvActions::record(EventKind kind, const QString &message, bool failure)
{
    // The event log is the history, not the outcome: a failed write does not fail the step.
    (void)EventLog(m_services.db).record(kind, m_row.name, message, failure);
}

void DcvActions::fail(Error e)
{
    m_error = std::move(e);
    const quint64 gen = m_generation;
    // Never from inside the call that started the request.
    QTimer::singleShot(0, this, [this, gen] {
        if (gen != m_generation)
            return;
        m_step = Step::None;
        Q_EMIT finished(false);
    });
}

void DcvActions::succeed()
{
    m_step = Step::None;
    Q_EMIT finished(true);
}

Result<DomainDcvRow> DcvActions::markByHand(const Services &services, qint64 domainId,
                                            DcvMethod method, DcvStatus status, QDate on)
{
    if (!on.isValid())
        on = services.clock->now().toUTC().date();
    auto row =
        ScmRepository(services.db).markDcvByHand(domainId, method, status, on, *services.clock);
    if (!row)
        return row.error();
    QString message = tr("Marked by hand: %1 on %2.")
                          .arg(dcvStatusLabel(row->dcvStatus), on.toString(Qt::ISODate));
    if (row->dcvExpires.isValid())
        message += QLatin1Char(' ') + tr("The validation can be reused until %1 (computed from "
                                         "the validation date).")
                                          .arg(row->dcvExpires.toString(Qt::ISODate));
    (void)EventLog(services.db).record(EventKind::DcvMarkedByHand, row->name, message);
    return row;
}

} // namespace acmedesk
