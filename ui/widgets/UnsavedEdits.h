#pragma once
// Leaving a tab with unsaved edits (UI.md): ask Save, Discard or Cancel. Save runs save and
// stays when it fails; Discard runs revert.

#include <QString>
#include <functional>

class QWidget;

namespace mailroom::unsaved {

// True when the administrator may leave (saved, discarded or nothing to save).
bool mayLeave(QWidget* parent, bool dirty, const QString& title, const QString& text,
              const std::function<bool()>& save, const std::function<void()>& revert);

} // namespace mailroom::unsaved
