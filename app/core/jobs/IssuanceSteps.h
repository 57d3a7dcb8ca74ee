// The steps of one issuance as a checklist: what IssuanceJob::stepChanged reports, and the list a
// front end keeps from those reports (IssuanceChecklist: pure logic, no widgets). The rows are,
// in this order: key, order, one per name's validation, finalize, waiting for the CA, download,
// files, deploy command.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace acmedesk {

enum class IssuanceStepKind { Key, Order, Validate, Finalize, WaitForCa, Download, Files, Deploy };
enum class IssuanceStepState { Pending, Running, Done, Failed, Skipped };

struct IssuanceStep
{
    IssuanceStepKind kind = IssuanceStepKind::Key;
    IssuanceStepState state = IssuanceStepState::Pending;
    QString identifier;  // Validate only: the name as ordered ("*." kept for wildcards)
    QString detail;      // e.g. "http-01", "already validated"; may be empty
    QDateTime nextCheck; // WaitForCa while running: when the job looks again
};

class IssuanceChecklist
{
public:
    // One Validate row per name, all pending; `deploy`: a deploy command is to run.
    explicit IssuanceChecklist(const QStringList &identifiers = {}, bool deploy = false);

    // Sets the row of `step`, keeping its detail when `step` has none (a Validate row for a name
    // not listed yet is added after the others). A step that runs or ends marks every pending row
    // before it as done (a resumed order reports from where it stands).
    void apply(const IssuanceStep &step);
    // The job ended: ok: rows still pending or running are done (skipped for the wait and the
    // deploy command when they never ran); not ok: the running row failed, later rows stay
    // pending.
    void finish(bool ok);

    const QList<IssuanceStep> &steps() const { return m_steps; }
    int indexOf(IssuanceStepKind kind, const QString &identifier = {}) const;

private:
    QList<IssuanceStep> m_steps;
};

} // namespace acmedesk

Q_DECLARE_METATYPE(acmedesk::IssuanceStep)
