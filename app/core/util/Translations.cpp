#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace acmedesk {

namespace {

// Marks the translators installTranslators() owns, so a second call can replace them.
const char *const kOwnedProperty = "acmedeskTranslator";

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *t = new QTranslator(&app);
    t->setProperty(kOwnedProperty, true);
    return t;
}

} // namespace

QString installTranslators(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> earlier =
        app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *t : earlier) {
        if (t->property(kOwnedProperty).toBool()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    // Qt's own strings (standard buttons, command line parser errors) first, then ours: the one
    // installed last is asked first.
    QTranslator *qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const QString folder = QStringLiteral(":/i18n");
    QTranslator *own = newTranslator(app);
    if (!own->load(locale, QStringLiteral("acmedesk"), QStringLiteral("_"), folder) &&
        !own->load(QStringLiteral("acmedesk_en"), folder)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // "acmedesk_de.qm" -> "de"
    return QFileInfo(own->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
}

} // namespace acmedesk
