// Marks the cells of one column with a style icon (and optionally bold text) from what the model
// says about the row: failed events, certificates that expire, the state of running orders.
// Colours come from the view's palette and icons from its style, so light and dark themes work;
// selected rows keep the palette's highlighted text colour.
#pragma once

#include <QStyle>
#include <QStyledItemDelegate>
#include <functional>
#include <optional>

namespace acmedesk {

struct StatusMark
{
    std::optional<QStyle::StandardPixmap> icon; // none: the cell looks as usual
    bool bold = false;
};

class StatusDelegate : public QStyledItemDelegate
{
public:
    using Marker = std::function<StatusMark(const QModelIndex &index)>;

    // `marker` is asked for the cells of `column` only.
    StatusDelegate(int column, Marker marker, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_column;
    Marker m_marker;
};

} // namespace acmedesk
