#include "ui/AccountsPage.h"

#include "models/AccountListModel.h"
#include "ui/AccountDetailsDialog.h"
#include "ui/widgets/Heading.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace acmedesk {

AccountsPage::AccountsPage(AccountListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_add(new QPushButton(tr("&Add account…"), this)),
      m_details(new QPushButton(tr("&Details"), this)),
      m_servers(new QPushButton(tr("Use on &servers…"), this)),
      m_emptyAdd(new QPushButton(tr("Add account"), this)), m_loadError(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    QLabel *title = heading(tr("Accounts"), 1.4, this);

    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(80);

    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setEnabled(false);
    m_servers->setObjectName(QStringLiteral("useOnServersButton"));
    m_servers->setToolTip(tr("Configuration for cert-manager, certbot, lego, acme.sh, Caddy or "
                             "win-acme with this account's EAB values"));
    m_servers->setEnabled(false);
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddAccountButton"));

    auto *empty = new QWidget(this);
    auto *emptyText =
        new QLabel(tr("No ACME accounts yet. Add one with the Key ID and HMAC key from SCM, "
                      "or try AcmeDesk with the local test CA."),
                   empty);
    emptyText->setObjectName(QStringLiteral("emptyStateLabel"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setTextFormat(Qt::PlainText);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    m_loadError->setObjectName(QStringLiteral("accountsLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setTextFormat(Qt::PlainText);
    m_loadError->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_details);
    buttons->addWidget(m_servers);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_loadError);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccountRequested);
    connect(m_emptyAdd, &QPushButton::clicked, this, &AccountsPage::addAccountRequested);
    connect(m_details, &QPushButton::clicked, this, &AccountsPage::showDetails);
    connect(m_servers, &QPushButton::clicked, this, &AccountsPage::useOnServers);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::showDetails);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        m_table->selectRow(m_table->indexAt(pos).row());
        QMenu menu(this);
        connect(menu.addAction(tr("Details")), &QAction::triggered, this,
                &AccountsPage::showDetails);
        connect(menu.addAction(tr("Use on servers…")), &QAction::triggered, this,
                &AccountsPage::useOnServers);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateState);
    connect(m_model, &AccountListModel::reloaded, this, &AccountsPage::updateState);
    updateState();
}

void AccountsPage::setAddEnabled(bool enabled, const QString &reason)
{
    for (QPushButton *button : {m_add, m_emptyAdd}) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : reason);
    }
}

void AccountsPage::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty) {
        // Fit the short columns to their contents (within reason); the URL takes the rest.
        m_table->resizeColumnsToContents();
        for (int c = 0; c < int(AccountListModel::Column::AccountUrl); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, 260));
    }
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_add->setVisible(!empty);
    m_details->setVisible(!empty);
    m_details->setEnabled(m_table->selectionModel()->hasSelection());
    m_servers->setVisible(!empty);
    m_servers->setEnabled(m_table->selectionModel()->hasSelection());
    m_loadError->setText(m_model->lastError());
    m_loadError->setVisible(!m_model->lastError().isEmpty());
}

std::optional<Account> AccountsPage::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->accountAt(rows.first().row());
}

void AccountsPage::useOnServers()
{
    if (const auto account = selectedAccount())
        Q_EMIT useOnServersRequested(*account);
}

void AccountsPage::showDetails()
{
    const auto account = selectedAccount();
    if (!account)
        return;
    auto *dialog = new AccountDetailsDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace acmedesk
