#pragma once
// Irreversible actions (remove an organization) are confirmed by typing the object's name
// exactly (ORG-5). The dialog says what will be lost; its button stays disabled until the name
// matches.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace mailroom {

class TypedConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmDialog(const QString& title, const QString& consequences, const QString& name,
                       const QString& action, QWidget* parent = nullptr);
    QString typedText() const;

private:
    QString m_name;
    QLineEdit* m_input;
    QDialogButtonBox* m_buttons;
};

} // namespace mailroom
