#include "FlowRuleTestDialog.h"

#include "core/Engine.h"
#include "flow/FlowRules.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailroom {

namespace {

const QString FromField = QStringLiteral("from");
const QString SenderField = QStringLiteral("sender");
const QString EmlField = QStringLiteral("eml");

// The local .eml file that a drag carries, or empty.
QString emlPathOf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}

// The action's text colour, in addition to its name: restrictive actions in red, the junk folder
// and the spam-check bypass in amber, normal delivery in green; readable on light and dark windows.
QColor actionColour(FlowAction action, bool dark)
{
    switch (action) {
    case FlowAction::Drop:
    case FlowAction::Bounce:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case FlowAction::MoveToJunk:
    case FlowAction::BypassSpamCheck:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case FlowAction::NormalDelivery:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    }
    return {};
}

// A wrapped, selectable plain-text label that a test and a screen reader can find.
void setUpText(QLabel* label, const QString& name, const QString& accessibleName)
{
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace

FlowRuleTestDialog::FlowRuleTestDialog(Engine& engine, const Organization& organization, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_organization(organization), m_from(new QLineEdit(this)),
      m_sender(new QLineEdit(this)), m_open(new QPushButton(tr("&Open message…"), this)),
      m_clear(new QPushButton(tr("C&lear message"), this)), m_messageDetails(new QLabel(this)),
      m_action(new QLabel(this)), m_decidedBy(new QLabel(this)), m_othersLabel(new QLabel(this)),
      m_others(new QTreeWidget(this)), m_refusalBox(new QFrame(this)), m_refusals(new QLabel(m_refusalBox)),
      m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("flowRuleTestDialog"));
    setWindowTitle(tr("Test email flow rules — %1").arg(organization.alias));
    setAcceptDrops(true);
    auto* intro = new QLabel(tr("See what the rules do with a message before any arrives. Type its From "
                                "address, and its Sender address when it has one. The result follows "
                                "what you type and every change to the rules."),
                             this);
    intro->setWordWrap(true);

    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("From address"));
    m_from->setPlaceholderText(tr("name@example.com"));
    m_sender->setObjectName(QStringLiteral("sender"));
    m_sender->setAccessibleName(tr("Sender address"));
    m_open->setObjectName(QStringLiteral("openMessage"));
    m_open->setAccessibleName(tr("Open message"));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                     style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_open->setAutoDefault(false);
    m_clear->setObjectName(QStringLiteral("clearMessage"));
    m_clear->setAccessibleName(tr("Clear message"));
    m_clear->setAutoDefault(false);
    setUpText(m_messageDetails, QStringLiteral("messageDetails"), tr("Message"));

    // Wrapped labels in the field column take its whole width rather than their narrowest.
    QLabel* fromError = m_errors->errorLabel(FromField);
    QLabel* senderError = m_errors->errorLabel(SenderField);
    QLabel* emlError = m_errors->errorLabel(EmlField);
    for (QLabel* label : {m_messageDetails, fromError, senderError, emlError})
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // A grid rather than a form layout: wrapped labels under the fields get the height they need.
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int rows = 0;
    auto addRow = [this, form, &rows](const QString& text, QWidget* field, QLayout* fieldLayout = nullptr) {
        const int row = rows++;
        if (!text.isEmpty()) {
            auto* label = new QLabel(text, this);
            label->setBuddy(field);
            form->addWidget(label, row, 0);
        }
        if (fieldLayout)
            form->addLayout(fieldLayout, row, 1);
        else
            form->addWidget(field, row, 1);
    };
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_open);
    messageRow->addWidget(m_clear);
    messageRow->addStretch();
    addRow(tr("&From address:"), m_from);
    addRow(QString(), fromError);
    addRow(tr("&Sender address (optional):"), m_sender);
    addRow(QString(), senderError);
    addRow(tr("Message:"), m_open, messageRow);
    addRow(QString(), m_messageDetails);
    addRow(QString(), emlError);

    auto* resultHeading = new QLabel(tr("Result"), this);
    QFont headingFont = resultHeading->font();
    headingFont.setBold(true);
    resultHeading->setFont(headingFont);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_action->setObjectName(QStringLiteral("action"));
    m_action->setAccessibleName(tr("Resulting action"));
    m_action->setTextFormat(Qt::PlainText);
    QFont big = m_action->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_action->setFont(big);
    setUpText(m_decidedBy, QStringLiteral("decidedBy"), tr("Deciding rule"));
    m_othersLabel->setObjectName(QStringLiteral("othersLabel"));
    m_othersLabel->setWordWrap(true);
    m_othersLabel->setBuddy(m_others);

    m_others->setObjectName(QStringLiteral("others"));
    m_others->setAccessibleName(tr("Other matching rules"));
    m_others->setHeaderLabels({tr("Rule"), tr("Pattern"), tr("Header"), tr("Why it did not decide")});
    m_others->setRootIsDecorated(false);
    m_others->setWordWrap(true);
    m_others->setMinimumHeight(120);

    // A refusal is shown boxed, with a warning icon and bold text: it holds whatever the rules say.
    m_refusalBox->setObjectName(QStringLiteral("refusalBox"));
    m_refusalBox->setFrameShape(QFrame::StyledPanel);
    setUpText(m_refusals, QStringLiteral("refusals"), tr("Refusals"));
    QFont bold = m_refusals->font();
    bold.setBold(true);
    m_refusals->setFont(bold);
    m_refusals->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* warningIcon = new QLabel(m_refusalBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    warningIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                            style()->standardIcon(QStyle::SP_MessageBoxWarning))
                               .pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    auto* refusalLayout = new QHBoxLayout(m_refusalBox);
    refusalLayout->addWidget(warningIcon);
    refusalLayout->addWidget(m_refusals, 1);
    m_refusalBox->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(line);
    layout->addWidget(resultHeading);
    layout->addWidget(m_action);
    layout->addWidget(m_decidedBy);
    layout->addWidget(m_othersLabel);
    layout->addWidget(m_others, 100);
    layout->addWidget(m_refusalBox);
    layout->addStretch(1); // keeps the result together at the top when the table is hidden
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);
    setMinimumWidth(640);
    resize(760, 620);

    connect(m_from, &QLineEdit::textChanged, this, &FlowRuleTestDialog::evaluate);
    connect(m_sender, &QLineEdit::textChanged, this, &FlowRuleTestDialog::evaluate);
    connect(m_open, &QPushButton::clicked, this, &FlowRuleTestDialog::openMessage);
    connect(m_clear, &QPushButton::clicked, this, &FlowRuleTestDialog::clearMessage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_engine, &Engine::changed, this, &FlowRuleTestDialog::onEngineChanged);
    showMessage();
    m_from->setFocus();
}

void FlowRuleTestDialog::onEngineChanged(const Change& change)
{
    if (change.subject == Change::Subject::FlowRule &&
        (change.organizationId.isEmpty() || change.organizationId == m_organization.id))
        evaluate();
}

void FlowRuleTestDialog::clearResults(const QString& hint)
{
    m_action->setText(tr("No result"));
    m_action->setPalette(palette());
    m_action->setEnabled(false);
    m_decidedBy->setText(hint);
    m_othersLabel->hide();
    m_others->clear();
    m_others->hide();
}

void FlowRuleTestDialog::evaluate()
{
    m_errors->clear(FromField);
    m_errors->clear(SenderField);
    m_errors->generalLabel()->hide();
    // The refusals of a loaded message hold whatever the addresses and the rules say.
    m_refusals->setText(m_messageRefusals.join(u'\n'));
    m_refusalBox->setVisible(m_message && !m_messageRefusals.isEmpty());

    if (m_from->text().trimmed().isEmpty()) {
        clearResults(tr("Type a From address, or open a message, to see what happens to its mail."));
        return;
    }
    const auto result =
        m_engine.flowRules().test(m_organization.id, m_from->text().trimmed(), m_sender->text().trimmed());
    if (!result) {
        m_errors->show(result.error());
        clearResults(tr("Correct the address above to see the result."));
        return;
    }
    const FlowTestResult& test = result.value();
    const FlowDecision& decision = test.decision;

    m_action->setEnabled(true);
    m_action->setText(labelOf(decision.action));
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, actionColour(decision.action, dark));
    m_action->setPalette(p);

    if (decision.decidedBy) {
        const FlowMatch& m = *decision.decidedBy;
        m_decidedBy->setText(tr("Decided by rule “%1”, pattern %2, from the %3 header.")
                                 .arg(test.ruleOf(m).name, test.patternOf(m), m.header));
    } else {
        m_decidedBy->setText(tr("No rule matched: normal delivery."));
    }

    m_others->clear();
    for (const FlowMatch& m : decision.others) {
        QString why = flowLostReason(m.lost);
        if (!why.isEmpty())
            why[0] = why.at(0).toUpper(); // a table cell starts as a sentence does
        auto* item = new QTreeWidgetItem(m_others, {test.ruleOf(m).name, test.patternOf(m), m.header, why});
        item->setToolTip(0, tr("%1: %2").arg(labelOf(test.ruleOf(m).action), test.ruleOf(m).name));
        item->setToolTip(3, why);
    }
    for (int column = 0; column < 3; ++column) {
        m_others->resizeColumnToContents(column);
        m_others->setColumnWidth(column, m_others->columnWidth(column) + 12);
    }
    m_othersLabel->setText(decision.others.isEmpty()
                               ? (decision.decidedBy ? tr("No other rule matched.") : QString())
                               : tr("Other matches, which did not decide:"));
    m_othersLabel->setVisible(!m_othersLabel->text().isEmpty());
    m_others->setVisible(!decision.others.isEmpty());
}

bool FlowRuleTestDialog::loadMessage(const QString& path)
{
    m_errors->clear(EmlField);
    auto tested = m_engine.flowRules().testMessage(m_organization.id, path);
    MessageFile message;
    QStringList refusals;
    if (tested) {
        message = tested.value().message;
        refusals = tested.value().refusals;
    } else if (tested.error().field == EmlField) {
        m_errors->show(tested.error());
        return false;
    } else {
        // A header that is no address: the message is shown and the error goes under its field.
        auto read = MessageFile::read(path);
        if (!read) {
            m_errors->show(read.error());
            return false;
        }
        message = read.value();
        refusals = message.refusals();
    }
    m_message = message;
    m_messagePath = path;
    m_messageRefusals = refusals;
    showMessage();
    return true;
}

void FlowRuleTestDialog::clearMessage()
{
    if (!m_message)
        return;
    m_message.reset();
    m_messagePath.clear();
    m_messageRefusals.clear();
    m_errors->clear(EmlField);
    showMessage();
    m_from->setFocus();
}

void FlowRuleTestDialog::showMessage()
{
    const bool loaded = m_message.has_value();
    {
        const QSignalBlocker quietFrom(m_from); // one evaluation for both fields, below
        const QSignalBlocker quietSender(m_sender);
        m_from->setText(loaded ? m_message->from : QString());
        m_sender->setText(loaded ? m_message->sender : QString());
    }
    for (QLineEdit* field : {m_from, m_sender}) {
        field->setReadOnly(loaded);
        field->setClearButtonEnabled(!loaded);
        field->setToolTip(loaded ? tr("Read from the message; clear the message to type an address.")
                                 : QString());
    }
    m_sender->setPlaceholderText(loaded ? tr("The message has no Sender header")
                                        : tr("Only when the message has a Sender header"));
    m_clear->setVisible(loaded);
    showMessageDetails();
    evaluate();
}

void FlowRuleTestDialog::showMessageDetails()
{
    if (!m_message) {
        m_messageDetails->setText(tr("Open an .eml file, or drop one here, to test a whole message."));
        m_messageDetails->setToolTip(QString());
        return;
    }
    const MessageFile& m = *m_message;
    const QStringList lines = {
        tr("File: %1").arg(QFileInfo(m_messagePath).fileName()),
        tr("Subject: %1").arg(m.subject.isEmpty() ? tr("(none)") : m.subject),
        tr("Size: %1").arg(QLocale().formattedDataSize(m.size, 1, QLocale::DataSizeTraditionalFormat)),
        tr("Attachments: %1")
            .arg(m.attachments.isEmpty() ? tr("none") : m.attachments.join(QStringLiteral(", "))),
    };
    m_messageDetails->setText(lines.join(u'\n'));
    m_messageDetails->setToolTip(QDir::toNativeSeparators(m_messagePath));
}

void FlowRuleTestDialog::openMessage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open message"), QString(),
                                                      tr("Email messages (*.eml);;All files (*)"));
    if (!path.isEmpty())
        loadMessage(path);
}

void FlowRuleTestDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!emlPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FlowRuleTestDialog::dropEvent(QDropEvent* event)
{
    const QString path = emlPathOf(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    loadMessage(path);
}

} // namespace mailroom
