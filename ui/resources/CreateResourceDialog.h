#pragma once
// RES-1: a new room or piece of equipment with its own address. The fields are checked through
// the engine as they are typed; Create waits for valid input.

#include "organizations/Organization.h"

#include <QDialog>

class QPushButton;

namespace mailroom {

class Engine;
class ResourceDetailsForm;

class CreateResourceDialog : public QDialog
{
    Q_OBJECT
public:
    CreateResourceDialog(Engine& engine, const Organization& organization, QWidget* parent = nullptr);
    QString createdResourceId() const { return m_createdId; }

private:
    void create();

    Engine& m_engine;
    Organization m_organization;
    ResourceDetailsForm* m_form;
    QPushButton* m_create;
    QString m_createdId;
};

} // namespace mailroom
