#include "ui/DomainsPage.h"

#include "core/jobs/ScmSync.h"
#include "core/scm/Presets.h"
#include "core/store/DomainRepository.h"
#include "core/store/EventLog.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"
#include "models/DomainTreeModel.h"
#include "ui/DcvDialog.h"
#include "ui/DomainEditDialog.h"
#include "ui/ScmAccountsDialog.h"
#include "ui/ScmConnectDialog.h"
#include "ui/widgets/ErrorPanel.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/Sizing.h"
#include "ui/widgets/StatusDelegate.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace acmedesk {

namespace {

constexpr int DefaultExpiringDays = 30;

// DCV status: red when it needs the admin, amber while SCM works on it, green when validated.
StatusMark dcvStatusMark(const QModelIndex &index)
{
    StatusMark mark;
    const QVariant v = index.data(DomainTreeModel::DcvStatusRole);
    if (!v.isValid())
        return mark;
    switch (DcvStatus(v.toInt())) {
    case DcvStatus::Validated:
        mark.tone = StatusMark::Tone::Good;
        break;
    case DcvStatus::Submitted:
        mark.tone = StatusMark::Tone::Warning;
        break;
    case DcvStatus::Unknown:
        break;
    default:
        mark.tone = StatusMark::Tone::Critical;
        mark.bold = true;
        mark.icon = QStyle::SP_MessageBoxWarning;
    }
    return mark;
}

// DCV expiry: red once expired, amber within 30 days.
StatusMark expiryMark(const QModelIndex &index)
{
    StatusMark mark;
    const QVariant v = index.data(DomainTreeModel::DaysLeftRole);
    if (!v.isValid())
        return mark;
    if (v.toInt() < 0) {
        mark.tone = StatusMark::Tone::Critical;
        mark.bold = true;
        mark.icon = QStyle::SP_MessageBoxCritical;
    } else if (v.toInt() <= DefaultExpiringDays) {
        mark.tone = StatusMark::Tone::Warning;
        mark.icon = QStyle::SP_MessageBoxWarning;
    }
    return mark;
}

// One delegate for the tree: each coloured column asks its own marker.
class DomainDelegate : public StatusDelegate
{
public:
    explicit DomainDelegate(QObject *parent)
        : StatusDelegate(
              -1,
              [](const QModelIndex &index) {
                  switch (DomainTreeModel::Column(index.column())) {
                  case DomainTreeModel::Column::DcvStatus:
                      return dcvStatusMark(index);
                  case DomainTreeModel::Column::DcvExpires:
                      return expiryMark(index);
                  default:
                      return StatusMark{};
                  }
              },
              parent)
    {}
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

DomainsPage::DomainsPage(Services services, QWidget *parent)
    : QWidget(parent), m_services(std::move(services)),
      m_model(new DomainTreeModel(m_services.db, m_services.clock, this)),
      m_filter(new DomainFilterModel(this)), m_stack(new QStackedWidget(this)),
      m_tree(new QTreeView(this)), m_details(new QLabel(this)), m_status(new QLabel(this)),
      m_search(new QLineEdit(this)), m_needsAction(new QPushButton(this)),
      m_expiring(new QPushButton(this)), m_expiringDays(new QSpinBox(this)),
      m_sync(new QPushButton(tr("S&ync with SCM"), this)),
      m_connect(new QPushButton(tr("&Connect to SCM…"), this)),
      m_emptyConnect(new QPushButton(tr("Connect to SCM…"), this)),
      m_scmAccounts(new QPushButton(tr("SCM &ACME accounts…"), this)),
      m_openInScm(new QPushButton(tr("&Open in SCM"), this)),
      m_validate(new QPushButton(tr("&Validate…"), this)),
      m_manage(new QPushButton(tr("&Domains"), this)), m_progressRow(new QWidget(this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel sync"), this)), m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("domainsPage"));
    QLabel *title = heading(tr("Domains"), 1.4, this);
    m_status->setObjectName(QStringLiteral("domainsSyncStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("domainsTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new DomainDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(int(DomainTreeModel::Column::Name), Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setMinimumSectionSize(70);
    reserveRows(m_tree);

    m_search->setObjectName(QStringLiteral("domainsSearch"));
    m_search->setPlaceholderText(tr("Search domains, organizations, departments"));
    m_search->setClearButtonEnabled(true);
    m_needsAction->setObjectName(QStringLiteral("needsActionFilter"));
    m_needsAction->setCheckable(true);
    m_needsAction->setToolTip(tr("Domains whose DCV is not validated (or failed, or expired) or "
                                 "whose delegation waits for approval"));
    m_expiring->setObjectName(QStringLiteral("expiringFilter"));
    m_expiring->setCheckable(true);
    m_expiringDays->setObjectName(QStringLiteral("expiringDays"));
    m_expiringDays->setRange(1, 400);
    m_expiringDays->setValue(DefaultExpiringDays);
    m_expiringDays->setSuffix(tr(" days"));
    m_expiringDays->setAccessibleName(tr("DCV expiring within days"));

    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_connect->setObjectName(QStringLiteral("connectScmButton"));
    m_emptyConnect->setObjectName(QStringLiteral("emptyConnectScmButton"));
    m_scmAccounts->setObjectName(QStringLiteral("scmAccountsButton"));
    m_scmAccounts->setToolTip(tr("SCM's ACME accounts, to register one in AcmeDesk without "
                                 "copying its HMAC key"));
    m_openInScm->setObjectName(QStringLiteral("openInScmButton"));
    m_validate->setObjectName(QStringLiteral("validateDomainButton"));
    m_validate->setToolTip(tr("Domain control validation (DCV) of the selected domain"));
    m_manage->setObjectName(QStringLiteral("manageDomainsButton"));
    auto *menu = new QMenu(m_manage);
    menu->setObjectName(QStringLiteral("manageDomainsMenu"));
    menu->addAction(tr("&Add domain…"), this, &DomainsPage::addDomain)
        ->setObjectName(QStringLiteral("addDomainAction"));
    menu->addAction(tr("&Edit domain…"), this, &DomainsPage::editSelected)
        ->setObjectName(QStringLiteral("editDomainAction"));
    menu->addAction(tr("&Remove domain"), this, &DomainsPage::removeSelected)
        ->setObjectName(QStringLiteral("removeDomainAction"));
    menu->addSeparator();
    menu->addAction(tr("&Import CSV…"), this, &DomainsPage::importCsv)
        ->setObjectName(QStringLiteral("importCsvAction"));
    menu->addAction(tr("E&xport CSV…"), this, &DomainsPage::exportCsv)
        ->setObjectName(QStringLiteral("exportCsvAction"));
    m_manage->setMenu(menu);
    m_openInScm->setToolTip(tr("Opens SCM's web interface in the browser"));

    m_details->setObjectName(QStringLiteral("domainDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(8);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::StyledPanel);
    detailScroll->setMinimumWidth(220);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_needsAction);
    filters->addWidget(m_expiring);
    filters->addWidget(m_expiringDays);

    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_progressText, 2);
    progressLayout->addWidget(m_cancel);
    m_progressRow->setVisible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(splitter, 1);

    auto *empty = new QWidget(this);
    auto *emptyText = new QLabel(
        tr("Connect AcmeDesk to Sectigo Certificate Manager to see your organizations, "
           "departments and domains with their delegation and domain validation (DCV) state, and "
           "to register SCM's ACME accounts without copying their keys."),
        empty);
    emptyText->setObjectName(QStringLiteral("domainsEmptyLabel"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setTextFormat(Qt::PlainText);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    auto *emptyImport = new QPushButton(tr("Import a CSV list…"), empty);
    emptyImport->setObjectName(QStringLiteral("emptyImportCsvButton"));
    connect(emptyImport, &QPushButton::clicked, this, &DomainsPage::importCsv);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyConnect);
    emptyButtons->addWidget(emptyImport);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_stack->addWidget(content);
    m_stack->addWidget(empty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_scmAccounts);
    buttons->addWidget(m_manage);
    buttons->addStretch(1);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_openInScm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &DomainFilterModel::setSearchText);
    connect(m_needsAction, &QPushButton::toggled, m_filter, &DomainFilterModel::setNeedsActionOnly);
    auto applyExpiring = [this] {
        m_filter->setExpiringWithin(
            m_expiring->isChecked() ? std::optional<int>(m_expiringDays->value()) : std::nullopt);
        updateCounts();
    };
    connect(m_expiring, &QPushButton::toggled, this, applyExpiring);
    connect(m_expiringDays, &QSpinBox::valueChanged, this, applyExpiring);
    // Filtering shows matches inside collapsed groups: open them.
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_tree, [this] {
        if (m_filter->isFiltering())
            m_tree->expandAll();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree, [this] {
        if (m_filter->isFiltering())
            m_tree->expandAll();
    });
    connect(m_sync, &QPushButton::clicked, this, &DomainsPage::syncNow);
    connect(m_connect, &QPushButton::clicked, this, &DomainsPage::connectToScm);
    connect(m_emptyConnect, &QPushButton::clicked, this, &DomainsPage::connectToScm);
    connect(m_scmAccounts, &QPushButton::clicked, this, &DomainsPage::showScmAccounts);
    connect(m_openInScm, &QPushButton::clicked, this, &DomainsPage::openInScm);
    connect(m_cancel, &QPushButton::clicked, this, &DomainsPage::cancelSync);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DomainsPage::updateState);
    connect(m_validate, &QPushButton::clicked, this, &DomainsPage::validateSelected);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DomainsPage::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.data(DomainTreeModel::DomainIdRole).isValid())
            validateSelected();
    });
    connect(m_model, &DomainTreeModel::reloaded, this, [this] {
        m_tree->expandAll();
        // Contents, plus room for the bold text and icon the delegate adds to marked cells.
        for (int c = 0; c < int(DomainTreeModel::Column::Acme); ++c) {
            m_tree->resizeColumnToContents(c);
            m_tree->setColumnWidth(c, qMin(m_tree->columnWidth(c) + 16, 300));
        }
        updateCounts();
        updateState();
    });
    reload();
}

DomainsPage::~DomainsPage()
{
    if (m_syncing)
        m_syncing->cancel();
}

void DomainsPage::showExpiring(int days)
{
    m_search->clear();
    m_needsAction->setChecked(false);
    m_expiringDays->setValue(days);
    m_expiring->setChecked(true);
}

bool DomainsPage::selectDomain(qint64 domainId)
{
    const std::function<QModelIndex(const QModelIndex &)> find =
        [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex i = m_filter->index(r, 0, parent);
            if (i.data(DomainTreeModel::DomainIdRole).toLongLong() == domainId)
                return i;
            if (const QModelIndex below = find(i); below.isValid())
                return below;
        }
        return {};
    };
    QModelIndex at = find({});
    if (!at.isValid()) {
        m_search->clear();
        m_needsAction->setChecked(false);
        at = find({});
    }
    if (!at.isValid())
        return false;
    m_tree->setCurrentIndex(at);
    m_tree->scrollTo(at);
    return true;
}

void DomainsPage::reload()
{
    // The connections (and their last sync) change only with a connect or a sync, both of which
    // reload: read them here, not on every selection change.
    readConnections();
    m_model->reload();
}

void DomainsPage::readConnections()
{
    auto all = ScmRepository(m_services.db).connections();
    m_connections = all ? *all : QList<ScmConnection>();
}

void DomainsPage::setKeychainReady(bool ready, const QString &reason)
{
    m_keychainReady = ready;
    m_keychainReason = reason;
    updateState();
}

void DomainsPage::updateState()
{
    const QList<ScmConnection> &conns = m_connections;
    const bool empty = conns.isEmpty() && m_model->isEmpty();
    m_stack->setCurrentIndex(empty ? 1 : 0);
    const bool syncing = isSyncing();
    for (QPushButton *b : {m_connect, m_emptyConnect}) {
        b->setEnabled(m_keychainReady && !syncing);
        b->setToolTip(m_keychainReady ? QString() : m_keychainReason);
    }
    m_sync->setEnabled(m_keychainReady && !syncing && !conns.isEmpty());
    m_sync->setToolTip(!m_keychainReady  ? m_keychainReason
                       : conns.isEmpty() ? tr("Connect to SCM first.")
                                         : QString());
    m_sync->setVisible(!empty && !conns.isEmpty());
    m_connect->setVisible(!empty);
    m_manage->setVisible(!empty);
    const bool domainSelected = selectedRow().has_value();
    m_validate->setVisible(!empty);
    m_validate->setEnabled(domainSelected && m_keychainReady);
    m_validate->setToolTip(!domainSelected ? tr("Select a domain first.")
                           : !m_keychainReady
                               ? m_keychainReason
                               : tr("Domain control validation (DCV) of the selected domain"));
    m_scmAccounts->setVisible(!conns.isEmpty());
    m_openInScm->setVisible(!conns.isEmpty());

    QStringList lines;
    for (const ScmConnection &c : conns) {
        QString line =
            c.lastSyncAt.isValid()
                ? tr("SCM %1 (%2): last synced %3")
                      .arg(c.name, c.login,
                           QLocale().toString(c.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
                : tr("SCM %1 (%2): not synced yet").arg(c.name, c.login);
        if (!c.lastSyncError.isEmpty())
            line += QLatin1String(" — ") + tr("the last sync failed: %1").arg(c.lastSyncError);
        lines << line;
    }
    if (!m_model->lastError().isEmpty())
        lines << m_model->lastError();
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_status->setVisible(!lines.isEmpty());
    updateDetails();
}

void DomainsPage::updateCounts()
{
    m_needsAction->setText(tr("&Needs action (%1)").arg(m_model->needsActionCount()));
    m_expiring->setText(
        tr("DCV &expiring within (%1)").arg(m_model->expiringWithin(m_expiringDays->value())));
}

void DomainsPage::updateDetails()
{
    const QModelIndex current = m_tree->currentIndex();
    const QVariant id = current.data(DomainTreeModel::DomainIdRole);
    if (!id.isValid()) {
        m_details->setText(QStringLiteral("<p>%1</p>")
                               .arg(esc(tr("Select a domain to see its delegations, domain "
                                           "validation and ACME authorizations."))));
        return;
    }
    const QList<DomainListRow> rows = m_model->rowsOf(id.toLongLong());
    if (rows.isEmpty())
        return;
    const DomainListRow &d = rows.first();
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"3\">").arg(esc(d.name));
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    };
    for (const DomainListRow &r : rows) {
        const QString where = r.organization.isEmpty() ? QString()
                              : r.department.isEmpty()
                                  ? r.organization
                                  : tr("%1 / %2").arg(r.organization, r.department);
        row(tr("Delegation"), where.isEmpty()
                                  ? DomainTreeModel::delegationLabel(r)
                                  : tr("%1: %2").arg(where, DomainTreeModel::delegationLabel(r)));
        if (r.certTypes != CertTypeNone)
            row(tr("Certificate types"), certTypeNames(r.certTypes).join(QStringLiteral(", ")));
    }
    row(tr("DCV method"), DomainTreeModel::dcvMethodLabel(d.dcvMethod));
    row(tr("DCV status"), DomainTreeModel::dcvStatusLabel(d));
    if (d.validatedOn.isValid())
        row(tr("Validated on"), QLocale().toString(d.validatedOn, QLocale::ShortFormat));
    row(tr("DCV expires"),
        m_model->expiresLabel(d) +
            (d.dcvExpiresComputed ? QLatin1Char(' ') + tr("(computed)") : QString()));
    if (d.lastSeenAt.isValid())
        row(tr("Last seen in SCM"),
            QLocale().toString(d.lastSeenAt.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");

    const QList<AuthorizationState> authz = m_model->authorizationsOf(d.name);
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("ACME authorizations")));
    if (authz.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No order of AcmeDesk has asked a CA for this name yet.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"3\">");
        for (const AuthorizationState &a : authz)
            row(m_model->accountName(a.accountId),
                a.expires.isValid()
                    ? tr("%1 until %2")
                          .arg(DomainTreeModel::acmeStatusLabel(a.status),
                               QLocale().toString(a.expires.toLocalTime(), QLocale::ShortFormat))
                    : DomainTreeModel::acmeStatusLabel(a.status));
        html += QStringLiteral("</table>");
    }
    if (auto history = EventLog(m_services.db).about(d.name, QStringLiteral("dcv."), 10);
        history && !history->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"3\">").arg(esc(tr("DCV history")));
        for (const Event &e : std::as_const(*history))
            row(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.message);
        html += QStringLiteral("</table>");
    }
    QStringList todo;
    for (const DomainListRow &r : rows)
        if (r.delegationStatus == std::optional(DelegationStatus::Requested)) {
            todo << tr("The delegation to %1 waits for approval in SCM (Domains, select the "
                       "domain, Approve). Until then the CA refuses orders for it with "
                       "\"identifier has not been delegated\".")
                        .arg(r.department.isEmpty() ? r.organization : r.department);
            break;
        }
    if (dcvNeedsAction(d.dcvStatus))
        todo << tr("Validate the domain in SCM (Domains, select the domain, Validate). OV and EV "
                   "certificates need it; DV certificates can also be validated by ACME "
                   "challenges.");
    if (!todo.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("What to do")));
        for (const QString &t : std::as_const(todo))
            html += QStringLiteral("<p>%1</p>").arg(esc(t));
    }
    m_details->setText(html);
}

void DomainsPage::syncNow()
{
    if (isSyncing())
        return;
    m_error->clear();
    readConnections(); // every stored connection, also one stored elsewhere meanwhile
    syncConnections(m_connections, {});
}

void DomainsPage::syncConnections(QList<ScmConnection> remaining, QStringList failures)
{
    if (remaining.isEmpty()) {
        m_progressRow->setVisible(false);
        if (!failures.isEmpty())
            m_error->showMessage(failures.join(QLatin1Char('\n')));
        reload();
        updateState();
        Q_EMIT synced();
        return;
    }
    const ScmConnection conn = remaining.takeFirst();
    auto *job = new ScmSync(m_services, conn, {}, this);
    m_syncing = job;
    m_progressRow->setVisible(true);
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Connecting to %1…").arg(conn.name));
    connect(job, &ScmSync::progress, this, [this, conn](int done, int total, const QString &step) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progressText->setText(tr("%1: %2 (%3 of %4)").arg(conn.name, step).arg(done).arg(total));
    });
    connect(job, &ScmSync::finished, this, [this, job, conn, remaining, failures](bool ok) mutable {
        job->deleteLater();
        m_syncing = nullptr;
        if (!ok) {
            if (job->error().kind == Error::Kind::Cancelled) {
                m_progressRow->setVisible(false);
                m_error->showMessage(tr("Sync cancelled: the domains shown are those of the "
                                        "previous sync."));
                updateState();
                return;
            }
            QString message = tr("%1: %2").arg(conn.name, job->error().message);
            if (job->error().code == errorcode::ScmUnauthorized)
                message += QLatin1Char(' ') + tr("Use \"Connect to SCM…\" to enter the login "
                                                 "again. The domains shown are those of the "
                                                 "previous sync.");
            else
                message += QLatin1Char(' ') + tr("The domains shown are those of the previous "
                                                 "sync.");
            failures << message;
        }
        syncConnections(remaining, failures);
    });
    updateState();
    job->start();
}

void DomainsPage::cancelSync()
{
    if (m_syncing)
        m_syncing->cancel();
}

void DomainsPage::connectToScm()
{
    auto *dialog = new ScmConnectDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScmConnectDialog::connected, this, [this] {
        reload(); // the new connection
        syncNow();
    });
    dialog->open();
}

void DomainsPage::showScmAccounts()
{
    auto *dialog = new ScmAccountsDialog(m_services.db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScmAccountsDialog::registerRequested, this,
            &DomainsPage::registerScmAccountRequested);
    dialog->open();
}

std::optional<DomainListRow> DomainsPage::selectedRow() const
{
    const QVariant id = m_tree->currentIndex().data(DomainTreeModel::DomainIdRole);
    if (!id.isValid())
        return std::nullopt;
    const QList<DomainListRow> rows = m_model->rowsOf(id.toLongLong());
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

void DomainsPage::validateSelected()
{
    const auto row = selectedRow();
    if (!row || !m_keychainReady)
        return;
    auto *dialog = new DcvDialog(m_services, row->domainId, row->name, row->connectionId > 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DcvDialog::changed, this, &DomainsPage::reload);
    dialog->open();
}

void DomainsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    const bool manual = index.data(DomainTreeModel::ManualRole).toBool();
    if (index.data(DomainTreeModel::DomainIdRole).isValid()) {
        menu.addAction(tr("Validate…"), this, &DomainsPage::validateSelected)
            ->setEnabled(m_keychainReady);
        menu.addAction(tr("Edit…"), this, &DomainsPage::editSelected)->setEnabled(manual);
        menu.addAction(tr("Remove"), this, &DomainsPage::removeSelected)->setEnabled(manual);
    } else if (manual) {
        menu.addAction(tr("Rename…"), this, [this, index] { askRenameGroup(index); });
    } else {
        return; // SCM's organizations and departments are changed in SCM
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void DomainsPage::askRenameGroup(const QModelIndex &index)
{
    const bool org = DomainTreeModel::Kind(index.data(DomainTreeModel::KindRole).toInt()) ==
                     DomainTreeModel::Kind::Organization;
    const QString name = index.data(DomainTreeModel::GroupNameRole).toString();
    bool ok = false;
    const QString newName =
        QInputDialog::getText(this, org ? tr("Rename organization") : tr("Rename department"),
                              tr("New name:"), QLineEdit::Normal, name, &ok);
    if (!ok || newName.trimmed() == name)
        return;
    if (auto r = renameGroup(index, newName); !r)
        m_error->showError(r.error());
}

Result<void> DomainsPage::renameGroup(const QModelIndex &index, const QString &newName)
{
    const auto kind = DomainTreeModel::Kind(index.data(DomainTreeModel::KindRole).toInt());
    const QString name = index.data(DomainTreeModel::GroupNameRole).toString();
    const QString orgName = kind == DomainTreeModel::Kind::Organization
                                ? name
                                : index.data(DomainTreeModel::OrganizationNameRole).toString();
    DomainRepository repo(m_services.db);
    auto orgs = repo.organizations();
    if (!orgs)
        return orgs.error();
    Result<void> r =
        Error::invalid(tr("%1 is not an organization or department entered by hand.").arg(name));
    for (const ManualOrganization &o : std::as_const(*orgs)) {
        if (o.name != orgName)
            continue;
        if (kind == DomainTreeModel::Kind::Organization)
            r = repo.renameOrganization(o.id, newName.trimmed());
        for (const ManualDepartment &d : o.departments)
            if (kind == DomainTreeModel::Kind::Department && d.name == name)
                r = repo.renameDepartment(d.id, newName.trimmed());
    }
    reload();
    return r;
}

void DomainsPage::addDomain()
{
    auto *dialog =
        new DomainEditDialog(m_services.db, std::nullopt, m_services.clock->now().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DomainEditDialog::saved, this, &DomainsPage::reload);
    dialog->open();
}

std::optional<DomainListRow> DomainsPage::selectedManualRow(const QString &title)
{
    const auto row = selectedRow();
    if (!row)
        return std::nullopt;
    if (auto manual = DomainRepository(m_services.db).requireManualDomain(row->domainId); !manual) {
        QMessageBox::information(this, title, manual.error().message);
        return std::nullopt;
    }
    return row;
}

void DomainsPage::editSelected()
{
    const auto row = selectedManualRow(tr("Edit domain"));
    if (!row)
        return;
    auto found = DomainRepository(m_services.db).findDomain(row->name);
    if (!found || !*found)
        return;
    auto *dialog =
        new DomainEditDialog(m_services.db, **found, m_services.clock->now().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DomainEditDialog::saved, this, &DomainsPage::reload);
    dialog->open();
}

void DomainsPage::removeSelected()
{
    const auto row = selectedManualRow(tr("Remove domain"));
    if (!row)
        return;
    DomainRepository repo(m_services.db);
    QMessageBox ask(QMessageBox::Question, tr("Remove domain"),
                    tr("Remove %1 from AcmeDesk's domain list?").arg(row->name),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(tr("It was entered by hand or imported; nothing changes in SCM."));
    QPushButton *remove = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    if (auto r = repo.removeDomain(row->domainId); !r)
        m_error->showError(r.error());
    reload();
}

void DomainsPage::importCsv()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import domains"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_error->clear();
    auto r = DomainRepository(m_services.db).importCsvFile(file);
    if (!r)
        return m_error->showError(r.error());
    if (!r->ok()) {
        QStringList lines;
        for (const CsvProblem &p : std::as_const(r->problems))
            lines << tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message);
        if (r->problemCount > r->problems.size())
            lines << tr("and %1 more").arg(r->problemCount - r->problems.size());
        QMessageBox box(
            QMessageBox::Warning, tr("Import domains"),
            tr("Nothing was imported: %1 has lines to fix first.").arg(QFileInfo(file).fileName()),
            QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importProblemsBox"));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    reload();
    m_status->setText(tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                          .arg(QFileInfo(file).fileName())
                          .arg(r->added)
                          .arg(r->updated)
                          .arg(r->unchanged));
    m_status->setVisible(true);
}

void DomainsPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export domains"), QStringLiteral("domains.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    auto r = DomainRepository(m_services.db).exportCsvFile(file);
    if (!r)
        return m_error->showError(r.error());
    m_status->setText(tr("Wrote %1 lines to %2.").arg(*r).arg(QDir::toNativeSeparators(file)));
    m_status->setVisible(true);
}

void DomainsPage::openInScm()
{
    const QList<ScmConnection> &conns = m_connections;
    if (conns.isEmpty())
        return;
    QUrl url = conns.first().baseUrl;
    url.setPath(QStringLiteral("/customer/") + conns.first().customerUri);
    QDesktopServices::openUrl(url);
}

} // namespace acmedesk
