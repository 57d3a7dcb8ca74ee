// Minimum sizes that keep lists usable when the window is made small.
#pragma once

class QAbstractItemView;

namespace acmedesk {

// The view never gets shorter than its header (if any), `rows` rows and its frame, so a small
// window still shows that many rows instead of squeezing the list to one and a half.
void reserveRows(QAbstractItemView *view, int rows = 5);

} // namespace acmedesk
