#include "ui/issue/IssueResultPage.h"

#include "ui/issue/ExportPfxDialog.h"
#include "ui/widgets/ErrorPanel.h"
#include "ui/widgets/FieldHint.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace acmedesk {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

IssueResultPage::IssueResultPage(std::function<IssueOutcome()> outcome, QWidget *parent)
    : QWizardPage(parent), m_outcome(std::move(outcome)), m_summary(new QLabel(this)),
      m_validity(new QLabel(this)), m_filesBox(new QWidget(this)), m_folder(new QLabel(m_filesBox)),
      m_files(new QListWidget(m_filesBox)), m_copy(new QPushButton(tr("&Copy paths"), m_filesBox)),
      m_open(new QPushButton(tr("&Open folder"), m_filesBox)),
      m_export(new QPushButton(tr("&Export PFX…"), m_filesBox)), m_notice(new FieldHint(this)),
      m_error(new ErrorPanel(this)), m_resume(new QLabel(this)), m_next(new QLabel(this))
{
    setTitle(tr("Result"));
    setFinalPage(true);

    for (QLabel *label : {m_summary, m_validity, m_folder, m_resume, m_next}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("issueResultSummaryLabel"));
    m_validity->setObjectName(QStringLiteral("issueResultValidityLabel"));
    QFont bold = m_validity->font();
    bold.setBold(true);
    m_validity->setFont(bold);
    m_folder->setObjectName(QStringLiteral("issueResultFolderLabel"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_folder->setCursor(Qt::IBeamCursor);
    m_files->setObjectName(QStringLiteral("issueResultFilesList"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_copy->setObjectName(QStringLiteral("copyPathsButton"));
    m_copy->setToolTip(tr("Copy the full paths of the selected files (all files when none is "
                          "selected), one per line"));
    m_open->setObjectName(QStringLiteral("openFolderButton"));
    m_export->setObjectName(QStringLiteral("exportPfxButton"));
    m_notice->setObjectName(QStringLiteral("issueResultNotice"));
    m_error->setObjectName(QStringLiteral("issueResultError"));
    m_resume->setObjectName(QStringLiteral("issueResumeLabel"));
    m_next->setObjectName(QStringLiteral("issueResultNextLabel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_folder);
    filesLayout->addWidget(m_files, 1);
    filesLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_validity);
    layout->addWidget(m_filesBox, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_resume);
    layout->addStretch(0);
    layout->addWidget(m_next);

    connect(m_copy, &QPushButton::clicked, this, &IssueResultPage::copyPaths);
    connect(m_open, &QPushButton::clicked, this, &IssueResultPage::openFolder);
    connect(m_export, &QPushButton::clicked, this, &IssueResultPage::exportPfx);
}

void IssueResultPage::addFile(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return;
    for (int i = 0; i < m_files->count(); ++i) {
        if (m_files->item(i)->data(PathRole).toString() == path)
            return;
    }
    auto *item = new QListWidgetItem(
        QStringLiteral("%1 \u2014 %2").arg(QFileInfo(path).fileName(), what), m_files);
    item->setData(PathRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
}

void IssueResultPage::initializePage()
{
    m_current = m_outcome ? m_outcome() : IssueOutcome{};
    const IssueOutcome &o = m_current;
    const QString names = o.identifiers.join(QStringLiteral(", "));
    m_files->clear();
    m_notice->clear();
    m_error->clear();

    if (o.ok) {
        setTitle(tr("Certificate ready"));
        m_summary->setText(tr("The certificate for %1 is issued and written.").arg(names));
        const QString until =
            o.notAfter.isValid()
                ? QLocale().toString(o.notAfter.toLocalTime().date(), QLocale::LongFormat)
                : tr("(unknown)");
        const qint64 days =
            o.notAfter.isValid() ? QDateTime::currentDateTimeUtc().daysTo(o.notAfter.toUTC()) : 0;
        m_validity->setText(
            tr("Valid until %1 (%n day(s)), issued by %2.", nullptr, int(days))
                .arg(until, o.issuer.isEmpty() ? tr("(unknown issuer)") : o.issuer));
        m_validity->setVisible(true);
        m_folder->setText(QDir::toNativeSeparators(o.files.folder));
        addFile(o.files.cert, tr("the certificate alone"));
        addFile(o.files.chain, tr("the intermediate certificates"));
        addFile(o.files.fullchain, tr("certificate and chain: what most servers want"));
        addFile(o.files.privkey, tr("the private key, readable only by you"));
        addFile(o.files.pfx, tr("PFX with key and chain, password-protected"));
        if (!o.warning.isEmpty())
            m_notice->setHint(FieldHint::Kind::Warning, o.warning);
        m_filesBox->setVisible(true);
        m_resume->setVisible(false);
        m_next->setText(tr("Click Finish: the Dashboard opens with this certificate selected."));
        return;
    }
    setTitle(o.canResume ? tr("Order paused") : tr("Order failed"));
    m_validity->setVisible(false);
    m_filesBox->setVisible(false);
    m_summary->setText(o.canResume ? tr("The certificate for %1 is not issued yet.").arg(names)
                                   : tr("The certificate for %1 could not be issued.").arg(names));
    if (o.error.kind == Error::Kind::Cancelled)
        m_notice->setHint(FieldHint::Kind::Info, o.error.message); // asked for: not an error
    else
        m_error->showError(o.error);
    m_resume->setVisible(true);
    m_resume->setText(
        o.canResume
            ? tr("Resume later: the order is kept with every step done so far. It is listed under "
                 "Pending orders on the Dashboard (Resume), and AcmeDesk resumes it when it "
                 "starts.")
            : tr("This order cannot be continued. Fix what the message says, then request the "
                 "certificate again."));
    m_next->setText(tr("Click Finish to close this window."));
}

QStringList IssueResultPage::filePaths() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i)
        paths << QDir::toNativeSeparators(m_files->item(i)->data(PathRole).toString());
    return paths;
}

void IssueResultPage::copyPaths()
{
    QStringList paths;
    for (const QListWidgetItem *item : m_files->selectedItems())
        paths << QDir::toNativeSeparators(item->data(PathRole).toString());
    if (paths.isEmpty())
        paths = filePaths();
    QApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
    m_notice->setHint(FieldHint::Kind::Info, tr("Copied %n path(s).", nullptr, int(paths.size())));
}

void IssueResultPage::openFolder()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_current.files.folder)))
        m_notice->setHint(FieldHint::Kind::Warning,
                          tr("No file manager opened the folder; its path is above."));
}

void IssueResultPage::exportPfx()
{
    auto *dialog = new ExportPfxDialog(m_current.files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportPfxDialog::exported, this, [this](const QString &path) {
        m_current.files.pfx = path;
        addFile(path, tr("PFX with key and chain, password-protected"));
        m_notice->setHint(FieldHint::Kind::Info,
                          tr("PFX written to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open(); // window-modal, without a nested event loop
}

} // namespace acmedesk
