#pragma once
// Create group (GRP-1) in two steps: the group's name and address, validated as typed, then its
// members, searched by first name, last name, username or group name and moved across with
// the arrow buttons. Finish creates the group with its members in one engine operation.

#include "organizations/Organization.h"

#include <QWizard>

class QLineEdit;

namespace mailroom {

class Engine;
class FieldErrors;
class MemberPicker;

class GroupDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    GroupDetailsPage(Engine& engine, const Organization& organization, QWidget* parent = nullptr);
    QString name() const;
    QString email() const;
    FieldErrors* errors() const { return m_errors; }
    bool isComplete() const override;

private:
    void validate();

    Engine& m_engine;
    Organization m_organization;
    QLineEdit* m_name;
    QLineEdit* m_email;
    FieldErrors* m_errors;
    bool m_emailEdited = false;
    bool m_valid = false;
};

class CreateGroupWizard : public QWizard
{
    Q_OBJECT
public:
    CreateGroupWizard(Engine& engine, const Organization& organization, QWidget* parent = nullptr);
    QString createdGroupId() const { return m_createdGroupId; }
    MemberPicker* picker() const { return m_picker; }

protected:
    bool validateCurrentPage() override;

private:
    Engine& m_engine;
    Organization m_organization;
    GroupDetailsPage* m_details;
    QWizardPage* m_membersPage;
    MemberPicker* m_picker;
    FieldErrors* m_memberErrors;
    QString m_createdGroupId;
};

} // namespace mailroom
