#include "ui/ImportDialog.h"

#include "ui/widgets/ErrorPanel.h"
#include "ui/widgets/StatusDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace acmedesk {

namespace {

constexpr int OutcomeRole = Qt::UserRole + 1; // int(ImportOutcome) on every cell of a row

QString outcomeLabel(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return ImportDialog::tr("Imported");
    case ImportOutcome::Duplicate:
        return ImportDialog::tr("Duplicate");
    case ImportOutcome::NotCertificate:
        return ImportDialog::tr("Not a certificate");
    case ImportOutcome::WrongPassword:
        return ImportDialog::tr("Wrong password");
    case ImportOutcome::Unreadable:
        return ImportDialog::tr("Unreadable");
    }
    return {};
}

// A stray file in a folder of certificates is common and harmless; a file that cannot be read
// at all is not.
StatusMark outcomeMark(const QModelIndex &index)
{
    StatusMark mark;
    switch (ImportOutcome(index.data(OutcomeRole).toInt())) {
    case ImportOutcome::Imported:
        mark.tone = StatusMark::Tone::Good;
        break;
    case ImportOutcome::Duplicate:
        break;
    case ImportOutcome::NotCertificate:
        mark.tone = StatusMark::Tone::Warning;
        break;
    case ImportOutcome::WrongPassword:
        mark.tone = StatusMark::Tone::Warning;
        mark.icon = QStyle::SP_MessageBoxWarning;
        break;
    case ImportOutcome::Unreadable:
        mark.tone = StatusMark::Tone::Critical;
        mark.icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    return mark;
}

QString details(const FileImportResult &f)
{
    QString text;
    switch (f.outcome) {
    case ImportOutcome::Imported:
        text = ImportDialog::tr("%1: %n certificate(s) added", nullptr, f.added).arg(f.format);
        if (f.certificateIds.size() > f.added)
            text += ImportDialog::tr(", %n already in the inventory", nullptr,
                                     int(f.certificateIds.size()) - f.added);
        break;
    case ImportOutcome::Duplicate:
        text = ImportDialog::tr("%1: every certificate in it is in the inventory already")
                   .arg(f.format);
        break;
    default:
        text = f.message;
        break;
    }
    if (f.privateKeySkipped)
        text += ImportDialog::tr(" (it also holds a private key, which AcmeDesk did not read)");
    return text;
}

} // namespace

ImportDialog::ImportDialog(Services services, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_paths(new QListWidget(this)),
      m_addFiles(new QPushButton(tr("Add &files…"), this)),
      m_addFolder(new QPushButton(tr("Add f&older…"), this)),
      m_removePath(new QPushButton(tr("&Remove"), this)), m_password(new QLineEdit(this)),
      m_passwordNote(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)), m_cancel(new QPushButton(tr("Ca&ncel"), this)),
      m_progressRow(new QWidget(this)), m_counts(new QLabel(this)),
      m_filterLabel(new QLabel(tr("S&how:"), this)), m_filter(new QComboBox(this)),
      m_table(new QTableWidget(0, 3, this)), m_passwordHint(new QLabel(this)),
      m_retry(new QPushButton(tr("&Try again with the password"), this)),
      m_error(new ErrorPanel(this)), m_why(new QLabel(this)), m_importButton(nullptr),
      m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import certificates"));
    setMinimumSize(680, 460);
    resize(820, 560);

    auto *intro = new QLabel(
        tr("Add certificate files or whole folders (every folder below is read too, hidden ones "
           "excepted): PEM, DER, PKCS#7 (.p7b, .p7c) and PKCS#12 (.pfx, .p12). The contents "
           "decide, not the file name. Private keys in them are never read or stored."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_paths->setObjectName(QStringLiteral("importPathList"));
    m_paths->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_paths->setTextElideMode(Qt::ElideMiddle);
    m_paths->setMinimumHeight(m_paths->fontMetrics().lineSpacing() * 4 + 8);
    m_addFiles->setObjectName(QStringLiteral("addFilesButton"));
    m_addFolder->setObjectName(QStringLiteral("addFolderButton"));
    m_addFolder->setToolTip(tr("Every certificate file in the folder and the folders below it"));
    m_removePath->setObjectName(QStringLiteral("removePathButton"));
    m_removePath->setToolTip(tr("Take the selected entries off the list"));
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(m_addFiles);
    pathButtons->addWidget(m_addFolder);
    pathButtons->addWidget(m_removePath);
    pathButtons->addStretch(1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    m_password->setObjectName(QStringLiteral("importPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only for password-protected PKCS#12 files"));
    auto *passwordLabel = new QLabel(tr("PKCS#12 &password:"), this);
    passwordLabel->setBuddy(m_password);
    m_passwordNote->setText(tr("Files that open without a password (or with the empty one) need "
                               "none. The password is used for this import only."));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    auto *passwordForm = new QFormLayout;
    passwordForm->addRow(passwordLabel, m_password);
    passwordForm->addRow(QString(), m_passwordNote);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setToolTip(tr("Stop after the files being written now; what was imported stays"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_cancel);
    m_progressRow->setVisible(false);

    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setVisible(false);
    m_filter->setObjectName(QStringLiteral("importOutcomeFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setVisible(false);
    m_filterLabel->setBuddy(m_filter);
    m_filterLabel->setVisible(false);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportDialog::applyFilter);
    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_filterLabel);
    countsRow->addWidget(m_filter);

    m_table->setObjectName(QStringLiteral("importResults"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Outcome"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(1, new StatusDelegate(1, outcomeMark, m_table));
    m_table->setVisible(false);

    m_passwordHint->setObjectName(QStringLiteral("importPasswordHint"));
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setTextFormat(Qt::PlainText);
    m_passwordHint->setVisible(false);
    m_retry->setObjectName(QStringLiteral("retryWithPasswordButton"));
    m_retry->setVisible(false);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_passwordHint, 1);
    retryRow->addWidget(m_retry, 0, Qt::AlignTop);

    m_why->setObjectName(QStringLiteral("importWhy"));
    m_why->setTextFormat(Qt::PlainText);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_why->setMinimumHeight(m_why->fontMetrics().height());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("startImportButton"));
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addLayout(passwordForm);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_error);
    layout->addLayout(countsRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(retryRow);
    layout->addWidget(m_why);
    layout->addWidget(buttons);

    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_removePath, &QPushButton::clicked, this, [this] {
        const auto selected = m_paths->selectedItems();
        for (QListWidgetItem *item : selected) {
            m_pathList.removeAll(item->data(Qt::UserRole).toString());
            delete item;
        }
        updateState();
    });
    connect(m_paths, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateState);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_import) {
            m_cancelled = true;
            m_import->cancel();
            m_cancel->setEnabled(false);
            m_progressText->setText(tr("Stopping…"));
        }
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        QStringList again;
        for (const FileImportResult &f : std::as_const(m_results))
            if (f.outcome == ImportOutcome::WrongPassword)
                again << f.path;
        if (!again.isEmpty())
            run(again, SecureBytes(m_password->text().toUtf8()));
    });
    connect(m_password, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    updateState();
}

ImportDialog::~ImportDialog()
{
    // CertificateImport's destructor cancels and waits for its worker (one batch at most).
    delete m_import;
}

void ImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add certificate files"), QDir::homePath(),
        tr("Certificate files (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12 *.key);;All "
           "files (*)"));
    addPaths(files);
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Add a folder of certificates"), QDir::homePath());
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &p : paths) {
        const QString path = QFileInfo(p).absoluteFilePath();
        if (p.isEmpty() || m_pathList.contains(path))
            continue;
        m_pathList << path;
        const bool folder = QFileInfo(path).isDir();
        if (folder && !m_folders.contains(path))
            m_folders << path;
        auto *item = new QListWidgetItem(
            style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon),
            QDir::toNativeSeparators(path), m_paths);
        item->setData(Qt::UserRole, path);
        item->setToolTip(folder ? tr("%1 and every folder below it").arg(item->text())
                                : item->text());
    }
    updateState();
}

bool ImportDialog::isRunning() const
{
    return m_import != nullptr;
}

int ImportDialog::count(ImportOutcome outcome) const
{
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(),
                      [outcome](const FileImportResult &f) { return f.outcome == outcome; }));
}

void ImportDialog::startImport()
{
    if (isRunning() || m_pathList.isEmpty())
        return;
    run(m_pathList, SecureBytes(m_password->text().toUtf8()));
}

void ImportDialog::run(const QStringList &paths, const SecureBytes &password)
{
    m_error->clear();
    m_cancelled = false;
    m_import = new CertificateImport(m_services, paths, password, this);
    connect(m_import, &CertificateImport::progress, this, &ImportDialog::onProgress);
    connect(m_import, &CertificateImport::finished, this, &ImportDialog::onFinished);
    m_progress->setRange(0, 0); // until the folders are listed
    m_progressText->setText(tr("Listing the files…"));
    m_progressRow->setVisible(true);
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    updateState();
    m_import->start();
}

void ImportDialog::onProgress(qsizetype done, qsizetype total)
{
    m_progress->setRange(0, int(qMax<qsizetype>(total, 1)));
    m_progress->setValue(int(done));
    if (!m_cancelled)
        m_progressText->setText(
            tr("%1 of %n file(s)", nullptr, int(total)).arg(QLocale().toString(qlonglong(done))));
}

void ImportDialog::onFinished(bool ok)
{
    CertificateImport *import = m_import;
    m_import = nullptr;
    m_progressRow->setVisible(false);
    QList<qint64> ids;
    if (!ok) {
        if (import->error())
            m_error->showError(*import->error());
    } else {
        const ImportSummary &summary = import->summary();
        // A retry replaces the rows of its files; a new run adds its files (again, if listed
        // before: the latest outcome counts).
        for (const FileImportResult &f : summary.files) {
            bool replaced = false;
            for (FileImportResult &old : m_results) {
                if (old.path == f.path) {
                    old = f;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                m_results << f;
            ids << f.certificateIds;
        }
        m_pathList.clear();
        m_paths->clear();
        if (summary.cancelled)
            m_error->showMessage(
                tr("The import was cancelled after %n file(s); the certificates of those files "
                   "are in the inventory. Add the rest again to import them.",
                   nullptr, int(summary.files.size())));
        else if (summary.files.isEmpty())
            m_error->showMessage(tr("No file was found to import: the folders hold none (hidden "
                                    "files and folders are skipped). Add certificate files or "
                                    "folders that hold some."));
    }
    import->deleteLater();
    m_password->clear(); // used for this run only
    showResults();
    updateState();
    Q_EMIT inventoryChanged(ids);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::showResults()
{
    m_table->setRowCount(int(m_results.size()));
    for (int r = 0; r < m_results.size(); ++r) {
        const FileImportResult &f = m_results.at(r);
        const QString path = QDir::toNativeSeparators(f.path);
        // Inside an added folder: from that folder's name on, which is what people recognise.
        QString shown = path;
        for (const QString &folder : std::as_const(m_folders)) {
            if (f.path.startsWith(folder + QLatin1Char('/'))) {
                shown = QDir::toNativeSeparators(QFileInfo(folder).dir().relativeFilePath(f.path));
                break;
            }
        }
        // The row names the file already: the message need not repeat the whole path.
        QString detail = details(f);
        detail.replace(f.path, QFileInfo(f.path).fileName());
        const QStringList texts{shown, outcomeLabel(f.outcome), detail};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(OutcomeRole, int(f.outcome));
            item->setToolTip(c == 0 ? path : c == 2 ? detail : QString());
            m_table->setItem(r, c, item);
        }
    }
    const bool any = !m_results.isEmpty();
    m_table->setVisible(any);
    m_counts->setVisible(true);
    m_filter->setVisible(any);
    m_filterLabel->setVisible(any);
    // The results take the room now; the list keeps a few lines for more files.
    m_paths->setMaximumHeight(any ? m_paths->fontMetrics().lineSpacing() * 5 + 8 : QWIDGETSIZE_MAX);
    if (any) {
        m_table->resizeColumnToContents(1);
        m_table->setColumnWidth(0, qMin(qMax(m_table->columnWidth(0), 320), width() / 2));
        m_table->setColumnWidth(1, m_table->columnWidth(1) + 24);
    }

    int added = 0;
    for (const FileImportResult &f : std::as_const(m_results))
        added += f.added;
    QStringList parts;
    for (const ImportOutcome o : AllImportOutcomes)
        parts << tr("%1: %2").arg(outcomeLabel(o)).arg(count(o));
    m_counts->setText(tr("%n file(s) read. ", nullptr, int(m_results.size())) +
                      parts.join(QStringLiteral(" · ")) +
                      tr(". Certificates added to the inventory: %1.").arg(added));

    // The filter: every file, or those of one outcome, each with its count.
    const int current = m_filter->currentIndex() < 0 ? 0 : m_filter->currentIndex();
    QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All files (%1)").arg(m_results.size()), -1);
    for (const ImportOutcome o : AllImportOutcomes)
        m_filter->addItem(tr("%1 (%2)").arg(outcomeLabel(o)).arg(count(o)), int(o));
    m_filter->setCurrentIndex(current);
    applyFilter();

    const int locked = count(ImportOutcome::WrongPassword);
    m_passwordHint->setText(
        tr("%n PKCS#12 file(s) did not open with the empty password or the one given. Enter "
           "the password above and try again: only those files are read again.",
           nullptr, locked));
    m_passwordHint->setVisible(locked > 0);
    m_retry->setVisible(locked > 0);
}

void ImportDialog::applyFilter()
{
    const int want = m_filter->currentData().toInt();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const int outcome = m_table->item(r, 0)->data(OutcomeRole).toInt();
        m_table->setRowHidden(r, want >= 0 && outcome != want);
    }
}

void ImportDialog::reject()
{
    if (m_import) { // closes once the worker has stopped
        m_closeWhenDone = true;
        m_cancelled = true;
        m_import->cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::updateState()
{
    const bool running = isRunning();
    m_addFiles->setEnabled(!running);
    m_addFolder->setEnabled(!running);
    m_paths->setEnabled(!running);
    m_password->setEnabled(!running);
    m_removePath->setEnabled(!running && !m_paths->selectedItems().isEmpty());
    m_removePath->setToolTip(m_paths->selectedItems().isEmpty() && !running
                                 ? tr("Select entries in the list to take them off")
                                 : tr("Take the selected entries off the list"));
    m_importButton->setEnabled(!running && !m_pathList.isEmpty());
    m_retry->setEnabled(!running && !m_password->text().isEmpty());
    m_retry->setToolTip(m_password->text().isEmpty() ? tr("Enter the PKCS#12 password first")
                                                     : QString());
    QString why;
    if (running)
        why = tr("Importing… Close stops after the files being written now.");
    else if (m_pathList.isEmpty())
        why = m_results.isEmpty() ? tr("Add files or folders to import.")
                                  : tr("Done. Add more files or folders to import them too.");
    m_why->setText(why);
    m_importButton->setToolTip(
        m_pathList.isEmpty() && !running ? tr("Add files or folders to import first") : QString());
    if (m_importButton->isEnabled())
        m_importButton->setDefault(true);
    else if (m_retry->isVisible() && m_retry->isEnabled())
        m_retry->setDefault(true);
}

} // namespace acmedesk
