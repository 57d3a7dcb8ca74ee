// Audit log: who did what when. Callers must never pass secrets; record() additionally refuses
// text that looks like a PEM block.
#pragma once

#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <array>
#include <optional>

namespace acmedesk {

// What an event records. The database keeps the dotted name (eventKindName); labels and icons
// for people live in models/EventTableModel. Append new kinds; never rename a stored name.
enum class EventKind {
    AccountRegistered,         // "account.registered"
    AccountRegistrationFailed, // "account.registration-failed"
    AccountDeactivated,        // "account.deactivated"
    AccountRollover,           // "account.rollover"
    AccountContactsUpdated,    // "account.contacts-updated"
    AccountUnknown,            // "account.unknown": the CA no longer knows the account
    AccountRemoved,            // "account.removed"
    AccountKeyReconciled,      // "account.key-reconciled"
    OrderCreated,              // "order.created"
    OrderPaused,               // "order.paused"
    OrderResumed,              // "order.resumed"
    OrderFailed,               // "order.failed"
    OrderForgotten,            // "order.forgotten"
    CertificateIssued,         // "certificate.issued"
    DeployFailed,              // "deploy.failed"
    HookFailed,                // "hook.failed"
    KeychainCleaned,           // "keychain.cleaned"
    // A domain's validation in SCM; the subject is the domain's name.
    DcvStarted,       // "dcv.started"
    DcvSubmitted,     // "dcv.submitted"
    DcvStatusChanged, // "dcv.status-changed": SCM reported another status than the row had
    DcvFailed,        // "dcv.failed": SCM refused a start or a submit
    DcvMarkedByHand,  // "dcv.marked-by-hand"
    // Revocation at the CA; the subject is the certificate's names.
    CertificateRevoked, // "certificate.revoked" (also: the CA had revoked it already)
    RevocationFailed,   // "certificate.revocation-failed": the CA refused, or no answer
    // Renewal; the subject is "certificate:<id>" of the certificate renewed.
    RenewalStarted,   // "renewal.started": a renewal order was queued (and why it was due)
    RenewalSucceeded, // "renewal.succeeded": the successor is recorded, files replaced
    RenewalFailed,    // "renewal.failed": the order failed, or could not be made
};

// Every kind, in declaration order (for tests and for views that list them all).
inline constexpr std::array allEventKinds{
    EventKind::AccountRegistered,
    EventKind::AccountRegistrationFailed,
    EventKind::AccountDeactivated,
    EventKind::AccountRollover,
    EventKind::AccountContactsUpdated,
    EventKind::AccountUnknown,
    EventKind::AccountRemoved,
    EventKind::AccountKeyReconciled,
    EventKind::OrderCreated,
    EventKind::OrderPaused,
    EventKind::OrderResumed,
    EventKind::OrderFailed,
    EventKind::OrderForgotten,
    EventKind::CertificateIssued,
    EventKind::DeployFailed,
    EventKind::HookFailed,
    EventKind::KeychainCleaned,
    EventKind::DcvStarted,
    EventKind::DcvSubmitted,
    EventKind::DcvStatusChanged,
    EventKind::DcvFailed,
    EventKind::DcvMarkedByHand,
    EventKind::CertificateRevoked,
    EventKind::RevocationFailed,
    EventKind::RenewalStarted,
    EventKind::RenewalSucceeded,
    EventKind::RenewalFailed,
};

QString eventKindName(EventKind kind); // the stored, dotted name
// The subject of events about one certificate ("certificate:<id>"): renewals, its history.
QString certificateEventSubject(qint64 certificateId);
std::optional<EventKind> eventKindFromName(QStringView name); // nullopt for unknown names

struct Event
{
    qint64 id = 0;
    QDateTime at;    // UTC
    QString kind;    // the stored name, e.g. "account.registered"; older rows may hold others
    QString subject; // e.g. the account name
    QString message; // one human sentence
    bool failure = false;

    std::optional<EventKind> knownKind() const { return eventKindFromName(kind); }
};

class EventLog
{
public:
    explicit EventLog(Database db) : m_db(std::move(db)) {}
    Result<qint64> record(EventKind kind, const QString &subject, const QString &message,
                          bool failure = false);
    Result<QList<Event>> recent(int limit = 500) const; // newest first
    // The events whose subject is `subject` (case-insensitive, e.g. a domain's name), newest
    // first; `kindPrefix` ("dcv.") keeps only those kinds.
    Result<QList<Event>> about(const QString &subject, const QString &kindPrefix = {},
                               int limit = 500) const;

private:
    // Every event (null `subject`) or those about `subject`.
    Result<QList<Event>> select(const QString &subject, const QString &kindPrefix, int limit) const;

    Database m_db;
};

} // namespace acmedesk
