#include "ui/ScmAccountsDialog.h"

#include "core/store/ScmRepository.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace acmedesk {

namespace {
enum Column { Name, Server, Organization, Validation, Eab, ColumnCount };
constexpr int ConnectionRole = Qt::UserRole + 1;
constexpr int ScmIdRole = Qt::UserRole + 2;
constexpr int EabRole = Qt::UserRole + 3;
} // namespace

ScmAccountsDialog::ScmAccountsDialog(Database db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_table(new QTableWidget(this)),
      m_register(new QPushButton(tr("&Register in AcmeDesk…"), this))
{
    setObjectName(QStringLiteral("scmAccountsDialog"));
    setWindowTitle(tr("SCM ACME accounts"));
    resize(760, 380);
    auto *intro = new QLabel(tr("The ACME accounts SCM listed at the last sync. Registering one "
                                "takes its Key ID and HMAC key straight from SCM: nothing to "
                                "copy, and the key is never shown. SCM hands the key out until a "
                                "client registers with it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("scmAccountsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("ACME server"), tr("Organization"), tr("Validation"), tr("EAB")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);

    m_register->setObjectName(QStringLiteral("registerScmAccountButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_register, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScmAccountsDialog::updateState);
    auto request = [this] {
        const int row = m_table->currentRow();
        if (row < 0 || !m_table->item(row, Name)->data(EabRole).toBool())
            return;
        Q_EMIT registerRequested(m_table->item(row, Name)->data(ConnectionRole).toLongLong(),
                                 m_table->item(row, Name)->data(ScmIdRole).toLongLong());
        accept();
    };
    connect(m_register, &QPushButton::clicked, this, request);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, request);
    load();
}

int ScmAccountsDialog::accountCount() const
{
    return m_table->rowCount();
}

void ScmAccountsDialog::load()
{
    ScmRepository repo(m_db);
    const auto conns = repo.connections();
    if (!conns)
        return;
    for (const ScmConnection &c : *conns) {
        const auto snap = repo.snapshot(c.id);
        if (!snap)
            continue;
        QHash<qint64, QString> orgs;
        for (const ScmOrganization &o : snap->organizations)
            orgs.insert(o.scmId, o.name);
        for (const ScmAcmeAccount &a : snap->acmeAccounts) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *name = new QTableWidgetItem(a.name);
            name->setData(ConnectionRole, c.id);
            name->setData(ScmIdRole, a.scmId);
            name->setData(EabRole, a.eabAvailable);
            m_table->setItem(row, Name, name);
            m_table->setItem(row, Server, new QTableWidgetItem(a.acmeServer));
            m_table->setItem(row, Organization,
                             new QTableWidgetItem(orgs.value(a.organizationScmId)));
            m_table->setItem(row, Validation, new QTableWidgetItem(a.certValidationType));
            m_table->setItem(row, Eab,
                             new QTableWidgetItem(a.eabAvailable ? tr("available")
                                                                 : tr("used (ask SCM for a new "
                                                                      "one)")));
        }
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateState();
}

void ScmAccountsDialog::updateState()
{
    const int row = m_table->currentRow();
    const bool eab = row >= 0 && m_table->item(row, Name)->data(EabRole).toBool();
    m_register->setEnabled(eab);
    m_register->setToolTip(row < 0 ? tr("Select an account.")
                           : eab   ? QString()
                                   : tr("SCM no longer hands out this account's EAB: a client "
                                          "registered with it. Ask SCM for a new EAB."));
}

} // namespace acmedesk
