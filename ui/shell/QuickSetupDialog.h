#pragma once
// ORG-1: Quick setup asks only for an alias (and the region); the engine checks the alias as it
// is typed and the Create button waits for a valid one.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace mailroom {

class Engine;
class FieldErrors;
class RegionComboBox;

class QuickSetupDialog : public QDialog
{
    Q_OBJECT
public:
    QuickSetupDialog(Engine& engine, const QString& region, QWidget* parent = nullptr);
    // The id of the requested organization, after accept.
    QString organizationId() const { return m_organizationId; }

private:
    void validate();
    void create();

    Engine& m_engine;
    QLineEdit* m_alias;
    RegionComboBox* m_region;
    QPushButton* m_create;
    FieldErrors* m_errors;
    QString m_organizationId;
};

} // namespace mailroom
