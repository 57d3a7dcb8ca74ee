// Small icons drawn from the palette, so they work in light and dark mode without image files.
#pragma once

#include <QIcon>

class QWidget;

namespace acmedesk::icons {

// An eye (open when `revealed` is false: "click to show"), in the widget's text colour.
QIcon reveal(const QWidget *widget, bool revealed);

} // namespace acmedesk::icons
