#pragma once
// Registers a Simple AD, Managed AD or AD Connector directory in the account's registry (ORG-3).

#include "organizations/Directory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace mailroom {

class Engine;
class FieldErrors;
class RegionComboBox;

class RegisterDirectoryDialog : public QDialog
{
    Q_OBJECT
public:
    RegisterDirectoryDialog(Engine& engine, const QString& region, QWidget* parent = nullptr);
    const Directory& directory() const { return m_directory; }

private:
    void registerIt();

    Engine& m_engine;
    QComboBox* m_type;
    QLineEdit* m_name;
    RegionComboBox* m_region;
    QCheckBox* m_exchange;
    FieldErrors* m_errors;
    Directory m_directory;
};

} // namespace mailroom
