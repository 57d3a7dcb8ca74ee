// RFC 7807 problem documents from ACME servers (core/acme/Problem) and the advice made of them.
#include "core/acme/Problem.h"

#include "FuzzTarget.h"

#include <QJsonDocument>
#include <iterator>

ACMEDESK_FUZZ_TARGET(problem)
{
    using namespace acmedesk;
    const QByteArray body = fuzz::bytes(data, size);
    // The HTTP status the answer came with: taken from the first byte, so that 404 and the
    // usual 4xx/5xx are all reached.
    static const int statuses[] = {0, 400, 401, 403, 404, 409, 429, 500, 503};
    const int httpStatus = size ? statuses[data[0] % std::size(statuses)] : 0;
    const Problem p = Problem::fromJson(body, httpStatus);

    const QJsonObject o = QJsonDocument::fromJson(body).object();
    FUZZ_CHECK(p.type == o.value(QLatin1String("type")).toString());
    FUZZ_CHECK(p.detail == o.value(QLatin1String("detail")).toString());
    FUZZ_CHECK(p.shortType().size() <= p.type.size());
    FUZZ_CHECK(p.type.endsWith(p.shortType()));
    if (!o.contains(QLatin1String("status")))
        FUZZ_CHECK(p.httpStatus == httpStatus);

    // Re-serialised, the problem reads back the same.
    QJsonObject again;
    again.insert(QLatin1String("type"), p.type);
    again.insert(QLatin1String("detail"), p.detail);
    again.insert(QLatin1String("status"), p.httpStatus);
    again.insert(QLatin1String("subproblems"), p.subproblems);
    const Problem q = Problem::fromObject(again);
    FUZZ_CHECK(q.type == p.type && q.detail == p.detail && q.httpStatus == p.httpStatus &&
               q.subproblems == p.subproblems);

    // Every context has a sentence for every problem; the server's text is never part of it
    // (it goes into the detail only), so the sentence stays short whatever the server sent.
    for (const ProblemContext c :
         {ProblemContext::Generic, ProblemContext::NewAccount, ProblemContext::NewAccountWithEab,
          ProblemContext::Order, ProblemContext::Finalize, ProblemContext::Revoke}) {
        const QString advice = adviceFor(p, c);
        FUZZ_CHECK(!advice.isEmpty());
        FUZZ_CHECK(advice.size() < 400);
        const Error e = toError(p, c);
        FUZZ_CHECK(e.kind == Error::Kind::Problem);
        FUZZ_CHECK(e.message == advice);
        FUZZ_CHECK(e.code == p.shortType());
        FUZZ_CHECK(e.detail.contains(p.detail));
    }
    return 0;
}
