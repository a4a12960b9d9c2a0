#include "FieldErrors.h"

#include <QDialog>
#include <QLabel>
#include <QLayout>

namespace mailroom {

FieldErrors::FieldErrors(QWidget* dialog) : QObject(dialog), m_dialog(dialog) {}

QLabel* FieldErrors::makeLabel()
{
    auto* label = new QLabel(m_dialog);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setTextFormat(Qt::PlainText);
    // Error text: a red that keeps its contrast on light and dark windows.
    const bool dark = m_dialog->palette().color(QPalette::Window).lightness() < 128;
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(p);
    return label;
}

QLabel* FieldErrors::errorLabel(const QString& field)
{
    QLabel* label = makeLabel();
    label->setObjectName(field + QStringLiteral("Error"));
    label->setAccessibleName(tr("Error"));
    m_labels.insert(field, label);
    return label;
}

QLabel* FieldErrors::generalLabel()
{
    if (!m_general) {
        m_general = makeLabel();
        m_general->setObjectName(QStringLiteral("generalError"));
        m_general->setAccessibleName(tr("Error"));
    }
    return m_general;
}

void FieldErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

void FieldErrors::clear(const QString& field)
{
    if (QLabel* label = m_labels.value(field)) {
        label->clear();
        label->hide();
    }
}

void FieldErrors::show(const Error& error)
{
    QLabel* label = m_labels.value(error.field);
    if (!label)
        label = generalLabel();
    label->setText(error.message);
    label->show();
    growDialogToFit();
}

void FieldErrors::growDialogToFit()
{
    // A dialog keeps its size when an error line appears; let it grow so nothing is clipped.
    auto* dialog = qobject_cast<QDialog*>(m_dialog->window());
    if (!dialog || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed =
        dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width()) : dialog->sizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

QString FieldErrors::text(const QString& field) const
{
    QLabel* label = m_labels.value(field);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace mailroom
