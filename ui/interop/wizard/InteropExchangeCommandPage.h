#pragma once
// The wizard's Exchange side (IOP-6): the availability address space command filled in for the
// organization, to copy into the Exchange Management Shell, with the credential its prompt wants.
// Next follows the administrator's word that the commands ran.

#include "InteropWizardPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace mailroom {

class CommandBlock;

class InteropExchangeCommandPage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropExchangeCommandPage(Engine& engine, QWidget* parent = nullptr);

    void initializePage() override;
    QString left() const override;

private:
    CommandBlock* m_commands;
    QLineEdit* m_credential;
    QLabel* m_notes;
    QCheckBox* m_ran;
    QString m_failure; // why the commands could not be filled in, or empty
};

} // namespace mailroom
