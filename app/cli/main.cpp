#include "cli/Cli.h"
#include "core/util/Translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AcmeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AcmeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACMEDESK_VERSION));
    // The system locale: LANGUAGE, LC_ALL, LC_MESSAGES or LANG (e.g. LANG=de_DE.UTF-8).
    acmedesk::installTranslators(app);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTimer::singleShot(0, &app, [&] { acmedesk::cli::run(args, argc, argv); });
    return app.exec();
}
