#include "core/jobs/IssuanceSteps.h"

namespace acmedesk {

IssuanceChecklist::IssuanceChecklist(const QStringList &identifiers, bool deploy)
{
    const auto add = [this](IssuanceStepKind kind, const QString &identifier = {}) {
        IssuanceStep s;
        s.kind = kind;
        s.identifier = identifier;
        m_steps << s;
    };
    add(IssuanceStepKind::Key);
    add(IssuanceStepKind::Order);
    for (const QString &name : identifiers)
        add(IssuanceStepKind::Validate, name);
    add(IssuanceStepKind::Finalize);
    add(IssuanceStepKind::WaitForCa);
    add(IssuanceStepKind::Download);
    add(IssuanceStepKind::Files);
    add(IssuanceStepKind::Deploy);
    if (!deploy)
        m_steps.last().state = IssuanceStepState::Skipped;
}

int IssuanceChecklist::indexOf(IssuanceStepKind kind, const QString &identifier) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const IssuanceStep &s = m_steps.at(i);
        if (s.kind == kind && (kind != IssuanceStepKind::Validate || s.identifier == identifier))
            return i;
    }
    return -1;
}

void IssuanceChecklist::apply(const IssuanceStep &step)
{
    int at = indexOf(step.kind, step.identifier);
    if (at < 0) {
        if (step.kind != IssuanceStepKind::Validate)
            return;
        // After the last Validate row, else before Finalize.
        at = indexOf(IssuanceStepKind::Finalize);
        for (int i = 0; i < m_steps.size(); ++i)
            if (m_steps.at(i).kind == IssuanceStepKind::Validate)
                at = i + 1;
        m_steps.insert(at, step);
    } else {
        // A step that ends without a detail keeps the one it started with (e.g. the key type).
        const QString detail = m_steps.at(at).detail;
        m_steps[at] = step;
        if (step.detail.isEmpty())
            m_steps[at].detail = detail;
    }
    if (step.state == IssuanceStepState::Pending)
        return;
    for (int i = 0; i < at; ++i) {
        IssuanceStep &before = m_steps[i];
        if (before.state == IssuanceStepState::Pending ||
            before.state == IssuanceStepState::Running)
            before.state = before.kind == IssuanceStepKind::WaitForCa &&
                                   before.state == IssuanceStepState::Pending
                               ? IssuanceStepState::Skipped
                               : IssuanceStepState::Done;
        if (before.kind == IssuanceStepKind::WaitForCa)
            before.nextCheck = {};
    }
}

void IssuanceChecklist::finish(bool ok)
{
    for (IssuanceStep &s : m_steps) {
        if (ok) {
            if (s.state == IssuanceStepState::Running)
                s.state = IssuanceStepState::Done;
            else if (s.state == IssuanceStepState::Pending)
                s.state =
                    s.kind == IssuanceStepKind::WaitForCa || s.kind == IssuanceStepKind::Deploy
                        ? IssuanceStepState::Skipped
                        : IssuanceStepState::Done;
        } else if (s.state == IssuanceStepState::Running) {
            s.state = IssuanceStepState::Failed;
        }
        s.nextCheck = {};
    }
}

} // namespace acmedesk
