#include "CommandBlock.h"

#include "widgets/Icons.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace mailroom {

CommandBlock::CommandBlock(const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_text(new QPlainTextEdit(this)), m_copy(new QPushButton(tr("Cop&y commands"), this)),
      m_copied(new QLabel(tr("Copied to the clipboard."), this))
{
    const QString capitalized = name.left(1).toUpper() + name.mid(1);
    m_text->setObjectName(name);
    m_text->setAccessibleName(accessibleName);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Lines are copied into a shell: wrapping would hide where one ends.
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The box is as tall as its lines (setCommands), so only long lines scroll.
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_copy->setObjectName(QStringLiteral("copy") + capitalized);
    m_copy->setIcon(icons::themed(QStringLiteral("edit-copy")));
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    m_copy->setToolTip(tr("Copy all the lines to the clipboard, to paste them into the shell"));
    m_copied->setObjectName(name + QStringLiteral("Copied"));
    m_copied->hide();
    connect(m_copy, &QPushButton::clicked, this, &CommandBlock::copy);
    m_hideCopied.setSingleShot(true);
    m_hideCopied.setInterval(5000);
    connect(&m_hideCopied, &QTimer::timeout, m_copied, &QLabel::hide);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copied);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
}

void CommandBlock::setCommands(const QStringList& lines)
{
    m_lines = lines;
    m_text->setPlainText(lines.join(u'\n'));
    m_copied->hide();
    m_copy->setEnabled(!lines.isEmpty());
    // Tall enough for every line and the horizontal scroll bar that long lines need.
    const int rows = std::max<int>(int(lines.size()), 1);
    const int line = m_text->fontMetrics().lineSpacing();
    const int height = rows * line + line / 2 + 2 * m_text->frameWidth() +
                       int(m_text->document()->documentMargin() * 2) +
                       m_text->horizontalScrollBar()->sizeHint().height();
    m_text->setFixedHeight(height);
}

void CommandBlock::copy()
{
    QGuiApplication::clipboard()->setText(m_lines.join(u'\n'));
    m_copied->show();
    // The confirmation goes after a while: something else may be copied next.
    m_hideCopied.start();
    Q_EMIT copied();
}

} // namespace mailroom
