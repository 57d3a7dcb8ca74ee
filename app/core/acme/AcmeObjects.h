// What AcmeDesk reads from the objects an ACME server sends (RFC 8555 section 7.1): orders,
// authorizations and Link headers. Pure functions of the server's answer, so that they can be
// tested and fuzzed without a server; the state machine (jobs/IssuanceJob) decides what to do.
#pragma once

#include "core/acme/Problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMultiMap>
#include <QSet>
#include <QString>
#include <QUrl>
#include <optional>

namespace acmedesk {

struct OrderObject
{
    QString status;
    QSet<QString> identifiers; // the identifiers' values, lower case
    QList<QUrl> authorizations;
    QUrl finalize;    // empty when the order names none (or nothing a URL can be made of)
    QUrl certificate; // likewise
    Problem error;    // type empty when the order carries none
};
OrderObject readOrder(const QJsonObject &json);

struct AuthorizationObject
{
    QString identifier; // the identifier's value as sent (without "*." for a wildcard)
    bool wildcard = false;
    QString status;
    QDateTime expires;                     // invalid when absent or unreadable
    std::optional<Problem> challengeError; // the first challenge that carries an "error"
};
AuthorizationObject readAuthorization(const QJsonObject &json);

// Link header values (RFC 8288, `<url>;rel="next"`, several per header and several headers),
// rel -> URL resolved against `base` (the URL of the answer).
QMultiMap<QString, QUrl> parseLinkHeaders(const QList<QByteArray> &values, const QUrl &base);

} // namespace acmedesk
