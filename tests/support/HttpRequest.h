// Reading HTTP/1.1 requests off a connection, for the small servers of the tests (FakeAcmeServer,
// the hostile ACME server, tst_acmelimits): request line, headers and a Content-Length body.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace acmedesk::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray body;
};

// The first complete request in `buffer`, removed from it; std::nullopt while it is incomplete.
// `tooLarge` (optional) is set when the buffer holds more than `maxBytes` without a complete
// request, or announces a larger body: the connection is best closed then.
inline std::optional<HttpRequest> takeHttpRequest(QByteArray &buffer, qsizetype maxBytes,
                                                  bool *tooLarge = nullptr)
{
    if (tooLarge)
        *tooLarge = false;
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (tooLarge)
            *tooLarge = buffer.size() > maxBytes;
        return std::nullopt;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    qsizetype length = 0;
    for (const QByteArray &line : lines)
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (length < 0 || length > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    HttpRequest r{first.value(0), first.value(1), buffer.mid(end + 4, length)};
    buffer.remove(0, end + 4 + length);
    return r;
}

} // namespace acmedesk::test
