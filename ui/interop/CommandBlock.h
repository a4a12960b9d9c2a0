#pragma once
// Commands the administrator runs elsewhere (the Exchange Management Shell, IOP-5, IOP-6): a
// read-only monospace box that shows every line whole, and a button that copies them all to the
// clipboard and says so.

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mailroom {

class CommandBlock : public QWidget
{
    Q_OBJECT
public:
    // name: the box's object name; the button is "copy" + Name, its confirmation name + "Copied".
    // accessibleName: what the box holds ("Availability address space commands").
    CommandBlock(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    void setCommands(const QStringList& lines);
    QStringList commands() const { return m_lines; }
    QPushButton* copyButton() const { return m_copy; }

Q_SIGNALS:
    void copied();

private:
    void copy();

    QStringList m_lines;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    QLabel* m_copied;
    QTimer m_hideCopied;
};

} // namespace mailroom
