#include "ui/DashboardView.h"

#include "models/CertificateListModel.h"
#include "models/OrderListModel.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
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

// Certificates that expire soon (warning icon, bold) or have expired (critical icon, bold) in
// their "days left" cell.
StatusMark expiryMark(const QModelIndex &index)
{
    const auto expiry =
        CertificateListModel::Expiry(index.data(CertificateListModel::ExpiryRole).toInt());
    StatusMark mark;
    if (expiry == CertificateListModel::Expiry::Fine)
        return mark;
    mark.bold = true;
    mark.icon = expiry == CertificateListModel::Expiry::Expired ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning;
    return mark;
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

} // namespace

DashboardView::DashboardView(OrderListModel *orders, CertificateListModel *certificates,
                             QWidget *parent)
    : QWidget(parent), m_orders(orders), m_certificates(certificates),
      m_issue(new QPushButton(tr("&Issue certificate…"), this)), m_issueNote(new QLabel(this)),
      m_ordersStack(new QStackedWidget(this)),
      m_ordersTable(table(QStringLiteral("pendingOrdersTable"), orders, this)),
      m_resume(new QPushButton(tr("&Resume"), this)), m_stop(new QPushButton(tr("&Stop"), this)),
      m_showDns(new QPushButton(tr("Show &DNS record…"), this)),
      m_dismiss(new QPushButton(tr("D&ismiss"), this)),
      m_forget(new QPushButton(tr("&Forget order…"), this)), m_certsStack(new QStackedWidget(this)),
      m_certsTable(table(QStringLiteral("certificatesTable"), certificates, this)),
      m_openFolder(new QPushButton(tr("&Open folder"), this)),
      m_copyFolder(new QPushButton(tr("&Copy folder path"), this)), m_loadError(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));

    m_issue->setObjectName(QStringLiteral("issueCertificateButton"));
    m_issue->setDefault(true);
    m_issueNote->setObjectName(QStringLiteral("issueNoteLabel"));
    m_issueNote->setWordWrap(true);
    m_issueNote->setTextFormat(Qt::PlainText);
    m_issueNote->setText(tr("Request a certificate for your domain names with one of your "
                            "accounts. AcmeDesk validates the names, writes the files and keeps "
                            "track of the order."));

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
    m_forget->setToolTip(tr("Give up this order and remove its certificate key; the order "
                            "expires at the CA by itself"));
    m_ordersTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ordersStack->addWidget(m_ordersTable);
    m_ordersStack->addWidget(
        emptyState(QStringLiteral("pendingEmptyLabel"), tr("No pending orders."), this));

    m_certsTable->setItemDelegate(
        new StatusDelegate(int(CertificateListModel::Column::DaysLeft), expiryMark, m_certsTable));
    m_openFolder->setObjectName(QStringLiteral("openCertificateFolderButton"));
    m_copyFolder->setObjectName(QStringLiteral("copyCertificateFolderButton"));
    m_certsStack->addWidget(m_certsTable);
    m_certsStack->addWidget(
        emptyState(QStringLiteral("certificatesEmptyLabel"),
                   tr("No certificates yet. Issued certificates are listed here with their "
                      "expiry date."),
                   this));

    m_loadError->setObjectName(QStringLiteral("dashboardLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setTextFormat(Qt::PlainText);
    m_loadError->setVisible(false);

    auto *issueRow = new QHBoxLayout;
    issueRow->addWidget(m_issueNote, 1);
    issueRow->addWidget(m_issue, 0, Qt::AlignTop);

    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_resume);
    orderButtons->addWidget(m_stop);
    orderButtons->addWidget(m_showDns);
    orderButtons->addWidget(m_dismiss);
    orderButtons->addWidget(m_forget);
    orderButtons->addStretch(1);

    auto *certButtons = new QHBoxLayout;
    certButtons->addWidget(m_openFolder);
    certButtons->addWidget(m_copyFolder);
    certButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Dashboard"), 1.4, this));
    layout->addLayout(issueRow);
    layout->addWidget(m_loadError);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Pending orders"), 1.1, this));
    layout->addWidget(m_ordersStack, 2);
    layout->addLayout(orderButtons);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Certificates"), 1.1, this));
    layout->addWidget(m_certsStack, 3);
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
        if (row.isValid())
            Q_EMIT forgetRequested(row.data(OrderListModel::OrderIdRole).toLongLong(),
                                   row.data(OrderListModel::LiveKeyRole).toInt());
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
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentCertificate();
        if (row.isValid())
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(row.data(CertificateListModel::FolderRole).toString()));
    });
    connect(m_copyFolder, &QPushButton::clicked, this, [this] {
        const QModelIndex row = currentCertificate();
        if (row.isValid())
            QApplication::clipboard()->setText(
                row.siblingAtColumn(int(CertificateListModel::Column::Folder)).data().toString());
    });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_orders),
                                      static_cast<QAbstractItemModel *>(m_certificates)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &DashboardView::updateState);
        connect(model, &QAbstractItemModel::dataChanged, this, &DashboardView::updateOrderButtons);
    }
    connect(m_orders, &OrderListModel::reloaded, this, &DashboardView::updateState);
    connect(m_certificates, &CertificateListModel::reloaded, this, &DashboardView::updateState);
    connect(m_ordersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardView::updateOrderButtons);
    connect(m_certsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardView::updateOrderButtons);
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

void DashboardView::updateState()
{
    const bool noOrders = m_orders->rowCount() == 0;
    const bool noCerts = m_certificates->rowCount() == 0;
    m_ordersStack->setCurrentIndex(noOrders ? 1 : 0);
    m_certsStack->setCurrentIndex(noCerts ? 1 : 0);
    if (!noOrders) {
        m_ordersTable->resizeColumnsToContents();
        for (int c = 0; c < int(OrderListModel::Column::Status); ++c)
            m_ordersTable->setColumnWidth(c, qMin(m_ordersTable->columnWidth(c) + 24, 280));
        if (!currentOrder().isValid())
            m_ordersTable->selectRow(0);
    }
    if (!noCerts) {
        m_certsTable->resizeColumnsToContents();
        for (int c = 0; c < int(CertificateListModel::Column::Folder); ++c)
            m_certsTable->setColumnWidth(c, qMin(m_certsTable->columnWidth(c) + 24, 320));
    }
    QStringList errors;
    for (const QString &e : {m_orders->lastError(), m_certificates->lastError()}) {
        if (!e.isEmpty())
            errors << e;
    }
    m_loadError->setText(errors.join(QLatin1Char('\n')));
    m_loadError->setVisible(!errors.isEmpty());
    updateOrderButtons();
}

void DashboardView::updateOrderButtons()
{
    const bool noOrders = m_orders->rowCount() == 0;
    const QModelIndex row = currentOrder();
    const auto state =
        row.isValid() ? OrderListModel::RowState(row.data(OrderListModel::RowStateRole).toInt())
                      : OrderListModel::RowState::Failed;
    for (QPushButton *b : {m_resume, m_stop, m_showDns, m_dismiss, m_forget})
        b->setVisible(!noOrders);
    m_resume->setEnabled(row.isValid() && state == OrderListModel::RowState::Resumable &&
                         m_keychainReady);
    m_resume->setToolTip(m_keychainReady ? tr("Continue the order from where it stopped")
                                         : m_keychainReason);
    m_stop->setEnabled(row.isValid() && (state == OrderListModel::RowState::Running ||
                                         state == OrderListModel::RowState::WaitingForDns));
    m_showDns->setEnabled(row.isValid() && state == OrderListModel::RowState::WaitingForDns);
    m_dismiss->setEnabled(row.isValid() && state == OrderListModel::RowState::Failed);
    m_forget->setEnabled(row.isValid() && row.data(OrderListModel::OrderIdRole).toLongLong() > 0 &&
                         (state == OrderListModel::RowState::Resumable ||
                          state == OrderListModel::RowState::Failed) &&
                         m_keychainReady);

    const bool noCerts = m_certificates->rowCount() == 0;
    m_openFolder->setVisible(!noCerts);
    m_copyFolder->setVisible(!noCerts);
    m_openFolder->setEnabled(currentCertificate().isValid());
    m_copyFolder->setEnabled(currentCertificate().isValid());
}

} // namespace acmedesk
