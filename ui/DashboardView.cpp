#include "ui/DashboardView.h"

#include "core/inventory/IcsExport.h"
#include "core/jobs/CertificateOperations.h"
#include "core/store/CertificateRepository.h"
#include "core/store/EventLog.h"
#include "models/CertificateInventoryModel.h"
#include "models/OrderListModel.h"
#include "ui/CertificateDetails.h"
#include "ui/ImportDialog.h"
#include "ui/ProbeDialog.h"
#include "ui/RevokeDialog.h"
#include "ui/widgets/ExpiryTimeline.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/Sizing.h"
#include "ui/widgets/StatusDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

QTableView *table(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setIconSize(QSize(16, 16));
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setMinimumSectionSize(60);
    return view;
}

QWidget *emptyState(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Running orders get the style's "busy" look: an information icon; failures a warning icon.
StatusMark orderStateMark(const QModelIndex &index)
{
    StatusMark mark;
    mark.icon = QStyle::SP_MediaPlay;
    switch (OrderListModel::RowState(index.data(OrderListModel::RowStateRole).toInt())) {
    case OrderListModel::RowState::Running:
        mark.icon = QStyle::SP_BrowserReload;
        break;
    case OrderListModel::RowState::WaitingForDns:
        mark.icon = QStyle::SP_MessageBoxInformation;
        break;
    case OrderListModel::RowState::Failed:
        mark.icon = QStyle::SP_MessageBoxCritical;
        break;
    case OrderListModel::RowState::Resumable:
        mark.icon = QStyle::SP_MediaPause;
        break;
    }
    return mark;
}

using Inventory = CertificateInventoryModel;

// The certificate table: urgent expiries in the critical tone with an icon, soon ones amber.
StatusMark certificateMark(const QModelIndex &index)
{
    StatusMark mark;
    const auto column = Inventory::Column(index.column());
    if (column != Inventory::Column::DaysLeft && column != Inventory::Column::Status &&
        column != Inventory::Column::Renewal)
        return mark;
    if (column == Inventory::Column::Renewal) {
        if (index.data(Inventory::RenewalFailedRole).toBool()) {
            mark.tone = StatusMark::Tone::Critical;
            mark.icon = QStyle::SP_MessageBoxWarning;
        }
        return mark;
    }
    const auto state = Inventory::State(index.data(Inventory::StateRole).toInt());
    // Served somewhere although a newer certificate exists: amber with a warning icon, unless
    // the expiry is more urgent still (below).
    const bool outdated = column == Inventory::Column::Status &&
                          index.data(Inventory::OutdatedDeploymentsRole).toInt() > 0;
    if (outdated) {
        mark.tone = StatusMark::Tone::Warning;
        mark.icon = QStyle::SP_MessageBoxWarning;
    }
    if (state == Inventory::State::Replaced || state == Inventory::State::Revoked) {
        if (!outdated)
            mark.tone = StatusMark::Tone::Plain;
        return mark;
    }
    switch (Inventory::Urgency(index.data(Inventory::UrgencyRole).toInt())) {
    case Inventory::Urgency::Expired:
        mark.tone = StatusMark::Tone::Critical;
        mark.bold = true;
        if (column == Inventory::Column::Status)
            mark.icon = QStyle::SP_MessageBoxCritical;
        break;
    case Inventory::Urgency::Urgent:
        mark.tone = StatusMark::Tone::Critical;
        mark.bold = true;
        if (column == Inventory::Column::Status)
            mark.icon = QStyle::SP_MessageBoxWarning;
        break;
    case Inventory::Urgency::Soon:
        mark.tone = StatusMark::Tone::Warning;
        if (column == Inventory::Column::Status)
            mark.icon = QStyle::SP_MessageBoxWarning;
        break;
    case Inventory::Urgency::Fine:
        if (!outdated)
            mark.tone = StatusMark::Tone::Good;
        break;
    }
    return mark;
}

QToolButton *summaryButton(const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setCheckable(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    b->setMinimumHeight(b->fontMetrics().height() * 3);
    return b;
}

void setSummaryText(QToolButton *b, int count, const QString &label, StatusMark::Tone tone)
{
    b->setText(QString::number(count) + QLatin1Char('\n') + label);
    QPalette pal = b->palette();
    pal.setColor(QPalette::ButtonText,
                 count > 0 ? toneColor(tone, QPalette()) : QPalette().color(QPalette::ButtonText));
    b->setPalette(pal);
    QFont f = b->font();
    f.setBold(count > 0);
    b->setFont(f);
    b->setAccessibleName(label + QStringLiteral(": ") + QString::number(count));
}

} // namespace

DashboardView::DashboardView(Services services, OrderListModel *orders,
                             CertificateInventoryModel *certificates, QWidget *parent)
    : QWidget(parent), m_services(std::move(services)), m_orders(orders),
      m_certificates(certificates), m_filter(new CertificateFilterModel(this)),
      m_issue(new QPushButton(tr("&Issue certificate…"), this)),
      m_dcvSummary(summaryButton(QStringLiteral("summaryDcvExpiring"), this)),
      m_timeline(new ExpiryTimeline(this)), m_ordersSection(new QWidget(this)),
      m_ordersTable(table(QStringLiteral("pendingOrdersTable"), orders, m_ordersSection)),
      m_resume(new QPushButton(tr("&Resume"), m_ordersSection)),
      m_stop(new QPushButton(tr("&Stop"), m_ordersSection)),
      m_showDns(new QPushButton(tr("Show &DNS record…"), m_ordersSection)),
      m_dismiss(new QPushButton(tr("D&ismiss"), m_ordersSection)),
      m_forget(new QPushButton(tr("Dis&card order…"), m_ordersSection)),
      m_orderNote(new QLabel(m_ordersSection)), m_search(new QLineEdit(this)),
      m_showInactive(new QCheckBox(tr("Show re&newed and revoked"), this)),
      m_filterNote(new QLabel(this)), m_clearFilter(new QPushButton(tr("Show &all"), this)),
      m_certsStack(new QStackedWidget(this)), m_certsTable(nullptr),
      m_details(new QTextBrowser(this)), m_openFolder(new QPushButton(tr("&Open folder"), this)),
      m_copyFolder(new QPushButton(tr("&Copy folder path"), this)),
      m_revoke(new QPushButton(tr("Re&voke…"), this)),
      m_exportCalendar(new QPushButton(tr("&Export calendar…"), this)),
      m_addCertificates(new QPushButton(tr("Add cer&tificates"), this)), m_addMenu(new QMenu(this)),
      m_actionNote(new QLabel(this)), m_certOps(new CertificateOperations(m_services, this)),
      m_loadError(new QLabel(this)), m_afterFilter(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_filter->setSourceModel(m_certificates);
    m_certsTable = table(QStringLiteral("certificatesTable"), m_filter, this);
    reserveRows(m_certsTable);
    m_certsTable->setSortingEnabled(true);
    m_certsTable->sortByColumn(int(Inventory::Column::Expires), Qt::AscendingOrder);
    m_certsTable->setItemDelegate(new StatusDelegate(-1, certificateMark, m_certsTable));
    m_certsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_certsTable->verticalHeader()->setDefaultSectionSize(m_certsTable->fontMetrics().height() + 8);

    m_issue->setObjectName(QStringLiteral("issueCertificateButton"));
    m_issue->setDefault(true);

    const QList<QPair<QString, QString>> summaries{
        {QStringLiteral("summaryExpired"), tr("Certificates that have expired")},
        {QStringLiteral("summaryUnder7"), tr("Certificates that expire within 7 days")},
        {QStringLiteral("summaryUnder30"), tr("Certificates that expire within 30 days")},
        {QStringLiteral("summaryRenewalFailed"), tr("Certificates whose last renewal failed")},
    };
    for (int i = 0; i < summaries.size(); ++i) {
        QToolButton *b = summaryButton(summaries.at(i).first, this);
        b->setToolTip(summaries.at(i).second + tr(" — click to list them"));
        const int category = i + 1; // Category::Expired … RenewalFailed
        connect(b, &QToolButton::clicked, this, [this, category](bool on) {
            setCategory(on ? category : int(Inventory::Category::All));
        });
        m_summary << b;
    }
    m_dcvSummary->setCheckable(false);
    m_dcvSummary->setToolTip(tr("Domains whose validation in SCM expires within 30 days — click "
                                "to see them on the Domains page"));
    connect(m_dcvSummary, &QToolButton::clicked, this, &DashboardView::dcvExpiringRequested);

    m_timeline->setToolTip(QString());
    connect(m_timeline, &ExpiryTimeline::weekSelected, this, [this](int week) {
        m_filter->setWeek(week);
        updateFilterNote();
    });

    m_ordersTable->setItemDelegate(
        new StatusDelegate(int(OrderListModel::Column::Stage), orderStateMark, m_ordersTable));
    m_resume->setObjectName(QStringLiteral("resumeOrderButton"));
    m_resume->setToolTip(tr("Continue the order from where it stopped"));
    m_stop->setObjectName(QStringLiteral("stopOrderButton"));
    m_stop->setToolTip(tr("Stop after the current step; the order stays and can be resumed"));
    m_showDns->setObjectName(QStringLiteral("showDnsRecordButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissOrderButton"));
    m_dismiss->setToolTip(tr("Remove this failure from the list (the Activity page keeps it)"));
    m_forget->setObjectName(QStringLiteral("forgetOrderButton"));
    m_orderNote->setObjectName(QStringLiteral("pendingOrderNote"));
    m_orderNote->setWordWrap(true);
    m_orderNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_orderNote->setVisible(false);
    m_ordersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ordersTable->setMinimumHeight(m_ordersTable->verticalHeader()->defaultSectionSize() * 3 +
                                    m_ordersTable->horizontalHeader()->sizeHint().height());

    m_search->setObjectName(QStringLiteral("certificateSearch"));
    m_search->setPlaceholderText(tr("Search names, subject, issuer or account"));
    m_search->setClearButtonEnabled(true);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_showInactive->setToolTip(tr("Also list certificates that were renewed (replaced by a newer "
                                  "one) or revoked"));
    m_filterNote->setObjectName(QStringLiteral("certificateFilterNote"));
    m_filterNote->setTextFormat(Qt::PlainText);
    m_clearFilter->setObjectName(QStringLiteral("clearCertificateFilter"));

    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_openFolder->setObjectName(QStringLiteral("openCertificateFolderButton"));
    m_copyFolder->setObjectName(QStringLiteral("copyCertificateFolderButton"));
    m_renewal = new QPushButton(tr("&Renewal"), this);
    m_renewal->setObjectName(QStringLiteral("renewalButton"));
    auto *renewalMenu = new QMenu(m_renewal);
    m_renewNow = renewalMenu->addAction(tr("Renew &now"), this, [this] {
        if (const QModelIndex c = currentCertificate(); c.isValid())
            Q_EMIT renewRequested(c.data(Inventory::CertificateIdRole).toLongLong());
    });
    m_renewNow->setObjectName(QStringLiteral("renewNowAction"));
    renewalMenu->addAction(tr("Renew everything &due"), this, &DashboardView::renewDueRequested)
        ->setObjectName(QStringLiteral("renewDueAction"));
    renewalMenu->addSeparator();
    m_renewPolicy =
        renewalMenu->addAction(tr("Renewal &policy of this certificate…"), this, [this] {
            if (const QModelIndex c = currentCertificate(); c.isValid())
                Q_EMIT renewalPolicyRequested(c.data(Inventory::CertificateIdRole).toLongLong());
        });
    m_renewPolicy->setObjectName(QStringLiteral("renewalPolicyAction"));
    renewalMenu
        ->addAction(tr("&Automatic renewal and default policy…"), this,
                    &DashboardView::autoRenewalRequested)
        ->setObjectName(QStringLiteral("autoRenewalAction"));
    m_renewal->setMenu(renewalMenu);
    m_revoke->setObjectName(QStringLiteral("revokeCertificateButton"));
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendarButton"));
    m_exportCalendar->setToolTip(tr("Save every certificate's expiry date with a reminder as an "
                                    "iCalendar (.ics) file for any calendar application"));
    m_actionNote->setObjectName(QStringLiteral("certificateActionNote"));
    m_actionNote->setTextFormat(Qt::PlainText);
    m_actionNote->setWordWrap(true);
    m_actionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Always in the layout (empty when there is nothing to say): it holds the buttons apart.

    m_addCertificates->setObjectName(QStringLiteral("addCertificatesButton"));
    m_addCertificates->setToolTip(tr("Add certificates you did not issue here: from files and "
                                     "folders, or as a server serves them"));
    m_addMenu->setObjectName(QStringLiteral("addCertificatesMenu"));
    QAction *importAction = m_addMenu->addAction(tr("&Import files or folders…"), this,
                                                 &DashboardView::openImportDialog);
    importAction->setObjectName(QStringLiteral("importCertificatesAction"));
    importAction->setToolTip(tr("PEM, DER, PKCS#7 and PKCS#12 files, and whole folders of them"));
    QAction *probeAction =
        m_addMenu->addAction(tr("Check a &server…"), this, &DashboardView::openProbeDialog);
    probeAction->setObjectName(QStringLiteral("checkServerAction"));
    probeAction->setToolTip(tr("Record the certificate a TLS server serves, and that it is "
                               "deployed there"));
    m_addMenu->setToolTipsVisible(true);
    m_addCertificates->setMenu(m_addMenu);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("certificateSplitter"));
    splitter->addWidget(m_certsTable);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 350});
    splitter->setChildrenCollapsible(false);
    m_certsStack->addWidget(splitter);
    m_certsStack->addWidget(emptyState(
        QStringLiteral("certificatesEmptyLabel"),
        tr("No certificates yet. Certificates you issue, import or check on a server are listed "
           "here with their expiry date."),
        this));

    m_loadError->setObjectName(QStringLiteral("dashboardLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setTextFormat(Qt::PlainText);
    m_loadError->setVisible(false);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(heading(tr("Dashboard"), 1.4, this), 1);
    titleRow->addWidget(m_addCertificates);
    titleRow->addWidget(m_issue);

    auto *summaryRow = new QHBoxLayout;
    for (QToolButton *b : std::as_const(m_summary))
        summaryRow->addWidget(b);
    summaryRow->addWidget(m_dcvSummary);

    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_resume);
    orderButtons->addWidget(m_stop);
    orderButtons->addWidget(m_showDns);
    orderButtons->addWidget(m_dismiss);
    orderButtons->addWidget(m_forget);
    orderButtons->addStretch(1);
    auto *ordersLayout = new QVBoxLayout(m_ordersSection);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    ordersLayout->addWidget(heading(tr("Pending orders"), 1.1, m_ordersSection));
    ordersLayout->addWidget(m_ordersTable, 1);
    ordersLayout->addLayout(orderButtons);
    ordersLayout->addWidget(m_orderNote);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(heading(tr("Certificates"), 1.1, this));
    searchRow->addSpacing(12);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showInactive);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterNote, 1);
    filterRow->addWidget(m_clearFilter);

    auto *certButtons = new QHBoxLayout;
    certButtons->addWidget(m_openFolder);
    certButtons->addWidget(m_copyFolder);
    certButtons->addWidget(m_renewal);
    certButtons->addWidget(m_revoke);
    certButtons->addSpacing(12);
    certButtons->addWidget(m_actionNote, 1);
    certButtons->addWidget(m_exportCalendar);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_loadError);
    layout->addLayout(summaryRow);
    auto *timelineCaption = new QLabel(tr("Expiries per week, next 200 days"), this);
    timelineCaption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(timelineCaption);
    layout->addWidget(m_timeline);
    layout->addWidget(m_ordersSection, 2);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_certsStack, 5);
    layout->addLayout(certButtons);

    connect(m_issue, &QPushButton::clicked, this, &DashboardView::issueRequested);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentOrder();
        if (row.isValid())
            Q_EMIT resumeRequested(row.data(OrderListModel::OrderIdRole).toLongLong());
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentOrder();
        if (row.isValid())
            Q_EMIT stopRequested(row.data(OrderListModel::LiveKeyRole).toInt());
    });
    connect(m_showDns, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentOrder();
        if (row.isValid())
            Q_EMIT showDnsRecordRequested(row.data(OrderListModel::LiveKeyRole).toInt());
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentOrder();
        if (row.isValid())
            Q_EMIT dismissRequested(row.data(OrderListModel::LiveKeyRole).toInt());
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentOrder();
        if (!row.isValid())
            return;
        const int liveKey = row.data(OrderListModel::LiveKeyRole).toInt();
        if (OrderListModel::RowState(row.data(OrderListModel::RowStateRole).toInt()) ==
            OrderListModel::RowState::Failed)
            return Q_EMIT dismissRequested(liveKey); // closed already, its secrets gone
        Q_EMIT forgetRequested(row.data(OrderListModel::OrderIdRole).toLongLong(), liveKey);
    });
    connect(m_ordersTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_ordersTable->indexAt(pos);
        if (!at.isValid())
            return;
        m_ordersTable->selectRow(at.row());
        QMenu menu(this);
        for (QPushButton *b : {m_resume, m_stop, m_showDns, m_dismiss, m_forget}) {
            QAction *a = menu.addAction(b->text(), b, &QPushButton::click);
            a->setEnabled(b->isEnabled());
            a->setToolTip(b->toolTip());
        }
        menu.exec(m_ordersTable->viewport()->mapToGlobal(pos));
    });
    connect(m_ordersTable, &QTableView::doubleClicked, this, [this] {
        const QModelIndex row = currentOrder();
        if (!row.isValid())
            return;
        const auto state = OrderListModel::RowState(row.data(OrderListModel::RowStateRole).toInt());
        if (state == OrderListModel::RowState::WaitingForDns)
            m_showDns->click();
        else if (state == OrderListModel::RowState::Resumable)
            m_resume->click();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateFilterNote();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setShowInactive(on);
        updateFilterNote();
    });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_timeline->setSelectedWeek(-1);
        setCategory(int(Inventory::Category::All));
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentCertificate();
        if (row.isValid())
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(row.data(Inventory::FolderRole).toString()));
    });
    connect(m_copyFolder, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentCertificate();
        if (row.isValid())
            QApplication::clipboard()->setText(
                QDir::toNativeSeparators(row.data(Inventory::FolderRole).toString()));
    });
    connect(m_revoke, &QPushButton::clicked, this, &DashboardView::openRevokeDialog);
    connect(m_exportCalendar, &QPushButton::clicked, this, &DashboardView::chooseCalendarFile);
    m_certsTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_certsTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_certsTable->indexAt(pos);
        if (!at.isValid())
            return;
        m_certsTable->selectRow(at.row());
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        for (QPushButton *b : {m_openFolder, m_copyFolder, m_revoke}) {
            QAction *a = menu.addAction(b->text(), b, &QPushButton::click);
            a->setEnabled(b->isEnabled());
            a->setToolTip(b->toolTip());
        }
        menu.exec(m_certsTable->viewport()->mapToGlobal(pos));
    });
    connect(m_orders, &QAbstractItemModel::modelReset, this, &DashboardView::updateState);
    connect(m_orders, &QAbstractItemModel::dataChanged, this, &DashboardView::updateOrderButtons);
    connect(m_orders, &OrderListModel::reloaded, this, &DashboardView::updateState);
    connect(m_certificates, &CertificateInventoryModel::reloaded, this,
            &DashboardView::updateState);
    connect(m_certificates, &QAbstractItemModel::dataChanged, this, &DashboardView::updateSummary);
    connect(m_ordersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardView::updateOrderButtons);
    connect(m_certsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateOrderButtons();
        updateDetails();
    });
    // A filter that hides the selected row drops it from the selection without a signal; and
    // one keystroke in the search box can remove thousands of scattered rows, one signal per
    // range: the note and the details are brought up to date once, when the filter is done.
    m_afterFilter->setSingleShot(true);
    m_afterFilter->setInterval(0);
    connect(m_afterFilter, &QTimer::timeout, this, [this] {
        updateFilterNote();
        updateOrderButtons();
        updateDetails();
    });
    const auto later = [this] { m_afterFilter->start(); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_filter, &QAbstractItemModel::modelReset, this, later);
    setKeychainReady(false, tr("Checking the keychain…"));
    updateState();
}

void DashboardView::setKeychainReady(bool ready, const QString &reason)
{
    m_keychainReady = ready;
    m_keychainReason = reason;
    m_issue->setEnabled(ready);
    m_issue->setToolTip(ready ? QString() : reason);
    updateOrderButtons();
}

void DashboardView::setDcvExpiringCount(int count)
{
    m_dcvExpiring = count;
    updateSummary();
}

void DashboardView::setCategory(int category)
{
    const auto c = Inventory::Category(category);
    m_filter->setCategory(c);
    for (int i = 0; i < m_summary.size(); ++i)
        m_summary.at(i)->setChecked(i + 1 == category);
    updateFilterNote();
}

void DashboardView::selectCertificate(qint64 certificateId)
{
    const int sourceRow = m_certificates->rowOf(certificateId);
    if (sourceRow < 0)
        return;
    QModelIndex at = m_filter->mapFromSource(m_certificates->index(sourceRow, 0));
    if (!at.isValid()) { // hidden by a filter: show everything
        m_search->clear();
        m_timeline->setSelectedWeek(-1);
        setCategory(int(Inventory::Category::All));
        m_showInactive->setChecked(true);
        at = m_filter->mapFromSource(m_certificates->index(sourceRow, 0));
    }
    if (!at.isValid())
        return;
    m_certsTable->selectRow(at.row());
    m_certsTable->scrollTo(at);
}

qint64 DashboardView::currentCertificateId() const
{
    const QModelIndex row = currentCertificate();
    return row.isValid() ? row.data(Inventory::CertificateIdRole).toLongLong() : 0;
}

QModelIndex DashboardView::currentOrder() const
{
    const QModelIndexList rows = m_ordersTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.constFirst();
}

QModelIndex DashboardView::currentCertificate() const
{
    const QModelIndexList rows = m_certsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.constFirst();
}

void DashboardView::updateSummary()
{
    using C = Inventory::Category;
    const QList<QPair<C, QString>> labels{{C::Expired, tr("Expired")},
                                          {C::Under7Days, tr("Under 7 days")},
                                          {C::Under30Days, tr("Under 30 days")},
                                          {C::RenewalFailed, tr("Renewal failed")}};
    for (int i = 0; i < labels.size(); ++i) {
        const auto tone = labels.at(i).first == C::Under30Days ? StatusMark::Tone::Warning
                                                               : StatusMark::Tone::Critical;
        setSummaryText(m_summary.at(i), m_certificates->count(labels.at(i).first),
                       labels.at(i).second, tone);
    }
    setSummaryText(m_dcvSummary, m_dcvExpiring, tr("DCV expiring"), StatusMark::Tone::Warning);
    m_timeline->setCounts(m_certificates->expiriesPerWeek(), m_certificates->today());
}

void DashboardView::updateFilterNote()
{
    QStringList parts;
    switch (m_filter->category()) {
    case Inventory::Category::Expired:
        parts << tr("expired");
        break;
    case Inventory::Category::Under7Days:
        parts << tr("expiring within 7 days");
        break;
    case Inventory::Category::Under30Days:
        parts << tr("expiring within 30 days");
        break;
    case Inventory::Category::RenewalFailed:
        parts << tr("whose renewal failed");
        break;
    case Inventory::Category::All:
        break;
    }
    if (m_filter->week() >= 0) {
        const QDate from = m_certificates->today().addDays(7 * m_filter->week());
        parts << tr("expiring %1 – %2")
                     .arg(QLocale().toString(from, QLocale::ShortFormat),
                          QLocale().toString(from.addDays(6), QLocale::ShortFormat));
    }
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("matching “%1”").arg(m_search->text().trimmed());
    const int shown = m_filter->rowCount();
    m_filterNote->setText(
        parts.isEmpty()
            ? tr("%n certificate(s)", nullptr, shown)
            : tr("%n certificate(s) %1", nullptr, shown).arg(parts.join(QStringLiteral(", "))));
    m_clearFilter->setVisible(m_filter->isFiltering());
}

void DashboardView::updateDetails()
{
    const QModelIndex row = currentCertificate();
    if (!row.isValid()) {
        m_details->setPlainText(tr("Select a certificate to see its chain, fingerprints, files "
                                   "and renewal history."));
        return;
    }
    const qint64 id = row.data(Inventory::CertificateIdRole).toLongLong();
    auto full = CertificateRepository(m_services.db).findById(id);
    if (!full || !full->has_value()) {
        m_details->setPlainText(full ? tr("This certificate is no longer in the inventory.")
                                     : full.error().message);
        return;
    }
    CertificateDetailsInput in;
    in.certificate = **full;
    const QModelIndex source = m_filter->mapToSource(row);
    const auto label = [&](Inventory::Column column) {
        return source.siblingAtColumn(int(column)).data().toString();
    };
    in.source = label(Inventory::Column::Source);
    in.status = label(Inventory::Column::Status);
    in.renewal =
        source.siblingAtColumn(int(Inventory::Column::Renewal)).data(Qt::ToolTipRole).toString();
    in.now = m_services.clock->now();
    if (auto history = EventLog(m_services.db).about(certificateEventSubject(id)))
        in.history = *history;
    // Where it was seen, and which of those places should get a newer certificate.
    CertificateRepository repo(m_services.db);
    QHash<qint64, qint64> newerBySighting;
    if (auto outdated = repo.outdatedSightings(id)) {
        for (const OutdatedSighting &o : std::as_const(*outdated))
            newerBySighting.insert(o.sighting.id, o.newerCertificateId);
    }
    if (auto seen = repo.sightings(id)) {
        for (const CertificateSighting &s : std::as_const(*seen)) {
            CertificateSightingView v;
            v.kind = sightingKindName(s.kind);
            v.location = s.location;
            v.sni = s.sni;
            v.seenAt = s.seenAt;
            v.newerCertificateId = newerBySighting.value(s.id);
            v.outdated = v.newerCertificateId > 0;
            if (v.outdated) {
                const int newerRow = m_certificates->rowOf(v.newerCertificateId);
                if (const auto newer = m_certificates->certificateAt(newerRow))
                    v.newerNotAfter = newer->notAfter;
            }
            in.sightings << v;
        }
    }
    m_details->setHtml(CertificateDetails::html(in));
}

void DashboardView::updateState()
{
    const bool noOrders = m_orders->rowCount() == 0;
    const bool noCerts = m_certificates->rowCount() == 0;
    m_ordersSection->setVisible(!noOrders);
    m_certsStack->setCurrentIndex(noCerts ? 1 : 0);
    m_search->setEnabled(!noCerts);
    m_showInactive->setEnabled(!noCerts);
    if (!noOrders) {
        m_ordersTable->resizeColumnsToContents();
        for (int c = 0; c < int(OrderListModel::Column::Status); ++c)
            m_ordersTable->setColumnWidth(c, qMin(m_ordersTable->columnWidth(c) + 24, 280));
        if (!currentOrder().isValid())
            m_ordersTable->selectRow(0);
    }
    if (!noCerts && m_certificates->rowCount() <= 2000) {
        // Sizing to contents reads every row: only while that is cheap.
        m_certsTable->resizeColumnsToContents();
        for (int c = 0; c < int(Inventory::Column::Count); ++c)
            m_certsTable->setColumnWidth(c, qMin(m_certsTable->columnWidth(c) + 16, 260));
    }
    QStringList errors;
    for (const QString &e : {m_orders->lastError(), m_certificates->lastError()}) {
        if (!e.isEmpty())
            errors << e;
    }
    m_loadError->setText(errors.join(QLatin1Char('\n')));
    m_loadError->setVisible(!errors.isEmpty());
    updateSummary();
    updateFilterNote();
    updateOrderButtons();
    updateDetails();
}

void DashboardView::updateOrderButtons()
{
    using State = OrderListModel::RowState;
    const QModelIndex row = currentOrder();
    const auto state =
        row.isValid() ? State(row.data(OrderListModel::RowStateRole).toInt()) : State::Failed;
    const bool running =
        row.isValid() && (state == State::Running || state == State::WaitingForDns);
    const bool paused = row.isValid() && state == State::Resumable;
    const bool failed = row.isValid() && state == State::Failed;
    const bool recorded = row.isValid() && row.data(OrderListModel::OrderIdRole).toLongLong() > 0;
    const QString selectFirst = tr("Select an order in the list first");
    // Every button says what it does when enabled and why not when disabled.
    const auto set = [&](QPushButton *b, bool on, const QString &enabled, const QString &disabled) {
        b->setEnabled(on);
        b->setToolTip(on ? enabled : (row.isValid() ? disabled : selectFirst));
    };
    set(m_resume, paused && m_keychainReady, tr("Continue the order from where it stopped"),
        !m_keychainReady && paused ? m_keychainReason
        : running                  ? tr("The order is running already")
                                   : tr("A failed order cannot be resumed: Discard it and issue "
                                                         "the certificate again"));
    set(m_stop, running, tr("Stop after the current step; the order stays and can be resumed"),
        paused ? tr("The order is not running: Resume continues it, Discard gives it up")
               : tr("The order has ended: Discard removes it from the list"));
    set(m_showDns, row.isValid() && state == State::WaitingForDns,
        tr("Show the TXT record to publish for this order"),
        tr("Only an order waiting for your DNS record has one to show"));
    set(m_dismiss, failed, tr("Remove this failure from the list (the Activity page keeps it)"),
        running ? tr("The order is running: Stop it first")
                : tr("Only a failed order is dismissed; Discard gives up a paused one"));
    const bool discardable = failed || (paused && recorded && m_keychainReady);
    set(m_forget, discardable,
        failed ? tr("Remove this failed order from the list (its key is removed already)")
               : tr("Give up this order and remove its certificate key (asks first); the order "
                    "expires at the CA by itself"),
        running ? tr("The order is running: Stop it first, then discard it")
                : (!m_keychainReady ? m_keychainReason : selectFirst));

    // The selected order's trouble in place: why the last attempt stopped, what can be done.
    QString note;
    bool problem = false;
    if (paused) {
        const QString failure = row.data(OrderListModel::AttemptFailureRole).toString();
        if (!failure.isEmpty()) {
            note = tr("The last attempt failed: %1 Resume to try again, or Discard the order.")
                       .arg(failure);
            problem = true;
        } else if (!m_keychainReady) {
            note = m_keychainReason;
        }
    } else if (failed) {
        const QString status =
            row.siblingAtColumn(int(OrderListModel::Column::Status)).data().toString();
        note = tr("This order failed and cannot go on: %1 Discard removes it from the list.")
                   .arg(status);
        problem = true;
    }
    QPalette pal = m_orderNote->palette();
    pal.setColor(QPalette::WindowText, problem ? toneColor(StatusMark::Tone::Critical, palette())
                                               : palette().color(QPalette::WindowText));
    m_orderNote->setPalette(pal);
    m_orderNote->setText(note);
    m_orderNote->setVisible(!note.isEmpty());

    updateCertificateButtons();
}

void DashboardView::updateCertificateButtons()
{
    const bool noCerts = m_certificates->rowCount() == 0;
    const QModelIndex cert = currentCertificate();
    const bool hasFolder = cert.isValid() && !cert.data(Inventory::FolderRole).toString().isEmpty();
    for (QPushButton *b : {m_openFolder, m_copyFolder, m_revoke})
        b->setVisible(!noCerts);
    m_openFolder->setEnabled(hasFolder);
    m_copyFolder->setEnabled(hasFolder);
    const QString noFolder = cert.isValid() ? tr("AcmeDesk wrote no files for this certificate "
                                                 "(it was imported or seen on a server)")
                                            : tr("Select a certificate first");
    m_openFolder->setToolTip(hasFolder ? tr("Open the folder with its files") : noFolder);
    m_copyFolder->setToolTip(hasFolder ? tr("Copy the path of the folder with its files")
                                       : noFolder);
    m_exportCalendar->setEnabled(!noCerts);
    m_exportCalendar->setToolTip(
        noCerts ? tr("There are no certificates to put in a calendar yet")
                : tr("Save every certificate's expiry date with a reminder as an iCalendar "
                     "(.ics) file for any calendar application"));

    // Revoke: only what AcmeDesk ordered through an account it still has, not expired, not
    // revoked; the tooltip says which of these it is.
    QString why;
    if (!cert.isValid()) {
        why = tr("Select a certificate to revoke it");
    } else if (auto c = m_certOps->revocable(cert.data(Inventory::CertificateIdRole).toLongLong());
               !c) {
        why = c.error().message;
    } else if (c->revokedAt.isValid()) {
        why = tr("Certificate %1 was revoked on %2.")
                  .arg(c->id)
                  .arg(QLocale().toString(c->revokedAt.toLocalTime(), QLocale::ShortFormat));
    } else if (!m_keychainReady) {
        why = m_keychainReason;
    }
    m_revoke->setEnabled(why.isEmpty());
    m_revoke->setToolTip(why.isEmpty() ? tr("Revoke this certificate at its CA (asks first)")
                                       : why);
    updateRenewalActions();
}

void DashboardView::setActionNote(const QString &text, bool failure)
{
    QPalette pal = m_actionNote->palette();
    pal.setColor(QPalette::WindowText, failure ? toneColor(StatusMark::Tone::Critical, palette())
                                               : palette().color(QPalette::WindowText));
    m_actionNote->setPalette(pal);
    m_actionNote->setText(text);
}

void DashboardView::reloadCertificates(qint64 certificateId)
{
    const qint64 keep = certificateId > 0 ? certificateId : currentCertificateId();
    m_certificates->reload(); // a model reset: the selection goes, so it is put back
    if (keep > 0)
        selectCertificate(keep);
}

ImportDialog *DashboardView::importDialog() const
{
    return m_importDialog;
}

ProbeDialog *DashboardView::probeDialog() const
{
    return m_probeDialog;
}

RevokeDialog *DashboardView::revokeDialog() const
{
    return m_revokeDialog;
}

void DashboardView::openImportDialog()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    m_importDialog = new ImportDialog(m_services, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_importDialog, &ImportDialog::inventoryChanged, this, [this](const QList<qint64> &ids) {
            // Stay on the selected certificate; with none, show the first imported one.
            reloadCertificates(currentCertificateId() > 0 || ids.isEmpty() ? 0 : ids.constFirst());
        });
    m_importDialog->open();
}

void DashboardView::openProbeDialog()
{
    if (m_probeDialog) {
        m_probeDialog->raise();
        m_probeDialog->activateWindow();
        return;
    }
    m_probeDialog = new ProbeDialog(m_services, this);
    m_probeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_probeDialog, &ProbeDialog::recorded, this,
            [this](qint64 certificateId) { reloadCertificates(certificateId); });
    m_probeDialog->open();
}

void DashboardView::openRevokeDialog()
{
    const qint64 id = currentCertificateId();
    if (id <= 0 || m_revokeDialog)
        return;
    auto certificate = m_certOps->revocable(id);
    if (!certificate) {
        setActionNote(certificate.error().message, true);
        return;
    }
    m_revokeDialog = new RevokeDialog(*certificate, this);
    m_revokeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_revokeDialog, &RevokeDialog::revokeRequested, this,
            [this, id](RevocationReason reason) {
                QPointer<RevokeDialog> dialog = m_revokeDialog;
                dialog->setBusy(true);
                m_certOps->revoke(id, reason, [this, dialog, id](Result<RevocationOutcome> done) {
                    Q_EMIT activityChanged();
                    if (!done) {
                        if (dialog) {
                            dialog->setBusy(false);
                            dialog->setError(done.error().message);
                        }
                        return;
                    }
                    const CertificateRecord &r = done->certificate;
                    setActionNote(
                        done->alreadyRevoked
                            ? tr("Certificate %1 (serial %2) had already been revoked at the CA; "
                                 "AcmeDesk now records it as revoked.")
                                  .arg(r.id)
                                  .arg(r.serial)
                            : tr("Certificate %1 (serial %2) is revoked. Replace it wherever it "
                                 "is deployed.")
                                  .arg(r.id)
                                  .arg(r.serial),
                        false);
                    reloadCertificates(id);
                    if (dialog) {
                        dialog->setBusy(false);
                        dialog->accept();
                    }
                });
            });
    m_revokeDialog->open();
}

void DashboardView::chooseCalendarFile()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("dashboard/calendarFile")).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export calendar"),
        last.isEmpty() ? QDir::home().filePath(QStringLiteral("certificate-expiries.ics")) : last,
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");
    if (exportCalendar(path))
        settings.setValue(QStringLiteral("dashboard/calendarFile"), path);
}

bool DashboardView::exportCalendar(const QString &path)
{
    auto written = IcsExport::write(m_services.db, *m_services.clock, path);
    if (!written) {
        setActionNote(tr("The calendar was not saved: %1").arg(written.error().message), true);
        return false;
    }
    setActionNote(tr("Saved %n expiry date(s) to %1. Import the file into your calendar; "
                     "importing a newer export updates the events.",
                     nullptr, *written)
                      .arg(QDir::toNativeSeparators(path)),
                  false);
    return true;
}

void DashboardView::updateRenewalActions()
{
    const QModelIndex cert = currentCertificate();
    std::optional<CertificateListRow> row;
    if (cert.isValid())
        row = m_certificates->certificateAt(m_filter->mapToSource(cert).row());
    const bool issued = row && row->source == QLatin1String("issued") && row->orderId > 0;
    const bool current = issued && row->replacedBy <= 0;
    m_renewal->setVisible(m_certificates->rowCount() > 0);
    m_renewNow->setEnabled(current && m_keychainReady);
    m_renewNow->setToolTip(!row       ? tr("Select a certificate first.")
                           : !issued  ? tr("Only certificates AcmeDesk issued can be renewed "
                                            "here; renew this one where it was issued.")
                           : !current ? tr("This certificate was renewed already.")
                           : !m_keychainReady ? m_keychainReason
                                              : tr("Order a new certificate for the same names "
                                                   "now and replace the files in place."));
    m_renewPolicy->setEnabled(current);
    m_renewPolicy->setToolTip(m_renewNow->toolTip());
}

} // namespace acmedesk
