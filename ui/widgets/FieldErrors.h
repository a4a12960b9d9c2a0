#pragma once
// Shows an engine error under the field it names (Error::field), or in a general label when the
// dialog has no such field. Dialogs create one label per field with errorLabel().

#include "core/Result.h"

#include <QHash>
#include <QObject>

class QLabel;
class QWidget;

namespace mailroom {

class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QWidget* dialog);

    // A hidden, word-wrapped label in the error colour, bound to an engine field name.
    QLabel* errorLabel(const QString& field);
    QLabel* generalLabel();

    void clear();
    void clear(const QString& field);
    void show(const Error& error);
    // The text shown for the field, empty when none.
    QString text(const QString& field) const;

private:
    QLabel* makeLabel();
    void growDialogToFit();

    QWidget* m_dialog;
    QHash<QString, QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace mailroom
