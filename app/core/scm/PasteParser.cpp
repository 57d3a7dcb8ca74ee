#include "core/scm/PasteParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>
#include <array>

// Three independent readers (JSON, command line, labelled text) each produce a candidate; the
// one that filled most of server URL / Key ID / HMAC key wins (ties: JSON, command, text).
// Nothing here logs: the pasted text holds a secret.

namespace acmedesk {

namespace {

enum class Field { None, Server, Kid, Hmac, Email };

// ---------------------------------------------------------------------------------------------
// Shared helpers

QString normalizeText(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Invisible characters web pages and chat tools slip into copied text.
    static const std::array<char16_t, 5> invisible{u'\u200B', u'\u200C', u'\u200D', u'\u2060',
                                                   u'\uFEFF'};
    for (const char16_t c : invisible)
        t.remove(QChar(c));
    return t;
}

bool isFenceLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QStringLiteral("```")) || t.startsWith(QStringLiteral("~~~"));
}

// Lines of the text with Markdown code fences blanked out.
QStringList textLines(const QString &normalized)
{
    QStringList lines = normalized.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (isFenceLine(l))
            l.clear();
    }
    return lines;
}

int filledCount(const PastedEab &p)
{
    return int(!p.serverUrl.isEmpty()) + int(!p.keyId.isEmpty()) + int(!p.hmacKey.isEmpty());
}

void setIfEmpty(QString &target, const QString &value)
{
    if (target.isEmpty() && !value.isEmpty())
        target = value;
}

bool hasWhiteSpace(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// Adds every e-mail address found in `text` (separated by commas, semicolons or spaces;
// "mailto:" prefixes dropped) to `emails`, skipping duplicates.
void addEmails(QStringList &emails, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString part : parts) {
        if (part.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
            part = part.mid(7);
        while (!part.isEmpty() &&
               (part.startsWith(QLatin1Char('<')) || part.startsWith(QLatin1Char('"')) ||
                part.startsWith(QLatin1Char('\''))))
            part.remove(0, 1);
        while (!part.isEmpty() &&
               (part.endsWith(QLatin1Char('>')) || part.endsWith(QLatin1Char('"')) ||
                part.endsWith(QLatin1Char('\''))))
            part.chop(1);
        const qsizetype at = part.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == part.size() - 1)
            continue;
        if (!emails.contains(part, Qt::CaseInsensitive))
            emails.append(part);
    }
}

// ---------------------------------------------------------------------------------------------
// SCM REST JSON

struct JsonKeys
{
    QString server, kid, hmac;
    int serverRank = 100;
    QStringList emails;
};

// Lower-cased key names; a smaller rank wins for the server URL.
Field jsonField(const QString &lowerKey, int *rank)
{
    static const QStringList kidKeys{QStringLiteral("macid"), QStringLiteral("eabkid"),
                                     QStringLiteral("eabkeyid"), QStringLiteral("keyid"),
                                     QStringLiteral("kid")};
    static const QStringList hmacKeys{QStringLiteral("mackey"), QStringLiteral("eabhmackey"),
                                      QStringLiteral("hmackey"), QStringLiteral("hmac")};
    static const QStringList serverKeys{
        QStringLiteral("acmeserver"),    QStringLiteral("acmeurl"),
        QStringLiteral("acmeserverurl"), QStringLiteral("acmedirectory"),
        QStringLiteral("directoryurl"),  QStringLiteral("serverurl"),
        QStringLiteral("server"),        QStringLiteral("url")};
    static const QStringList emailKeys{QStringLiteral("email"), QStringLiteral("emails"),
                                       QStringLiteral("contact"), QStringLiteral("contacts"),
                                       QStringLiteral("accountemail")};
    if (kidKeys.contains(lowerKey))
        return Field::Kid;
    if (hmacKeys.contains(lowerKey))
        return Field::Hmac;
    if (const qsizetype i = serverKeys.indexOf(lowerKey); i >= 0) {
        *rank = int(i);
        return Field::Server;
    }
    if (emailKeys.contains(lowerKey))
        return Field::Email;
    return Field::None;
}

QString jsonScalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

void collectEmails(QStringList &emails, const QJsonValue &v)
{
    if (v.isString()) {
        addEmails(emails, v.toString());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            collectEmails(emails, e);
    }
}

// The scalar fields of one object, without looking into nested values.
JsonKeys readObject(const QJsonObject &o)
{
    JsonKeys k;
    for (auto it = o.begin(); it != o.end(); ++it) {
        int rank = 100;
        switch (jsonField(it.key().toLower(), &rank)) {
        case Field::Kid:
            setIfEmpty(k.kid, jsonScalar(it.value()));
            break;
        case Field::Hmac:
            setIfEmpty(k.hmac, jsonScalar(it.value()));
            break;
        case Field::Server:
            if (rank < k.serverRank && !jsonScalar(it.value()).isEmpty()) {
                k.server = jsonScalar(it.value());
                k.serverRank = rank;
            }
            break;
        case Field::Email:
            collectEmails(k.emails, it.value());
            break;
        case Field::None:
            break;
        }
    }
    return k;
}

// Depth-first search for the first object carrying a Key ID or HMAC key; a server URL in an
// enclosing object counts for the accounts below it.
bool findAccount(const QJsonValue &v, const QString &inheritedServer, PastedEab &out, int depth)
{
    if (depth > 32)
        return false;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a) {
            if (findAccount(e, inheritedServer, out, depth + 1))
                return true;
        }
        return false;
    }
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    const JsonKeys k = readObject(o);
    const QString server = k.server.isEmpty() ? inheritedServer : k.server;
    if (!k.kid.isEmpty() || !k.hmac.isEmpty()) {
        out.keyId = k.kid;
        out.hmacKey = k.hmac;
        out.serverUrl = server;
        out.emails = k.emails;
        return true;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if ((it.value().isObject() || it.value().isArray()) &&
            findAccount(it.value(), server, out, depth + 1))
            return true;
    }
    return false;
}

// For JSON that does not parse (cut off, or pasted with a log prefix): pick "key": "value" pairs.
PastedEab scanJsonPairs(const QString &text)
{
    PastedEab out;
    static const QRegularExpression pair(
        QStringLiteral("\"([A-Za-z_]+)\"\\s*:\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    int serverRank = 100;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2).trimmed();
        value.replace(QStringLiteral("\\/"), QStringLiteral("/"));
        int rank = 100;
        switch (jsonField(m.captured(1).toLower(), &rank)) {
        case Field::Kid:
            setIfEmpty(out.keyId, value);
            break;
        case Field::Hmac:
            setIfEmpty(out.hmacKey, value);
            break;
        case Field::Server:
            if (rank < serverRank && !value.isEmpty()) {
                out.serverUrl = value;
                serverRank = rank;
            }
            break;
        case Field::Email:
            addEmails(out.emails, value);
            break;
        case Field::None:
            break;
        }
    }
    // A lone "url" is no evidence of an account.
    if (out.keyId.isEmpty() && out.hmacKey.isEmpty())
        return {};
    return out;
}

PastedEab parseJson(const QStringList &lines)
{
    const QString body = lines.join(QLatin1Char('\n')).trimmed();
    if (!body.contains(QLatin1Char('{')) && !body.contains(QLatin1Char('[')))
        return {};

    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &err);
    if (doc.isNull()) {
        // Prose around the JSON: try from the first bracket to the last one.
        qsizetype first = -1;
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i) == QLatin1Char('{') || body.at(i) == QLatin1Char('[')) {
                first = i;
                break;
            }
        }
        qsizetype last = -1;
        for (qsizetype i = body.size() - 1; i > first; --i) {
            if (body.at(i) == QLatin1Char('}') || body.at(i) == QLatin1Char(']')) {
                last = i;
                break;
            }
        }
        if (first >= 0 && last > first)
            doc = QJsonDocument::fromJson(body.mid(first, last - first + 1).toUtf8(), &err);
    }

    PastedEab out;
    if (doc.isNull()) {
        out = scanJsonPairs(body);
    } else {
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        if (!findAccount(root, QString(), out, 0) && doc.isObject()) {
            // No account in it, but maybe the server on its own.
            out = {};
            const JsonKeys k = readObject(doc.object());
            out.serverUrl = k.server.startsWith(QStringLiteral("http"), Qt::CaseInsensitive)
                                ? k.server
                                : QString();
        }
    }
    if (!out.isEmpty())
        out.source = PasteSource::ScmJson;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Command lines: certbot, lego, acme.sh

enum class Tool { Unknown, Certbot, Lego, AcmeSh };

struct Token
{
    QString text;
    bool quoted = false; // began with a quote: a value, never an option
};

bool isContinuationChar(QChar c)
{
    return c == QLatin1Char('\\') || c == QLatin1Char('^') || c == QLatin1Char('`');
}

// Joins physical lines ending in a continuation character (\ for POSIX shells, ` for
// PowerShell, ^ for cmd) into logical lines.
QStringList logicalLines(const QStringList &lines)
{
    QStringList out;
    QString current;
    bool continuing = false;
    for (const QString &line : lines) {
        QString l = line;
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
        const bool continues = !l.isEmpty() && isContinuationChar(l.back());
        if (continues)
            l.chop(1);
        if (continuing)
            current += QLatin1Char(' ') % l;
        else
            current = l;
        continuing = continues;
        if (!continuing) {
            out.append(current);
            current.clear();
        }
    }
    if (continuing)
        out.append(current);
    return out;
}

QChar closingQuote(QChar open)
{
    switch (open.unicode()) {
    case u'"':
        return QLatin1Char('"');
    case u'\'':
        return QLatin1Char('\'');
    case u'\u201C': // “
    case u'\u201D':
    case u'\u201E': // „
        return QChar(u'\u201D');
    case u'\u2018': // ‘
    case u'\u2019':
        return QChar(u'\u2019');
    default:
        return {};
    }
}

bool closesQuote(QChar open, QChar c)
{
    if (c == closingQuote(open))
        return true;
    // People mix typographic quotes freely.
    if (open == QChar(u'\u201C') || open == QChar(u'\u201E'))
        return c == QChar(u'\u201C');
    if (open == QChar(u'\u2018'))
        return c == QChar(u'\u2018');
    return false;
}

// Shell-like splitting: white space separates, quotes group (and are removed), inside double
// quotes \" and \\ are escapes. Outside quotes a backslash stays as it is (Windows paths).
QList<Token> tokenize(const QString &line)
{
    QList<Token> tokens;
    Token cur;
    bool inToken = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (closesQuote(quote, c)) {
                quote = QChar();
            } else if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < line.size() &&
                       (line.at(i + 1) == QLatin1Char('"') ||
                        line.at(i + 1) == QLatin1Char('\\'))) {
                cur.text += line.at(++i);
            } else {
                cur.text += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inToken)
                tokens.append(cur);
            cur = Token();
            inToken = false;
            continue;
        }
        inToken = true;
        if (!closingQuote(c).isNull()) {
            quote = c;
            if (cur.text.isEmpty())
                cur.quoted = true;
            continue;
        }
        cur.text += c;
    }
    if (inToken)
        tokens.append(cur);
    // Markdown inline code: `certbot ... KEY`
    for (Token &t : tokens) {
        if (t.quoted)
            continue;
        while (t.text.startsWith(QLatin1Char('`')))
            t.text.remove(0, 1);
        while (t.text.endsWith(QLatin1Char('`')))
            t.text.chop(1);
    }
    return tokens;
}

Tool toolOf(const Token &token)
{
    QString t = token.text;
    const qsizetype slash =
        std::max(t.lastIndexOf(QLatin1Char('/')), t.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        t = t.mid(slash + 1);
    t = t.toLower();
    if (const qsizetype colon = t.indexOf(QLatin1Char(':')); colon > 0) // docker image tag
        t.truncate(colon);
    if (t.endsWith(QStringLiteral(".exe")))
        t.chop(4);
    if (t == QLatin1String("certbot") || t == QLatin1String("certbot-auto"))
        return Tool::Certbot;
    if (t == QLatin1String("lego"))
        return Tool::Lego;
    if (t == QLatin1String("acme.sh"))
        return Tool::AcmeSh;
    return Tool::Unknown;
}

// Web pages and word processors turn "--" into dashes.
QString canonicalDashes(const QString &t)
{
    if (t.startsWith(QChar(u'\u2013')) || t.startsWith(QChar(u'\u2014')))
        return QStringLiteral("--") % t.mid(1);
    if (t.startsWith(QChar(u'\u2212')) || t.startsWith(QChar(u'\u2010')) ||
        t.startsWith(QChar(u'\u2011')))
        return QLatin1Char('-') % t.mid(1);
    return t;
}

Field optionField(const QString &name, Tool tool)
{
    if (name == QLatin1String("--server"))
        return Field::Server;
    if (name == QLatin1String("-s") && (tool == Tool::Lego || tool == Tool::Unknown))
        return Field::Server;
    if (name == QLatin1String("--eab-kid") || name == QLatin1String("--kid") ||
        name == QLatin1String("--eab.kid"))
        return Field::Kid;
    if (name == QLatin1String("--eab-hmac-key") || name == QLatin1String("--hmac") ||
        name == QLatin1String("--eab.hmac"))
        return Field::Hmac;
    if (name == QLatin1String("--email") || name == QLatin1String("-m") ||
        name == QLatin1String("--eab-email") || name == QLatin1String("--accountemail"))
        return Field::Email;
    return Field::None;
}

// True for a token that is an option rather than a value: used to notice a missing value
// ("--eab-kid --eab-hmac-key X"). Real values (22-character Key IDs, 86-character keys,
// URLs) never look like this even when they begin with '-'.
bool looksLikeOption(const Token &token)
{
    if (token.quoted)
        return false;
    const QString t = canonicalDashes(token.text);
    static const QRegularExpression longOption(QStringLiteral("^--[a-z][a-z0-9.-]{0,30}(=.*)?$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression shortOption(QStringLiteral("^-[A-Za-z]$"));
    return longOption.match(t).hasMatch() || shortOption.match(t).hasMatch();
}

QString acmeShServer(const QString &value)
{
    // acme.sh accepts short CA names for --server.
    static const std::array<std::pair<const char *, const char *>, 5> names{{
        {"letsencrypt", "https://acme-v02.api.letsencrypt.org/directory"},
        {"letsencrypt_test", "https://acme-staging-v02.api.letsencrypt.org/directory"},
        {"zerossl", "https://acme.zerossl.com/v2/DV90"},
        {"google", "https://dv.acme-v02.api.pki.goog/directory"},
        {"sslcom", "https://acme.ssl.com/sslcom-dv-rsa"},
    }};
    for (const auto &[name, url] : names) {
        if (value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(url);
    }
    return value;
}

struct CommandState
{
    PastedEab out;
    Tool tool = Tool::Unknown;
    bool sawLegoOption = false;
    bool sawAcmeShCommand = false;
    bool sawOption = false;
};

void assign(CommandState &st, Field f, const QString &value)
{
    switch (f) {
    case Field::Server:
        setIfEmpty(st.out.serverUrl, value);
        break;
    case Field::Kid:
        setIfEmpty(st.out.keyId, value);
        break;
    case Field::Hmac:
        setIfEmpty(st.out.hmacKey, value);
        break;
    case Field::Email:
        addEmails(st.out.emails, value);
        break;
    case Field::None:
        break;
    }
}

PastedEab parseCommand(const QStringList &lines)
{
    CommandState st;
    const QStringList logical = logicalLines(lines);
    Field pending = Field::None; // option at the very end of a line, value maybe on the next

    for (const QString &line : logical) {
        const QList<Token> tokens = tokenize(line);
        if (tokens.isEmpty())
            continue;

        if (pending != Field::None) {
            // "--eab-hmac-key" then the key alone on the next line.
            const QString &only = tokens.first().text;
            if (tokens.size() == 1 && !looksLikeOption(tokens.first()) &&
                !only.endsWith(QLatin1Char('.')) && !only.endsWith(QLatin1Char(':')) &&
                !only.endsWith(QLatin1Char(','))) {
                assign(st, pending, tokens.first().text);
                pending = Field::None;
                continue;
            }
            pending = Field::None;
        }

        qsizetype start = -1;
        Tool lineTool = Tool::Unknown;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (!tokens.at(i).quoted || tokens.at(i).text.contains(QLatin1Char('/')) ||
                tokens.at(i).text.contains(QLatin1Char('\\'))) {
                lineTool = toolOf(tokens.at(i));
                if (lineTool != Tool::Unknown) {
                    start = i + 1;
                    break;
                }
            }
        }
        if (lineTool != Tool::Unknown) {
            // counts once the line turns out to carry one of our options
        } else if (canonicalDashes(tokens.first().text).startsWith(QLatin1Char('-')) &&
                   looksLikeOption(tokens.first())) {
            start = 0; // a wrapped command line continued without a continuation character
        } else {
            continue; // prose
        }

        const Tool tool = lineTool != Tool::Unknown ? lineTool : st.tool;
        for (qsizetype i = start; i < tokens.size(); ++i) {
            const QString t = canonicalDashes(tokens.at(i).text);
            if (tokens.at(i).quoted || !t.startsWith(QLatin1Char('-')))
                continue;
            QString name = t;
            QString inlineValue;
            bool hasInline = false;
            if (const qsizetype eq = t.indexOf(QLatin1Char('=')); eq > 0) {
                name = t.left(eq);
                inlineValue = t.mid(eq + 1);
                hasInline = true;
            }
            if (name == QLatin1String("--register-account") || name == QLatin1String("--issue"))
                st.sawAcmeShCommand = true;
            if (name == QLatin1String("--kid") || name == QLatin1String("--hmac") ||
                name.startsWith(QStringLiteral("--eab.")) || name == QLatin1String("--eab"))
                st.sawLegoOption = true;
            const Field f = optionField(name, tool);
            if (f == Field::None)
                continue;
            st.sawOption = true;
            if (st.tool == Tool::Unknown)
                st.tool = lineTool; // "Install certbot first." before a lego command is prose
            if (hasInline) {
                assign(st, f, inlineValue);
            } else if (i + 1 < tokens.size()) {
                // The next token is the value whatever it begins with, unless it is plainly
                // the next option (the value was left out).
                if (!looksLikeOption(tokens.at(i + 1)))
                    assign(st, f, tokens.at(++i).text);
            } else {
                pending = f;
            }
        }
    }

    if (!st.sawOption || st.out.isEmpty())
        return {};
    Tool tool = st.tool;
    if (tool == Tool::Unknown)
        tool = st.sawLegoOption ? Tool::Lego : st.sawAcmeShCommand ? Tool::AcmeSh : Tool::Certbot;
    switch (tool) {
    case Tool::Lego:
        st.out.source = PasteSource::Lego;
        break;
    case Tool::AcmeSh:
        st.out.source = PasteSource::AcmeSh;
        st.out.serverUrl = acmeShServer(st.out.serverUrl);
        break;
    case Tool::Certbot:
    case Tool::Unknown:
        st.out.source = PasteSource::Certbot;
        break;
    }
    return st.out;
}

// ---------------------------------------------------------------------------------------------
// Text of SCM's ACME account details (and similar hand-written notes)

struct Label
{
    const char *text; // lower case, single spaces
    Field field;
};

// Longest first so that "hmac key" wins over "hmac".
constexpr std::array<Label, 27> kLabels{{
    {"acme server directory url", Field::Server},
    {"eab hmac key (base64)", Field::Hmac},
    {"acme directory url", Field::Server},
    {"acme server url", Field::Server},
    {"key identifier", Field::Kid},
    {"account email", Field::Email},
    {"directory url", Field::Server},
    {"email address", Field::Email},
    {"acme directory", Field::Server},
    {"eab hmac key", Field::Hmac},
    {"acme server", Field::Server},
    {"eab key id", Field::Kid},
    {"server url", Field::Server},
    {"hmac key", Field::Hmac},
    {"eab hmac", Field::Hmac},
    {"acme url", Field::Server},
    {"contacts", Field::Email},
    {"mac key", Field::Hmac},
    {"eab kid", Field::Kid},
    {"contact", Field::Email},
    {"e-mail", Field::Email},
    {"key id", Field::Kid},
    {"mac id", Field::Kid},
    {"email", Field::Email},
    {"hmac", Field::Hmac},
    {"kid", Field::Kid},
    {"url", Field::Server},
}};

// A line tidied for label matching: table bars as tabs, Markdown emphasis and bullets removed,
// runs of white space collapsed.
QString cleanLabelLine(const QString &line)
{
    QString l = line;
    l.replace(QLatin1Char('|'), QLatin1Char('\t'));
    l.remove(QStringLiteral("**"));
    l = l.trimmed();
    if (l.startsWith(QStringLiteral("- ")) || l.startsWith(QStringLiteral("* ")) ||
        l.startsWith(QStringLiteral("\u2022 ")))
        l = l.mid(2).trimmed();
    return l;
}

struct LabelMatch
{
    Field field = Field::None;
    QString value;          // text after the label on the same line, trimmed
    bool colon = false;     // separated by ':' or '='
    bool acmeLabel = false; // the label names ACME ("ACME URL", "ACME Server", ...)
};

LabelMatch matchLabel(const QString &rawLine)
{
    const QString l = cleanLabelLine(rawLine);
    // Compare against the line with inner white space collapsed.
    for (const Label &label : kLabels) {
        const QLatin1String name(label.text);
        // Walk the line and the label together, letting any run of white space in the line
        // match a single space in the label.
        qsizetype li = 0;
        qsizetype ni = 0;
        bool ok = true;
        while (ni < name.size()) {
            if (li >= l.size()) {
                ok = false;
                break;
            }
            const QChar c = l.at(li);
            if (name.at(ni) == QLatin1Char(' ')) {
                if (!c.isSpace()) {
                    ok = false;
                    break;
                }
                while (li < l.size() && l.at(li).isSpace())
                    ++li;
                ++ni;
                continue;
            }
            if (c.toLower() != name.at(ni)) {
                ok = false;
                break;
            }
            ++li;
            ++ni;
        }
        if (!ok)
            continue;
        QString rest = l.mid(li);
        if (!rest.isEmpty() && !rest.at(0).isSpace() && rest.at(0) != QLatin1Char(':') &&
            rest.at(0) != QLatin1Char('='))
            continue; // "Key IDs are ..." or "url-safe"
        LabelMatch m;
        m.field = label.field;
        m.acmeLabel = name.startsWith(QLatin1String("acme"));
        rest = rest.trimmed();
        if (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char('='))) {
            m.colon = true;
            rest = rest.mid(1).trimmed();
        }
        m.value = rest;
        return m;
    }
    return {};
}

QString stripValueDecoration(QString v)
{
    v = v.trimmed();
    static const QString openers = QStringLiteral("\"'`<\u201C\u201D\u2018\u2019");
    static const QString closers = QStringLiteral("\"'`>\u201C\u201D\u2018\u2019");
    while (!v.isEmpty() && openers.contains(v.front()))
        v.remove(0, 1);
    while (!v.isEmpty() && closers.contains(v.back()))
        v.chop(1);
    return v.trimmed();
}

bool looksLikeUrl(const QString &v)
{
    return v.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive) ||
           v.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive);
}

// The usable value for `field` in `text`, or empty.
QString labelValue(Field field, const QString &text, bool sameLineWithoutColon)
{
    const QString v = stripValueDecoration(text);
    if (v.isEmpty())
        return {};
    switch (field) {
    case Field::Server: {
        const QString first = v.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (hasWhiteSpace(v) && sameLineWithoutColon)
            return {};
        const QString url = stripValueDecoration(hasWhiteSpace(v) ? first : v);
        return looksLikeUrl(url) ? url : QString();
    }
    case Field::Kid:
    case Field::Hmac:
        if (hasWhiteSpace(v) || v.endsWith(QLatin1Char(':')))
            return {};
        return v;
    case Field::Email:
        return v.contains(QLatin1Char('@')) ? v : QString();
    case Field::None:
        break;
    }
    return {};
}

PastedEab parseLabelledText(const QStringList &lines)
{
    PastedEab out;
    bool serverFromAcmeLabel = false; // "ACME URL" beats a plain "URL" (e.g. SCM's login page)
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LabelMatch m = matchLabel(lines.at(i));
        if (m.field == Field::None)
            continue;
        QString value;
        if (!m.value.isEmpty()) {
            value = labelValue(m.field, m.value, !m.colon);
        } else {
            // The value on the next non-empty line, unless that line is another label.
            qsizetype j = i + 1;
            while (j < lines.size() && lines.at(j).trimmed().isEmpty())
                ++j;
            if (j < lines.size() && matchLabel(lines.at(j)).field == Field::None) {
                value = labelValue(m.field, lines.at(j), false);
                if (!value.isEmpty())
                    i = j;
            }
        }
        switch (m.field) {
        case Field::Server:
            if (!value.isEmpty() && !serverFromAcmeLabel &&
                (out.serverUrl.isEmpty() || m.acmeLabel)) {
                out.serverUrl = value;
                serverFromAcmeLabel = m.acmeLabel;
            }
            break;
        case Field::Kid:
            setIfEmpty(out.keyId, value);
            break;
        case Field::Hmac:
            setIfEmpty(out.hmacKey, value);
            break;
        case Field::Email:
            addEmails(out.emails, value);
            break;
        case Field::None:
            break;
        }
    }
    if (!out.isEmpty())
        out.source = PasteSource::ScmText;
    return out;
}

} // namespace

QString pasteSourceName(PasteSource source)
{
    switch (source) {
    case PasteSource::None:
        return {};
    case PasteSource::ScmText:
        return QStringLiteral("scm-text");
    case PasteSource::Certbot:
        return QStringLiteral("certbot");
    case PasteSource::Lego:
        return QStringLiteral("lego");
    case PasteSource::AcmeSh:
        return QStringLiteral("acme.sh");
    case PasteSource::ScmJson:
        return QStringLiteral("scm-json");
    }
    return {};
}

std::optional<PasteSource> pasteSourceFromName(QStringView name)
{
    for (const PasteSource s : {PasteSource::None, PasteSource::ScmText, PasteSource::Certbot,
                                PasteSource::Lego, PasteSource::AcmeSh, PasteSource::ScmJson}) {
        if (name == pasteSourceName(s))
            return s;
    }
    return std::nullopt;
}

PastedEab parsePastedEab(const QString &text)
{
    const QStringList lines = textLines(normalizeText(text));

    // Ties go to the earlier reader: JSON and command lines are less ambiguous than labels.
    const std::array<PastedEab, 3> candidates{parseJson(lines), parseCommand(lines),
                                              parseLabelledText(lines)};
    const PastedEab *best = nullptr;
    for (const PastedEab &c : candidates) {
        if (c.isEmpty())
            continue;
        if (!best || filledCount(c) > filledCount(*best))
            best = &c;
    }
    if (!best)
        return {};
    return *best;
}

} // namespace acmedesk
