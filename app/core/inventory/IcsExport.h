// The certificates' expiry dates as an iCalendar file (RFC 5545) for any calendar application:
// one all-day event per certificate on the day it expires (the local date, as the dashboard
// shows it) with a reminder before it, CRLF line ends, lines folded at 75 octets (never inside a
// UTF-8 sequence), text values escaped. An event's UID comes from the certificate's SHA-256
// fingerprint, so importing a newer export updates the events instead of doubling them.
#pragma once

#include "core/store/CertificateRepository.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace acmedesk {

class IcsExport
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)
public:
    // The reminder: a week before for certificates that live 90 days or more; 10 % of the
    // lifetime (at least an hour) before for shorter ones, so a 6-day certificate reminds 14
    // hours ahead instead of after it expired.
    static qint64 alarmSecondsBefore(const QDateTime &notBefore, const QDateTime &notAfter);

    // The calendar of `certificates` (every one given), stamped `now` (DTSTAMP).
    static QByteArray calendar(const QList<CertificateListRow> &certificates, const QDateTime &now);

    // The certificates whose expiry still matters: not revoked and not renewed (replaced by
    // a successor), expired ones included. Written to a temporary file beside `path` and renamed
    // over it (0644 less the umask). Returns the number of events.
    static Result<int> write(const Database &db, const Clock &clock, const QString &path);

    // RFC 5545 building blocks.
    static QString escapeText(const QString &text);  // '\', ';', ',' and line breaks
    static QByteArray foldLine(const QString &line); // the line, folded, with its CRLF
};

} // namespace acmedesk
