#include "support/ConfigParsers.h"

#include <QRegularExpression>

namespace acmedesk::test {

namespace {

struct WordReader
{
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;

    void endWord()
    {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    }
    void endLine()
    {
        endWord();
        if (!words.isEmpty())
            commands << words;
        words.clear();
    }
};

} // namespace

std::optional<QList<QStringList>> shellCommands(const QString &text)
{
    WordReader r;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= n)
                return std::nullopt;
            const QChar next = text.at(++i);
            if (next != QLatin1Char('\n')) { // a continuation joins lines
                r.word += next;
                r.inWord = true;
            }
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return std::nullopt;
            r.word += text.mid(i + 1, end - i - 1);
            r.inWord = true;
            i = end;
        } else if (c == QLatin1Char('"')) {
            r.inWord = true;
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt;
                const QChar q = text.at(i);
                if (q == QLatin1Char('"'))
                    break;
                if (q == QLatin1Char('$') || q == QLatin1Char('`'))
                    return std::nullopt;
                if (q == QLatin1Char('\\') && i + 1 < n &&
                    QStringLiteral("\"\\$`").contains(text.at(i + 1)))
                    r.word += text.at(++i);
                else
                    r.word += q;
            }
        } else if (c == QLatin1Char('#') && !r.inWord) {
            while (i + 1 < n && text.at(i + 1) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            r.endLine();
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            r.endWord();
        } else if (QStringLiteral("$`;|&<>(){}").contains(c)) {
            return std::nullopt;
        } else {
            r.word += c;
            r.inWord = true;
        }
    }
    r.endLine();
    return r.commands;
}

std::optional<QList<QStringList>> powerShellCommands(const QString &text)
{
    WordReader r;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('`')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt; // only the line continuation is expected
            ++i;
        } else if (c == QLatin1Char('\'')) {
            r.inWord = true;
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('\'')) {
                        r.word += QLatin1Char('\'');
                        ++i;
                        continue;
                    }
                    break;
                }
                r.word += text.at(i);
            }
        } else if (c == QLatin1Char('#') && !r.inWord) {
            while (i + 1 < n && text.at(i + 1) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            r.endLine();
        } else if (c == QLatin1Char(' ')) {
            r.endWord();
        } else if (QStringLiteral("$\";|&<>(){}").contains(c)) {
            return std::nullopt;
        } else {
            r.word += c;
            r.inWord = true;
        }
    }
    r.endLine();
    return r.commands;
}

namespace {

struct YamlLine
{
    int number = 0;
    int indent = 0;
    QString content; // without indentation
};

class YamlReader
{
public:
    YamlReader(QList<YamlLine> lines, QString *error) : m_lines(std::move(lines)), m_error(error) {}

    std::optional<QVariant> document()
    {
        if (m_lines.isEmpty())
            return fail(0, QStringLiteral("empty document"));
        auto v = block(0);
        if (v && m_pos != m_lines.size())
            return fail(m_lines.at(m_pos).number, QStringLiteral("unexpected indentation"));
        return v;
    }

private:
    std::optional<QVariant> fail(int line, const QString &what)
    {
        if (m_error && m_error->isEmpty())
            *m_error = QStringLiteral("line %1: %2").arg(line).arg(what);
        return std::nullopt;
    }

    std::optional<QVariant> scalar(const QString &text, int line)
    {
        if (text == QLatin1String("{}"))
            return QVariant(QVariantMap());
        if (text.startsWith(QLatin1Char('"'))) {
            QString out;
            qsizetype i = 1;
            for (; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\')) {
                    if (++i >= text.size() || !QStringLiteral("\"\\").contains(text.at(i)))
                        return fail(line, QStringLiteral("unknown escape"));
                }
                out += text.at(i);
            }
            if (i != text.size() - 1)
                return fail(line, QStringLiteral("bad double-quoted scalar"));
            return QVariant(out);
        }
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:+=-]+$"));
        if (!plain.match(text).hasMatch())
            return fail(line, QStringLiteral("not a plain scalar: ") + text);
        return QVariant(text);
    }

    // A mapping or a sequence whose lines start at `indent`.
    std::optional<QVariant> block(int indent)
    {
        const YamlLine first = m_lines.at(m_pos);
        if (first.indent != indent)
            return fail(first.number,
                        QStringLiteral("indentation %1, want %2").arg(first.indent).arg(indent));
        if (first.content.startsWith(QLatin1String("- ")))
            return sequence(indent);
        return mapping(indent);
    }

    std::optional<QVariant> sequence(int indent)
    {
        QVariantList list;
        while (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent &&
               m_lines.at(m_pos).content.startsWith(QLatin1String("- "))) {
            // "- key: value" opens a mapping two columns further in.
            YamlLine &line = m_lines[m_pos];
            line.content = line.content.mid(2);
            line.indent += 2;
            auto item = line.content.contains(QLatin1String(": ")) ||
                                line.content.endsWith(QLatin1Char(':'))
                            ? block(indent + 2)
                            : [&]() -> std::optional<QVariant> {
                ++m_pos;
                return scalar(line.content, line.number);
            }();
            if (!item)
                return std::nullopt;
            list << *item;
        }
        return QVariant(list);
    }

    std::optional<QVariant> mapping(int indent)
    {
        QVariantMap map;
        static const QRegularExpression keyRe(QStringLiteral("^([A-Za-z0-9_.-]+):(?: (.*))?$"));
        while (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent) {
            const YamlLine line = m_lines.at(m_pos);
            const auto m = keyRe.match(line.content);
            if (!m.hasMatch())
                return fail(line.number, QStringLiteral("not a key: ") + line.content);
            const QString key = m.captured(1);
            if (map.contains(key))
                return fail(line.number, QStringLiteral("duplicate key ") + key);
            ++m_pos;
            std::optional<QVariant> value;
            if (m.hasCaptured(2) && !m.captured(2).isEmpty()) {
                value = scalar(m.captured(2), line.number);
            } else {
                if (m_pos >= m_lines.size() || m_lines.at(m_pos).indent <= indent)
                    return fail(line.number, QStringLiteral("no value for ") + key);
                value = block(m_lines.at(m_pos).indent == indent + 2 ? indent + 2 : -1);
            }
            if (!value)
                return std::nullopt;
            map.insert(key, *value);
        }
        if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
            return fail(m_lines.at(m_pos).number, QStringLiteral("unexpected indentation"));
        return QVariant(map);
    }

    QList<YamlLine> m_lines;
    QString *m_error;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QVariantList> yamlDocuments(const QString &text, QString *error)
{
    QVariantList docs;
    QList<YamlLine> lines;
    const auto flush = [&]() -> bool {
        auto doc = YamlReader(lines, error).document();
        if (!doc)
            return false;
        docs << *doc;
        lines.clear();
        return true;
    };
    int number = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++number;
        if (raw.contains(QLatin1Char('\t'))) {
            if (error)
                *error = QStringLiteral("line %1: a tab").arg(number);
            return std::nullopt;
        }
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (raw == QLatin1String("---")) {
            if (!flush())
                return std::nullopt;
            continue;
        }
        if (raw.endsWith(QLatin1Char(' '))) {
            if (error)
                *error = QStringLiteral("line %1: trailing space").arg(number);
            return std::nullopt;
        }
        const int indent = int(raw.size() - QStringView(raw).trimmed().size());
        lines << YamlLine{number, indent, trimmed};
    }
    if (!flush())
        return std::nullopt;
    return docs;
}

QVariant yamlAt(const QVariant &root, const QString &path)
{
    QVariant v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.typeId() == QMetaType::QVariantList) {
            const QVariantList list = v.toList();
            if (index < 0 || index >= list.size())
                return {};
            v = list.at(index);
        } else if (v.typeId() == QMetaType::QVariantMap) {
            const QVariantMap map = v.toMap();
            if (!map.contains(part))
                return {};
            v = map.value(part);
        } else {
            return {};
        }
    }
    return v;
}

std::optional<QStringList> caddyTokens(const QString &text)
{
    QStringList tokens;
    int depth = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('#')) {
            while (i + 1 < n && text.at(i + 1) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            QString t;
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == QLatin1Char('"'))
                    break;
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                t += text.at(i);
            }
            tokens << t;
            continue;
        }
        QString t;
        while (i < n && !text.at(i).isSpace())
            t += text.at(i++);
        if (t == QLatin1String("{"))
            ++depth;
        else if (t == QLatin1String("}") && --depth < 0)
            return std::nullopt;
        tokens << t;
    }
    if (depth != 0)
        return std::nullopt;
    return tokens;
}

} // namespace acmedesk::test
