// What an administrator does for a domain's validation without AcmeDesk reaching SCM's API (a
// domain entered by hand, or a login without API access): the steps in SCM's web interface and
// what SCM will ask to publish, from the method's rules. Pure functions; the GUI and the CLI show
// the same texts.
#pragma once

#include "core/scm/ScmTypes.h"

#include <QStringList>

namespace acmedesk {

struct DcvGuidance
{
    DcvMethod method = DcvMethod::None;
    QString domain;     // as asked; the registered domain SCM validates may be a parent
    QString summary;    // one sentence: what the method proves
    QStringList steps;  // in SCM's web interface, in order
    QString publish;    // what SCM will ask to publish, and where
    QStringList emails; // Email: the constructed addresses SCM may offer
    QString note;       // Email: dcvEmailNote(); empty for the others
};

// For CNAME, HTTP, HTTPS, TXT and Email; for None/Auto a guidance that says to pick a method.
DcvGuidance dcvGuidance(DcvMethod method, const QString &domain);

// CA/Browser Forum ballot SC-090 phases out e-mail based validation; shown with every Email DCV.
QString dcvEmailNote();

// The name SCM validates for `domain`: without a leading "*." (a wildcard is validated on its
// base name).
QString dcvBaseName(const QString &domain);

} // namespace acmedesk
