// Alt+letter must reach one control only: walks every page of the account and issuance wizards
// (with the wizard buttons that page shows) and every page of the main window (with the menu
// bar), and fails on a letter two visible controls claim, and on a label whose mnemonic leads
// nowhere (no buddy). German too: a translation can clash where English does not. And a window
// made small still shows five rows of each page's list.
#include "GuiTestHelpers.h"
#include "core/store/AccountRepository.h"
#include "core/store/DomainRepository.h"
#include "core/store/EventLog.h"
#include "core/util/Translations.h"
#include "support/InventorySeed.h"
#include "ui/MainWindow.h"
#include "ui/issue/IssueWizard.h"
#include "ui/issue/RunningJobs.h"
#include "ui/wizard/AccountWizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QWizard>

using namespace acmedesk;

namespace {

// The mnemonic letter of a text ("&Next" -> 'n'; "&&" is a literal ampersand), or null.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

struct Claim
{
    QString who;  // object name or class, and the text
    QChar letter; // null: none
};

// The controls below `root` that would show if `root` were shown, with their mnemonics.
// `problems` collects labels whose mnemonic has no buddy.
QList<Claim> claims(const QWidget *root, QStringList &problems)
{
    QList<Claim> out;
    const auto name = [](const QObject *o, const QString &text) -> QString {
        return (o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                          : o->objectName()) %
               QStringLiteral(" \"") % text % QLatin1Char('"');
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (const QChar c = mnemonic(button->text()); !c.isNull())
                out.append({name(w, button->text()), c});
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            const QChar c =
                label->textFormat() == Qt::PlainText || label->textFormat() == Qt::AutoText
                    ? mnemonic(label->text())
                    : QChar();
            if (c.isNull())
                continue;
            if (!label->buddy())
                problems << QStringLiteral("label without buddy: ") % name(w, label->text());
            else if (label->buddy()->isVisibleTo(root))
                out.append({name(w, label->text()), c});
        } else if (const auto *box = qobject_cast<const QGroupBox *>(w)) {
            if (const QChar c = mnemonic(box->title()); !c.isNull())
                out.append({name(w, box->title()), c});
        } else if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (const QChar c = mnemonic(tabs->tabText(i)); !c.isNull())
                    out.append({name(w, tabs->tabText(i)), c});
            }
        }
    }
    return out;
}

QStringList clashes(const QString &where, const QList<Claim> &all)
{
    QMap<QChar, QStringList> byLetter;
    for (const Claim &c : all)
        byLetter[c.letter] << c.who;
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            out << where % QStringLiteral(": Alt+") % it.key() % QStringLiteral(" is claimed by ") %
                       it.value().join(QStringLiteral(", "));
    }
    return out;
}

// Every page of a wizard, each with the buttons QWizard shows on it.
QStringList wizardClashes(QWizard &wizard, const QString &label)
{
    QStringList problems;
    for (const int id : wizard.pageIds()) {
        QWizardPage *page = wizard.page(id);
        QStringList own;
        QList<Claim> all = claims(page, own);
        const auto button = [&](QWizard::WizardButton which, const char *what) {
            const QString text = page->buttonText(which);
            if (const QChar c = mnemonic(text); !c.isNull())
                all.append(
                    {QString::fromLatin1(what) % QStringLiteral(" \"") % text % QLatin1Char('"'),
                     c});
        };
        const QString where = label % QLatin1Char('/') % page->objectName();
        if (id != wizard.startId() &&
            !(wizard.options() & QWizard::NoBackButtonOnLastPage && page->isFinalPage()))
            button(QWizard::BackButton, "Back");
        if (page->isCommitPage())
            button(QWizard::CommitButton, "Commit");
        else if (page->isFinalPage())
            button(QWizard::FinishButton, "Finish");
        else
            button(QWizard::NextButton, "Next");
        for (const QString &p : std::as_const(own))
            problems << where % QStringLiteral(": ") % p;
        problems << clashes(where, all);
    }
    return problems;
}

} // namespace

class TestSteadyForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mnemonicParsing();
    void everyPage_data();
    void everyPage();
    void smallWindowKeepsFiveRows();

private:
    test::GuiTestEnvironment m_env;
};

void TestSteadyForms::initTestCase()
{
    m_env.start({}, false);
    // One account, so the issuance wizard's pages show what they show with an account.
    Account account;
    account.name = QStringLiteral("Mnemonic account");
    account.directoryUrl = QUrl(QStringLiteral("https://acme.example.com/directory"));
    account.accountUrl = QUrl(QStringLiteral("https://acme.example.com/acct/1"));
    account.status = accountstatus::Valid;
    account.eabKeyId = QStringLiteral("kid");
    auto accountId = AccountRepository(*m_env.db).insert(account);
    QVERIFY(accountId.ok());
    // Something on every page, so the lists show rather than their empty states.
    QCOMPARE(
        test::seedCertificates(*m_env.db, QDateTime::currentDateTimeUtc(), 20, *accountId).size(),
        20);
    for (int i = 0; i < 20; ++i) {
        ManualDomain domain;
        domain.name = QStringLiteral("host%1.example.com").arg(i);
        QVERIFY(DomainRepository(*m_env.db).addDomain(domain).ok());
        (void)EventLog(*m_env.db).record(EventKind::AccountRegistered, account.name,
                                         QStringLiteral("entry %1").arg(i));
    }
}

void TestSteadyForms::mnemonicParsing()
{
    QCOMPARE(mnemonic(QStringLiteral("&Next")), QLatin1Char('n'));
    QCOMPARE(mnemonic(QStringLiteral("Save && &close")), QLatin1Char('c'));
    QVERIFY(mnemonic(QStringLiteral("Fish && chips")).isNull());
    QStringList problems;
    QWidget root;
    auto *a = new QPushButton(QStringLiteral("&Apply"), &root);
    auto *b = new QPushButton(QStringLiteral("&Add"), &root);
    Q_UNUSED(a)
    Q_UNUSED(b)
    QCOMPARE(clashes(QStringLiteral("root"), claims(&root, problems)).size(), 1);
    b->setVisible(false); // hidden controls claim nothing
    QCOMPARE(clashes(QStringLiteral("root"), claims(&root, problems)).size(), 0);
    new QLabel(QStringLiteral("&Orphan"), &root);
    claims(&root, problems);
    QCOMPARE(problems.size(), 1);
}

void TestSteadyForms::everyPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestSteadyForms::everyPage()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), QLocale(language)), language);

    QStringList problems;
    {
        AccountWizard wizard(m_env.services(), nullptr);
        problems << wizardClashes(wizard, QStringLiteral("AccountWizard"));
    }
    {
        RunningJobs jobs(m_env.services());
        IssueWizard wizard(m_env.services(), &jobs);
        problems << wizardClashes(wizard, QStringLiteral("IssueWizard"));
    }
    {
        MainWindow window(m_env.services(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QList<Claim> menus;
        for (QAction *action : window.menuBar()->actions()) {
            if (const QChar c = mnemonic(action->text()); !c.isNull())
                menus.append({QStringLiteral("menu \"") % action->text() % QLatin1Char('"'), c});
        }
        for (const auto page : {MainWindow::DashboardPage, MainWindow::DomainsPageIndex,
                                MainWindow::AccountsPageIndex, MainWindow::ActivityPageIndex}) {
            window.showPage(page);
            QCoreApplication::processEvents();
            QStringList own;
            QList<Claim> all = claims(&window, own);
            // The main window's children include the menu bar's hidden menus' buttons: none;
            // its menu titles are actions, added here.
            all << menus;
            const QString where = QStringLiteral("MainWindow/page %1").arg(int(page));
            for (const QString &p : std::as_const(own))
                problems << where % QStringLiteral(": ") % p;
            problems << clashes(where, all);
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSteadyForms::smallWindowKeepsFiveRows()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    MainWindow window(m_env.services(), nullptr);
    window.resize(500, 400); // smaller than it allows
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Still fits a small laptop screen.
    QVERIFY2(window.width() <= 1024 && window.height() <= 720,
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    const QList<QPair<MainWindow::Page, const char *>> lists{
        {MainWindow::DashboardPage, "certificatesTable"},
        {MainWindow::DomainsPageIndex, "domainsTree"},
        {MainWindow::ActivityPageIndex, "activityTable"},
    };
    for (const auto &[page, name] : lists) {
        window.showPage(page);
        QCoreApplication::processEvents();
        auto *view = window.findChild<QAbstractItemView *>(QString::fromLatin1(name));
        QVERIFY2(view && view->isVisible(), name);
        const int rowHeight = view->fontMetrics().height();
        QVERIFY2(view->viewport()->height() >= 5 * rowHeight,
                 qPrintable(QStringLiteral("%1: %2 px for rows of %3 px")
                                .arg(QString::fromLatin1(name))
                                .arg(view->viewport()->height())
                                .arg(rowHeight)));
    }
}

QTEST_MAIN(TestSteadyForms)
#include "tst_steadyforms.moc"
