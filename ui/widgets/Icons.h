// Small icons drawn from the palette, so they work in light and dark mode without image files.
#pragma once

#include <QIcon>

class QWidget;

namespace acmedesk::icons {

// An eye (open when `revealed` is false: "click to show"), in the widget's text colour.
QIcon reveal(const QWidget *widget, bool revealed);

// A checklist step's state: pending (hollow circle), running (half-filled circle), done (check
// mark, green), failed (cross, red), skipped (dash, dimmed). Tones from StatusDelegate's
// toneColor, so they read on light and dark bases.
enum class StepState { Pending, Running, Done, Failed, Skipped };
QIcon stepState(const QWidget *widget, StepState state);

} // namespace acmedesk::icons
