#include "ui/widgets/Sizing.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

namespace acmedesk {

void reserveRows(QAbstractItemView *view, int rows)
{
    int rowHeight = view->fontMetrics().height() + 8;
    int header = 0;
    if (auto *table = qobject_cast<QTableView *>(view)) {
        rowHeight = table->verticalHeader()->defaultSectionSize();
        if (!table->horizontalHeader()->isHidden())
            header = table->horizontalHeader()->sizeHint().height();
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        if (!tree->header()->isHidden())
            header = tree->header()->sizeHint().height();
    }
    const int scrollBar = view->horizontalScrollBar()->sizeHint().height();
    view->setMinimumHeight(header + rows * rowHeight + 2 * view->frameWidth() + scrollBar);
}

} // namespace acmedesk
