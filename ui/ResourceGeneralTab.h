#pragma once
// RES-1: a resource's name, description, type and address, edited in place and kept with Save
// or dropped with Revert.

#include "Organization.h"
#include "resources/Resource.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mailroom {

class Engine;
class ResourceDetailsForm;

class ResourceGeneralTab : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceGeneralTab(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    void showResource(const QString& resourceId);
    void focusFirstField();
    bool isDirty() const;
    bool save();
    void revert();

private:
    void load(const Resource& resource);
    void updateButtons();

    Engine& m_engine;
    QString m_resourceId;
    ResourceDetails m_saved;
    ResourceDetailsForm* m_form;
    QLabel* m_created;
    QLabel* m_note;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_readOnly = false;
};

} // namespace mailroom
