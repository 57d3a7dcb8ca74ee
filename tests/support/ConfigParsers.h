// Strict readers for what `account export` writes, so tests can parse every format back: POSIX
// shell words (and PowerShell's), the YAML subset of the cert-manager manifests, Caddyfile
// tokens. Anything outside the subset is an error, not a guess.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace acmedesk::test {

// The commands of a POSIX shell text: one word list per command line. Handles comments,
// backslash-newline continuations, '...' and "..." (with \" \\ \$ \` escapes) and backslash
// escapes outside quotes. nullopt for an unterminated quote or anything it does not know ($, `,
// ;, |, &, redirections outside quotes).
std::optional<QList<QStringList>> shellCommands(const QString &text);

// The same for PowerShell: backtick-newline continues a line, '...' with '' for a quote.
std::optional<QList<QStringList>> powerShellCommands(const QString &text);

// The documents of a YAML text written in the subset cert-manager manifests need: block
// mappings and sequences by two-space indentation, full-line comments, plain scalars,
// "double-quoted" scalars and {}. Mappings become QVariantMap, sequences QVariantList, scalars
// QString. Sets `error` (with the line number) and returns nullopt on anything else, including
// tabs, duplicate keys and odd indentation.
std::optional<QVariantList> yamlDocuments(const QString &text, QString *error = nullptr);
// The value at a path such as "spec.acme.solvers.0.http01" (numbers index sequences).
QVariant yamlAt(const QVariant &root, const QString &path);

// Caddyfile tokens: words, "quoted" strings (with \" and \\), { and } as tokens of their own;
// comments dropped. nullopt for an unterminated quote or unbalanced braces.
std::optional<QStringList> caddyTokens(const QString &text);

} // namespace acmedesk::test
