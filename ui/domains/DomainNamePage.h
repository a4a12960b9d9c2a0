#pragma once
// The first page of AddDomainWizard (DOM-1): the domain name, checked as it is typed; the
// error shows under the field and the Add domain button waits for a valid name. The page
// commits: AddDomainWizard adds the domain when the administrator leaves it.

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace mailroom {

class Engine;
class FieldErrors;

class DomainNamePage : public QWizardPage
{
    Q_OBJECT
public:
    DomainNamePage(Engine& engine, const QString& organizationId, QWidget* parent = nullptr);
    bool isComplete() const override;
    QString typedName() const;
    FieldErrors* errors() const { return m_errors; }

private:
    void validate();

    Engine& m_engine;
    QString m_organizationId;
    QLineEdit* m_name;
    QLabel* m_left;
    FieldErrors* m_errors;
    bool m_valid = false;
};

} // namespace mailroom
