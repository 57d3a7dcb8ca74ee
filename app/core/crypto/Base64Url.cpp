#include "core/crypto/Base64Url.h"

#include <QCoreApplication>

namespace acmedesk::b64 {

namespace {

class Base64Text
{
    Q_DECLARE_TR_FUNCTIONS(Base64)
};

} // namespace

QByteArray encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString encodeString(const QByteArray &data)
{
    return QString::fromLatin1(encode(data));
}

Result<QByteArray> decodeUrl(const QByteArray &text)
{
    auto r = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return Error::invalid(Base64Text::tr("The server sent invalid base64url data."));
    return std::move(*r);
}

Result<QByteArray> decodeLenient(const QString &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    bool sawUrl = false, sawStd = false;
    qsizetype firstPad = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool alnum =
            (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (u == u'=') {
            if (firstPad < 0)
                firstPad = compact.size();
            compact.append('=');
            continue;
        }
        if (firstPad >= 0 || !(alnum || u == u'-' || u == u'_' || u == u'+' || u == u'/')) {
            const QString shown =
                c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0'));
            const QString why =
                firstPad >= 0
                    ? Base64Text::tr("padding '=' may only stand at the end")
                    : Base64Text::tr(
                          "only letters, digits, '-', '_', '+', '/' and trailing '=' are allowed");
            return Error::invalid(
                Base64Text::tr("Character '%1' at position %2 is not valid here: %3.")
                    .arg(shown)
                    .arg(i + 1)
                    .arg(why));
        }
        sawUrl = sawUrl || u == u'-' || u == u'_';
        sawStd = sawStd || u == u'+' || u == u'/';
        compact.append(char(u));
    }
    if (sawUrl && sawStd)
        return Error::invalid(Base64Text::tr("The key mixes the url-safe ('-', '_') and "
                                             "standard ('+', '/') alphabets; copy it again."));
    const qsizetype pads = compact.size() - (firstPad < 0 ? compact.size() : firstPad);
    if (pads > 2)
        return Error::invalid(Base64Text::tr("The key ends in too many '=' characters."));
    QByteArray body = compact.left(compact.size() - pads);
    if (body.size() % 4 == 1)
        return Error::invalid(Base64Text::tr("The key is one character too long or too short "
                                             "(%n character(s)); copy it again in full.",
                                             nullptr, int(body.size())));
    if (pads > 0 && (body.size() + pads) % 4 != 0)
        return Error::invalid(
            Base64Text::tr("The '=' padding at the end does not fit the key's length."));
    if (sawStd) {
        body.replace('+', '-');
        body.replace('/', '_');
    }
    auto r = QByteArray::fromBase64Encoding(body, QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return Error::invalid(Base64Text::tr("The key is not valid base64."));
    return std::move(*r);
}

} // namespace acmedesk::b64
