#include "ui/ActivityPage.h"

#include "models/EventTableModel.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/Sizing.h"
#include "ui/widgets/StatusDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace acmedesk {

ActivityPage::ActivityPage(EventTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("activityPage"));
    QLabel *title = heading(tr("Activity"), 1.4, this);

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    reserveRows(m_table);
    // Failed events get the style's warning icon in the first column.
    m_table->setItemDelegate(new StatusDelegate(
        int(EventTableModel::Column::Time),
        [](const QModelIndex &index) {
            StatusMark mark;
            if (index.data(EventTableModel::FailureRole).toBool())
                mark.icon = QStyle::SP_MessageBoxWarning;
            return mark;
        },
        m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(16, 16));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_empty->setObjectName(QStringLiteral("activityEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing happened yet. Registrations and failures will be listed here."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
}

void ActivityPage::reload()
{
    m_model->reload();
    const bool failed = !m_model->lastError().isEmpty();
    if (failed)
        m_empty->setText(m_model->lastError());
    else
        m_empty->setText(
            tr("Nothing happened yet. Registrations and failures will be listed here."));
    m_empty->setVisible(failed || m_model->rowCount() == 0);
    if (m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < int(EventTableModel::Column::Message); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, 240));
    }
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

} // namespace acmedesk
