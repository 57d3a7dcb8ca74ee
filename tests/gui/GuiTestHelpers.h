// Helpers for the widget tests (header-only: every tests/gui/tst_*.cpp is its own executable).
#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace acmedesk::test {

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

} // namespace acmedesk::test
