// ACME authorization objects (core/acme/AcmeObjects readAuthorization, RFC 8555 section 7.1.4)
// and the choice of a challenge among them (core/jobs/ChallengeSolver::choose): the token ends
// up in a file name in the administrator's webroot.
#include "FuzzTarget.h"
#include "core/acme/AcmeObjects.h"
#include "core/acme/Challenges.h"
#include "core/jobs/ChallengeSolver.h"

#include <QJsonArray>
#include <QJsonDocument>

ACMEDESK_FUZZ_TARGET(acme_authorization)
{
    using namespace acmedesk;
    static const KeyPair accountKey = KeyPair::generate(KeyType::EcP256).value();
    const QJsonObject json = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    const AuthorizationObject a = readAuthorization(json);
    FUZZ_CHECK(a.status == json.value(QLatin1String("status")).toString());
    FUZZ_CHECK(a.wildcard == json.value(QLatin1String("wildcard")).toBool());
    FUZZ_CHECK(!a.expires.isValid() || !json.value(QLatin1String("expires")).toString().isEmpty());
    if (a.challengeError)
        FUZZ_CHECK(!json.value(QLatin1String("challenges")).toArray().isEmpty());

    const QUrl authzUrl(QStringLiteral("https://acme.example/authz/1"));
    for (const ChallengeRoute route :
         {ChallengeRoute::Auto, ChallengeRoute::Http01, ChallengeRoute::Dns01}) {
        const auto task = ChallengeSolver::choose(json, authzUrl, route, accountKey);
        if (!task) {
            FUZZ_CHECK(!task.error().message.isEmpty());
            continue;
        }
        FUZZ_CHECK(task->identifier == a.identifier);
        FUZZ_CHECK(task->type == QLatin1String("http-01") || task->type == QLatin1String("dns-01"));
        if (a.wildcard || route == ChallengeRoute::Dns01)
            FUZZ_CHECK(task->type == QLatin1String("dns-01"));
        // The token can only name a file inside the webroot's challenge folder.
        FUZZ_CHECK(!task->token.isEmpty() && task->token.size() <= 256);
        for (const QChar c : task->token)
            FUZZ_CHECK((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                       (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                       (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                       c == QLatin1Char('_'));
        FUZZ_CHECK(task->keyAuthorization == keyAuthorization(task->token, accountKey));
        FUZZ_CHECK(task->keyAuthorization ==
                   task->token + QLatin1Char('.') + QString::fromLatin1(accountKey.thumbprint()));
    }
    return 0;
}
