#pragma once
// ORG-3: Standard setup on a directory of the account's registry, with the default or a custom
// master key, and interoperability for an AD Connector whose domain runs Microsoft Exchange.

#include "organizations/Directory.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace mailroom {

class Engine;
class FieldErrors;
class RegionComboBox;

class StandardSetupDialog : public QDialog
{
    Q_OBJECT
public:
    StandardSetupDialog(Engine& engine, const QString& region, QWidget* parent = nullptr);
    QString organizationId() const { return m_organizationId; }

private:
    void loadDirectories();
    void registerDirectory();
    void validate();
    void create();
    const Directory* chosenDirectory() const;

    Engine& m_engine;
    QLineEdit* m_alias;
    RegionComboBox* m_region;
    QComboBox* m_directory;
    QLabel* m_noDirectory;
    QRadioButton* m_defaultKey;
    QRadioButton* m_customKey;
    QLineEdit* m_keyArn;
    QCheckBox* m_interoperability;
    QPushButton* m_create;
    FieldErrors* m_errors;
    QVector<Directory> m_directories;
    QString m_organizationId;
};

} // namespace mailroom
