// Marks the cells of one column with a style icon (and optionally bold text) from what the model
// says about the row: failed events, certificates that expire, the state of running orders.
// Colours follow the view's palette (a tone is lightened on dark bases) and icons come from its
// style, so light and dark themes work;
// selected rows keep the palette's highlighted text colour.
#pragma once

#include <QStyle>
#include <QStyledItemDelegate>
#include <functional>
#include <optional>

namespace acmedesk {

struct StatusMark
{
    enum class Tone { Plain, Good, Warning, Critical };
    std::optional<QStyle::StandardPixmap> icon; // none: the cell looks as usual
    bool bold = false;
    // Text colour: green, amber or red, lighter on a dark base so it stays readable.
    Tone tone = Tone::Plain;
};

// The colour of a tone for text (and marks) on `palette`'s base.
QColor toneColor(StatusMark::Tone tone, const QPalette &palette);

class StatusDelegate : public QStyledItemDelegate
{
public:
    using Marker = std::function<StatusMark(const QModelIndex &index)>;

    // `marker` is asked for the cells of `column` only (-1: of every column).
    StatusDelegate(int column, Marker marker, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_column;
    Marker m_marker;
};

} // namespace acmedesk
