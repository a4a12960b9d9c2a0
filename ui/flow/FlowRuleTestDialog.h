#pragma once
// FLOW-5 and MSG-1: the rule test. A From address and an optional Sender address, or a whole
// message (an .eml file opened or dropped on the dialog), and what the organization's email flow
// rules do with it: the action in large type, the rule and pattern that decided and the header
// they matched, every other match with why it lost, and the attachment or size refusals of a
// message. The result follows the typing and every change to the organization's rules; the
// dialog can stay open beside the rules pane.

#include "flow/MessageFile.h"
#include "organizations/Organization.h"

#include <QDialog>
#include <QStringList>
#include <optional>

class QDragEnterEvent;
class QDropEvent;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mailroom {

class Engine;
class FieldErrors;
struct Change;

class FlowRuleTestDialog : public QDialog
{
    Q_OBJECT
public:
    FlowRuleTestDialog(Engine& engine, const Organization& organization, QWidget* parent = nullptr);
    QString organizationId() const { return m_organization.id; }

    // Reads an .eml file: its From and Sender fill the fields (read-only until the message is
    // cleared) and its subject, size, attachments and refusals are shown. False, with the reason
    // under the message row, when the file cannot be read or has no From address.
    bool loadMessage(const QString& path);
    void clearMessage();
    bool hasMessage() const { return m_message.has_value(); }
    // Opens the file dialog for an .eml file.
    void openMessage();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void evaluate();
    void clearResults(const QString& hint);
    void showMessage(); // the fields, buttons and details for the loaded message, or for none
    void showMessageDetails();
    void onEngineChanged(const Change& change);

    Engine& m_engine;
    Organization m_organization;
    QLineEdit* m_from;
    QLineEdit* m_sender;
    QPushButton* m_open;
    QPushButton* m_clear;
    QLabel* m_messageDetails;
    QLabel* m_action;
    QLabel* m_decidedBy;
    QLabel* m_othersLabel;
    QTreeWidget* m_others;
    QFrame* m_refusalBox;
    QLabel* m_refusals;
    FieldErrors* m_errors;
    std::optional<MessageFile> m_message;
    QString m_messagePath;
    QStringList m_messageRefusals;
};

} // namespace mailroom
