#pragma once
// RES-1: a resource's name, description, type and address, edited in place and kept with Save
// or dropped with Revert.

#include "ResourceTab.h"
#include "organizations/Organization.h"
#include "widgets/EditGuard.h"

class QLabel;

namespace mailroom {

class ResourceDetailsForm;

class ResourceGeneralTab : public ResourceTab
{
    Q_OBJECT
public:
    explicit ResourceGeneralTab(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const Organization& organization);
    void focusFirstField();
    bool isDirty() const override;
    bool save() override;

private:
    void load(const Resource& resource) override;
    void keepMine() override;
    bool saveOver(const ResourceDetails& base);
    void updateButtons();

    ResourceDetails m_saved;
    ResourceDetailsForm* m_form;
    QLabel* m_created;
    QLabel* m_note;
    EditGuard m_guard;
    bool m_readOnly = false;
};

} // namespace mailroom
