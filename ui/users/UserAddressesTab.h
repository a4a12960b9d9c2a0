#pragma once
// USR-3: a user's primary address and aliases: add an alias, make one the default, remove one.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mailroom {

class Engine;
class FieldErrors;

class UserAddressesTab : public QWidget
{
    Q_OBJECT
public:
    explicit UserAddressesTab(Engine& engine, QWidget* parent = nullptr);
    void showUser(const QString& userId);
    void focusInput();

private:
    void reload();
    void addAlias();
    void setDefault();
    void removeAlias();
    QString selectedAddress() const;
    void updateButtons();

    Engine& m_engine;
    QString m_userId;
    QString m_note;
    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_default;
    QPushButton* m_remove;
    QLabel* m_status;
    FieldErrors* m_errors;
    bool m_editable = false;
};

} // namespace mailroom
