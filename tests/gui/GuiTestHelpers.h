// Helpers for the widget tests (header-only: every tests/gui/tst_*.cpp is its own executable).
#pragma once

#include "core/Services.h"
#include "core/localca/LocalTestCa.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/Database.h"
#include "core/store/LedgerSecretStore.h"
#include "support/TestSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QWidget>
#include <memory>
#include <optional>

namespace acmedesk::test {

// What the end-to-end widget tests start from: a temporary folder with the database in "data",
// a secret store (the real keychain under a throwaway service name when its probe says Ready, else
// one in memory; with the database's keychain ledger, as the application has it) and a running
// LocalTestCa (Pebble) in "local-ca".
struct GuiTestEnvironment
{
    QTemporaryDir tmp;
    std::unique_ptr<LocalTestCa> ca;
    std::optional<Database> db;
    std::unique_ptr<KeychainSecretStore> keychain;
    MemorySecretStore memory;
    std::unique_ptr<LedgerSecretStore> ledger;
    SecretStore *secrets = nullptr;

    Services services() const { return Services{*db, secrets}; }

    // For initTestCase, once LocalTestCa::isAvailable() said yes; the caller returns when
    // QTest::currentTestFailed() afterwards. Without `withLocalCa` no Pebble is started.
    void start(const LocalTestCa::Options &options = {}, bool withLocalCa = true)
    {
        QVERIFY(tmp.isValid());

        auto opened = Database::open(tmp.filePath(QStringLiteral("data")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        db = *opened;

        // A service name of our own: never touches a real AcmeDesk entry.
        keychain = std::make_unique<KeychainSecretStore>(
            nullptr,
            QStringLiteral("AcmeDesk-test-%1").arg(QRandomGenerator::global()->generate()));
        keychain->setTimeout(5000);
        auto probed = await<KeychainState>([this](auto done) {
            keychain->probe([done](KeychainState state, const QString &) { done(state); });
        });
        const bool realKeychain = probed && *probed == KeychainState::Ready;
        ledger = std::make_unique<LedgerSecretStore>(
            *db, realKeychain ? static_cast<SecretStore *>(keychain.get()) : &memory);
        secrets = ledger.get();
        qInfo("secret store: %s",
              realKeychain ? "system keychain" : "in memory (keychain not Ready)");

        if (!withLocalCa)
            return;
        ca = std::make_unique<LocalTestCa>(tmp.filePath(QStringLiteral("local-ca")));
        auto started = startPebble(*ca, options);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    }

    // For cleanupTestCase: removes these entries (empty ones are skipped) from the secret store
    // and stops Pebble.
    void stop(const QStringList &secretKeys)
    {
        if (secrets) {
            for (const QString &key : secretKeys) {
                if (key.isEmpty())
                    continue;
                await<bool>([this, key](auto done) {
                    secrets->remove(key, [done](Result<void>) { done(true); });
                });
            }
        }
        if (ca)
            ca->stop();
    }
};

// Every text a widget below `root` shows or holds (line edits, labels, text edits, list and
// combo items, button texts, tool tips), each with the object name of its widget.
inline QList<QPair<QString, QString>> allWidgetTexts(const QWidget *root)
{
    QList<QPair<QString, QString>> texts;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : widgets) {
        const QString name = w->objectName().isEmpty()
                                 ? QString::fromLatin1(w->metaObject()->className())
                                 : w->objectName();
        const auto add = [&texts, &name](const QString &text) {
            if (!text.isEmpty())
                texts.append({name, text});
        };
        add(w->toolTip());
        add(w->windowTitle());
        if (auto *e = qobject_cast<const QLineEdit *>(w)) {
            add(e->text());
            add(e->displayText());
        } else if (auto *l = qobject_cast<const QLabel *>(w)) {
            add(l->text());
        } else if (auto *t = qobject_cast<const QTextEdit *>(w)) {
            add(t->toPlainText());
        } else if (auto *p = qobject_cast<const QPlainTextEdit *>(w)) {
            add(p->toPlainText());
        } else if (auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        } else if (auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
            add(combo->currentText());
        } else if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            add(button->text());
        }
    }
    return texts;
}

// The entry of the wizard's presetList with this preset id (a presetids:: value).
inline int presetRow(const QListWidget *list, const QString &id, int idRole)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(idRole).toString() == id)
            return i;
    }
    return -1;
}

// Object names of the widgets below `root` whose text contains `secret` (never the text itself).
inline QStringList widgetsShowing(const QWidget *root, const QString &secret)
{
    QStringList hits;
    if (secret.isEmpty())
        return hits;
    for (const auto &[name, text] : allWidgetTexts(root)) {
        if (text.contains(secret))
            hits << name;
    }
    return hits;
}

// The Alt+letter keys that more than one visible, enabled control below `root` (a window) claims:
// buttons, labels with a buddy, checkable group boxes and tabs. "x: text, text" per clash.
inline QStringList mnemonicClashes(const QWidget *root)
{
    QMap<QChar, QStringList> claims;
    const auto claim = [&claims](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            claims[text.at(i + 1).toLower()] << text;
            return;
        }
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !w->isEnabled() || w->window() != root)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            claim(button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            claim(label->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(w);
                 group && group->isCheckable())
            claim(group->title());
        else if (const auto *tabs = qobject_cast<const QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i));
    }
    QStringList clashes;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(),
                                                    it.value().join(QStringLiteral(", ")));
    return clashes;
}

} // namespace acmedesk::test
