// AcmeDesk, the desktop application.
#include "core/Services.h"
#include "core/localca/LocalTestCa.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Database.h"
#include "core/store/LedgerSecretStore.h"
#include "core/util/Translations.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace acmedesk;

namespace {

class MainText
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM / SIGINT / SIGHUP quit the event loop normally, so the local test CA is stopped
// rather than left running. The handler only writes a byte; Qt reads it on the main thread.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(sig, &action, nullptr);
}
#endif

// Size, position and page of the main window, as the user left them.
void restoreWindowState(MainWindow &window)
{
    QSettings settings;
    // Nothing saved yet (or from another screen setup): the window's own default size.
    (void)window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int page = settings.value(QStringLiteral("window/page"), 0).toInt();
    if (page >= MainWindow::DashboardPage && page <= MainWindow::ActivityPageIndex)
        window.showPage(MainWindow::Page(page));
}

void saveWindowState(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/page"), int(window.currentPage()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AcmeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AcmeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACMEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/acmedesk.svg")));

    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        MainText::tr("Registers ACME accounts with External Account Binding "
                     "values from Sectigo Certificate Manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        MainText::tr("Keep the database in DIR (also: ACMEDESK_DATA_DIR)."), MainText::tr("DIR"));
    const QCommandLineOption localTestCaOption(
        QStringLiteral("local-test-ca"),
        MainText::tr("Open the account wizard on the local test CA, to try AcmeDesk "
                     "without SCM."));
    const QCommandLineOption issueOption(QStringLiteral("issue"),
                                         MainText::tr("Open the certificate wizard."));
    const QCommandLineOption addAccountOption(QStringLiteral("add-account"),
                                              MainText::tr("Open the account wizard."));
    parser.addOption(dataDirOption);
    parser.addOption(localTestCaOption);
    parser.addOption(issueOption);
    parser.addOption(addAccountOption);
    parser.process(app);

    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    // A second launch on the same data folder raises the first window and passes its request on.
    const QString request = parser.isSet(issueOption)         ? QStringLiteral("issue")
                            : parser.isSet(addAccountOption)  ? QStringLiteral("add-account")
                            : parser.isSet(localTestCaOption) ? QStringLiteral("local-test-ca")
                                                              : QStringLiteral("show");
    SingleInstance instance(QDir(dataDir).absolutePath());
    if (instance.handOver(request))
        return 0;
    auto db = Database::open(dataDir);
    if (!db) {
        QMessageBox box(QMessageBox::Critical, MainText::tr("AcmeDesk"),
                        MainText::tr("AcmeDesk cannot open its database in %1.")
                            .arg(QDir::toNativeSeparators(dataDir)),
                        QMessageBox::Close);
        box.setInformativeText(db.error().message);
        box.setDetailedText(db.error().detail);
        box.exec(); // before any window or network: nothing else runs meanwhile
        return 1;
    }

    KeychainSecretStore keychain;
    keychain.setNamespace(db->instanceId());          // this data folder's entries only
    LedgerSecretStore secrets(db.value(), &keychain); // every write noted in the ledger first
    // Created here, started when the user picks it or one of its accounts is used (it comes back
    // with the saved Key ID, HMAC, port and certificate); stopped at exit (and by its destructor).
    LocalTestCa localTestCa(QDir(dataDir).filePath(QStringLiteral("local-ca")));
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &localTestCa, &LocalTestCa::stop);

#ifdef Q_OS_UNIX
    quitOnTerminationSignals(app);
#endif

    Services services{db.value(), &secrets};
    services.localTestCa = &localTestCa;
    MainWindow window(services, &localTestCa);
    restoreWindowState(window);
    window.show();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window,
                     [&window] { saveWindowState(window); });
    // Orders left unfinished (closed, crashed, slow CA) go on, one after the other, once the
    // keychain answered; the Dashboard shows them meanwhile.
    window.resumeUnfinishedOrders();
    const auto serve = [&window](const QString &what) {
        if (window.isMinimized())
            window.showNormal();
        window.raise();
        window.activateWindow();
        if (what == QLatin1String("issue"))
            window.openIssueWizard();
        else if (what == QLatin1String("add-account"))
            window.openAccountWizard();
        else if (what == QLatin1String("local-test-ca"))
            window.openAccountWizard(true);
    };
    QObject::connect(&instance, &SingleInstance::requested, &window, serve);
    serve(request);
    return app.exec();
}
