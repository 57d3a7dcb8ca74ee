#include "ui/AccountsPage.h"

#include "models/AccountListModel.h"
#include "ui/AccountDetailsDialog.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/Sizing.h"
#include "ui/widgets/StatusDelegate.h"

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
      m_manage(new QPushButton(tr("&Manage"), this)), m_actionState(new QLabel(this)),
      m_emptyAdd(new QPushButton(tr("&Paste from SCM"), this)),
      m_emptyLocalCa(new QPushButton(tr("Try with the &local test CA"), this)),
      m_loadError(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    QLabel *title = heading(tr("Accounts"), 1.4, this);

    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    reserveRows(m_table);
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
    m_emptyAdd->setObjectName(QStringLiteral("emptyPasteButton"));
    m_emptyAdd->setDefault(true);
    m_emptyLocalCa->setObjectName(QStringLiteral("emptyLocalCaButton"));
    m_manage->setObjectName(QStringLiteral("manageAccountButton"));
    m_manage->setEnabled(false);
    auto *manage = new QMenu(m_manage);
    manage->setObjectName(QStringLiteral("manageAccountMenu"));
    const QList<QPair<QString, AccountActions::Action>> actions{
        {tr("Change &contacts…"), AccountActions::Action::Contacts},
        {tr("Change &key…"), AccountActions::Action::Rollover},
        {tr("&Deactivate at the CA…"), AccountActions::Action::Deactivate},
        {tr("&Remove from AcmeDesk…"), AccountActions::Action::Remove},
    };
    for (const auto &[text, action] : actions) {
        QAction *a = manage->addAction(text);
        a->setObjectName(QStringLiteral("accountAction%1").arg(int(action)));
        connect(a, &QAction::triggered, this, [this, action = action] {
            if (const auto account = selectedAccount())
                Q_EMIT actionRequested(action, *account);
        });
    }
    m_manage->setMenu(manage);
    m_actionState->setObjectName(QStringLiteral("accountActionState"));
    m_actionState->setWordWrap(true);
    m_actionState->setTextFormat(Qt::PlainText);
    m_actionState->setVisible(false);

    // Status: green and a check mark when valid, red when the CA no longer takes it, amber
    // while not settled.
    m_table->setItemDelegate(new StatusDelegate(
        int(AccountListModel::Column::Status),
        [](const QModelIndex &index) {
            const QString status = index.data(AccountListModel::StatusRole).toString();
            StatusMark mark;
            if (status == accountstatus::Valid) {
                mark.tone = StatusMark::Tone::Good;
                mark.icon = QStyle::SP_DialogApplyButton;
            } else if (status == accountstatus::Deactivated || status == accountstatus::Revoked ||
                       status == accountstatus::Unknown) {
                mark.tone = StatusMark::Tone::Critical;
                mark.icon = QStyle::SP_MessageBoxCritical;
                mark.bold = true;
            } else {
                mark.tone = StatusMark::Tone::Warning;
                mark.icon = QStyle::SP_MessageBoxWarning;
            }
            return mark;
        },
        m_table));

    auto *empty = new QWidget(this);
    auto *emptyText =
        new QLabel(tr("No ACME accounts yet. In SCM, open the ACME account's Details, copy the "
                      "ACME URL, Key ID and HMAC key, then paste them here. Or try AcmeDesk with "
                      "a local test CA first."),
                   empty);
    emptyText->setObjectName(QStringLiteral("emptyStateLabel"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setTextFormat(Qt::PlainText);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyAdd);
    emptyButtons->addWidget(m_emptyLocalCa);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
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
    buttons->addWidget(m_manage);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_loadError);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_actionState);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccountRequested);
    connect(m_emptyAdd, &QPushButton::clicked, this, &AccountsPage::addAccountRequested);
    connect(m_emptyLocalCa, &QPushButton::clicked, this, &AccountsPage::localTestCaRequested);
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
        menu.addSeparator();
        for (QAction *a : m_manage->menu()->actions()) {
            menu.addAction(a);
            a->setEnabled(!m_busy);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::updateState);
    // A reload (after an action, a registration) keeps the selected account selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto account = selectedAccount();
        m_selectedId = account ? account->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; m_selectedId > 0 && r < m_model->rowCount(); ++r) {
            if (m_model->index(r, 0).data(AccountListModel::AccountIdRole).toLongLong() ==
                m_selectedId)
                m_table->selectRow(r);
        }
        updateState();
    });
    connect(m_model, &AccountListModel::reloaded, this, &AccountsPage::updateState);
    updateState();
}

void AccountsPage::setAddEnabled(bool enabled, const QString &reason)
{
    m_addEnabled = enabled;
    m_addReason = reason;
    for (QPushButton *button : {m_add, m_emptyAdd}) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : reason);
    }
    setLocalTestCaAvailable(m_localCaAvailable, m_localCaReason);
}

void AccountsPage::setLocalTestCaAvailable(bool available, const QString &reason)
{
    m_localCaAvailable = available;
    m_localCaReason = reason;
    m_emptyLocalCa->setEnabled(available && m_addEnabled);
    m_emptyLocalCa->setToolTip(!available     ? reason
                               : m_addEnabled ? tr("A private test server on this computer that "
                                                   "hands out EAB values like SCM does")
                                              : m_addReason);
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
    m_manage->setVisible(!empty);
    m_manage->setEnabled(m_table->selectionModel()->hasSelection() && !m_busy);
    m_manage->setToolTip(m_busy ? tr("Wait until the current action has finished.") : QString());
    m_loadError->setText(m_model->lastError());
    m_loadError->setVisible(!m_model->lastError().isEmpty());
}

void AccountsPage::setActionState(bool busy, const QString &text, bool failed)
{
    m_busy = busy;
    m_actionState->setText(text);
    m_actionState->setVisible(!text.isEmpty());
    QPalette pal = m_actionState->palette();
    pal.setColor(QPalette::WindowText, failed ? toneColor(StatusMark::Tone::Critical, palette())
                                              : palette().color(QPalette::WindowText));
    m_actionState->setPalette(pal);
    updateState();
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
