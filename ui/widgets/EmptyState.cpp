#include "EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

EmptyState::EmptyState(const QString& text, const QString& action, QWidget* parent)
    : QWidget(parent), m_label(new QLabel(text, this)), m_button(new QPushButton(action, this))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setObjectName(QStringLiteral("emptyStateText"));
    m_button->setObjectName(QStringLiteral("emptyStateAction"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::setText(const QString& text)
{
    m_label->setText(text);
}

QPushButton* EmptyState::addSecondaryButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    auto* buttons = static_cast<QHBoxLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(2)->layout());
    buttons->insertWidget(buttons->count() - 1, button);
    return button;
}

} // namespace mailroom
