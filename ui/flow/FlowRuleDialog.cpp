#include "FlowRuleDialog.h"

#include "core/Engine.h"
#include "flow/FlowRules.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"
#include "widgets/UnsavedEdits.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace mailroom {

namespace {

const QString NameField = QStringLiteral("name");
const QString PatternsField = QStringLiteral("patterns");

QString actionDescription(FlowAction action)
{
    switch (action) {
    case FlowAction::Drop:
        return FlowRuleDialog::tr("The message is discarded without telling the sender.");
    case FlowAction::Bounce:
        return FlowRuleDialog::tr("The message is refused and the sender receives a non-delivery report.");
    case FlowAction::MoveToJunk:
        return FlowRuleDialog::tr("The message goes to the recipients' junk folder, whatever the spam check "
                                  "says.");
    case FlowAction::NormalDelivery:
        return FlowRuleDialog::tr("The message is delivered as usual, spam check included: an exception "
                                  "inside a wider Drop or Bounce rule.");
    case FlowAction::BypassSpamCheck:
        return FlowRuleDialog::tr("The message reaches the inbox even when the spam check flags it. Use it "
                                  "only for senders you trust.");
    }
    return {};
}

// What a valid pattern matches, as its entry's tooltip.
QString matches(const SenderPattern& pattern)
{
    switch (pattern.kind) {
    case SenderPattern::Kind::Everyone:
        return FlowRuleDialog::tr("Every sender; any more specific pattern wins over it.");
    case SenderPattern::Kind::Wildcard:
        return FlowRuleDialog::tr("Addresses at %1 and at every subdomain of it.").arg(pattern.key);
    case SenderPattern::Kind::Domain:
        return FlowRuleDialog::tr("Addresses at exactly %1, not at its subdomains.").arg(pattern.key);
    case SenderPattern::Kind::Address:
        return FlowRuleDialog::tr("The address %1 only.").arg(pattern.key);
    }
    return {};
}

} // namespace

FlowRuleDialog::FlowRuleDialog(Engine& engine, const Organization& organization,
                               const std::optional<FlowRule>& existing, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_organization(organization), m_existing(existing),
      m_name(new QLineEdit(this)), m_action(new QComboBox(this)), m_actionDescription(new QLabel(this)),
      m_newPattern(new QLineEdit(this)), m_addPattern(new QPushButton(tr("&Add pattern"), this)),
      m_patterns(new QListWidget(this)), m_removePattern(new QPushButton(tr("Re&move pattern"), this)),
      m_patternCount(new QLabel(this)), m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this))
{
    setObjectName(QStringLiteral("flowRuleDialog"));
    setWindowTitle(existing ? tr("Edit email flow rule") : tr("Create email flow rule"));
    auto* intro =
        new QLabel(tr("A rule applies at once to mail sent to anyone in the organization. When several "
                      "patterns match a sender, the most specific one decides; between equally "
                      "specific ones, the most restrictive action."),
                   this);
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setMaxLength(flow::MaxNameLength);
    m_name->setPlaceholderText(tr("For example Block known spammers"));
    m_action->setObjectName(QStringLiteral("ruleAction"));
    m_action->setAccessibleName(tr("Action"));
    for (FlowAction action : valuesOf<FlowAction>()) // most restrictive first
        m_action->addItem(labelOf(action), int(action));
    m_action->setPlaceholderText(tr("Choose an action"));
    m_actionDescription->setObjectName(QStringLiteral("actionDescription"));
    m_actionDescription->setWordWrap(true);
    m_actionDescription->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Rule &name:"), m_name);
    form->addRow(QString(), m_errors->errorLabel(NameField));
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(QString(), m_actionDescription);

    auto* patternsLabel = new QLabel(tr("Sender &patterns:"), this);
    patternsLabel->setBuddy(m_newPattern);
    auto* hint =
        new QLabel(tr("Each entry is an address (name@example.com), a domain (example.com, that domain "
                      "alone), a domain with all its subdomains (*.example.com), or * for every "
                      "sender. \"+\" is not allowed."),
                   this);
    hint->setWordWrap(true);
    m_newPattern->setObjectName(QStringLiteral("newPattern"));
    m_newPattern->setAccessibleName(tr("New sender pattern"));
    m_newPattern->setPlaceholderText(tr("Type a pattern, or several separated by commas, and press Enter"));
    m_newPattern->installEventFilter(this);
    m_newPatternError = m_errors->errorLabel(QStringLiteral("newPattern"));
    m_addPattern->setObjectName(QStringLiteral("addPattern"));
    m_addPattern->setAutoDefault(false);
    m_patterns->setObjectName(QStringLiteral("patterns"));
    m_patterns->setAccessibleName(tr("Sender patterns"));
    m_patterns->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_patterns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_patterns->setIconSize({small, small});
    m_patterns->setUniformItemSizes(true);
    m_removePattern->setObjectName(QStringLiteral("removePattern"));
    m_removePattern->setAutoDefault(false);
    m_patternCount->setObjectName(QStringLiteral("patternCount"));
    auto* removeKey = new QAction(m_patterns);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_patterns->addAction(removeKey);

    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_newPattern, 1);
    typeRow->addWidget(m_addPattern);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_removePattern);
    listRow->addStretch();
    listRow->addWidget(m_patternCount);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(existing ? tr("Save") : tr("Create rule"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false); // Enter never means Cancel

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(patternsLabel);
    layout->addWidget(hint);
    layout->addLayout(typeRow);
    layout->addWidget(m_newPatternError);
    layout->addWidget(m_patterns, 1);
    layout->addLayout(listRow);
    layout->addWidget(m_errors->errorLabel(PatternsField));
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);
    setMinimumWidth(600);

    if (existing)
        showRule(*existing);
    else
        m_action->setCurrentIndex(-1); // a choice the administrator makes: no default drops mail
    markPatterns();
    updateActionDescription();
    updatePatternButtons();
    connect(m_conflict, &ConflictBar::reloadRequested, this, [this] {
        if (auto now = m_engine.flowRules().get(m_existing->id)) {
            m_existing = now.value();
            showRule(now.value());
        }
    });
    connect(m_conflict, &ConflictBar::keepMineRequested, this, [this] {
        m_existing->version = m_conflict->theirVersion();
        accept();
    });
    m_conflict->watch(
        m_engine,
        [this](const Change& c) {
            return m_existing && c.subject == Change::Subject::FlowRule && c.ids.contains(m_existing->id);
        },
        [this] { return isDirty(); });

    connect(buttons, &QDialogButtonBox::accepted, this, &FlowRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FlowRuleDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &FlowRuleDialog::validate);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        updateActionDescription();
        validate();
    });
    connect(m_newPattern, &QLineEdit::textChanged, this, &FlowRuleDialog::updatePatternButtons);
    connect(m_addPattern, &QPushButton::clicked, this, [this] { addPatterns(m_newPattern->text()); });
    connect(m_patterns, &QListWidget::itemSelectionChanged, this, &FlowRuleDialog::updatePatternButtons);
    connect(m_patterns, &QListWidget::itemChanged, this, [this] {
        if (m_marking)
            return;
        m_patternsTouched = true;
        // An entry edited to nothing goes, once its editor has closed.
        QMetaObject::invokeMethod(
            this,
            [this] {
                for (int row = m_patterns->count() - 1; row >= 0; --row)
                    if (m_patterns->item(row)->text().trimmed().isEmpty())
                        delete m_patterns->takeItem(row);
                markPatterns();
                validate();
            },
            Qt::QueuedConnection);
    });
    auto removeSelected = [this] {
        const auto selected = m_patterns->selectedItems();
        if (selected.isEmpty())
            return;
        for (QListWidgetItem* item : selected)
            delete m_patterns->takeItem(m_patterns->row(item));
        m_patternsTouched = true;
        markPatterns();
        validate();
    };
    connect(m_removePattern, &QPushButton::clicked, this, removeSelected);
    connect(removeKey, &QAction::triggered, this, removeSelected);
    validate();
    m_name->setFocus();
}

void FlowRuleDialog::showRule(const FlowRule& rule)
{
    m_name->setText(rule.name);
    m_action->setCurrentIndex(m_action->findData(int(rule.action)));
    m_patterns->clear();
    for (const QString& text : rule.patternTexts())
        appendPattern(text);
    markPatterns();
    validate();
}

FlowRuleInput FlowRuleDialog::input() const
{
    FlowRuleInput in;
    in.name = m_name->text().trimmed();
    for (int row = 0; row < m_patterns->count(); ++row)
        in.patterns << m_patterns->item(row)->text().trimmed();
    in.action =
        m_action->currentIndex() >= 0 ? FlowAction(m_action->currentData().toInt()) : FlowAction::Drop;
    return in;
}

bool FlowRuleDialog::isDirty() const
{
    const FlowRuleInput in = input();
    if (!m_existing)
        return !in.name.isEmpty() || !in.patterns.isEmpty() || m_action->currentIndex() >= 0;
    return in.name != m_existing->name || in.action != m_existing->action ||
           in.patterns != m_existing->patternTexts();
}

QListWidgetItem* FlowRuleDialog::appendPattern(const QString& text)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_patterns->addItem(item);
    return item;
}

void FlowRuleDialog::addPatterns(const QString& typed)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = typed.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    QListWidgetItem* last = nullptr;
    {
        const QSignalBlocker quiet(m_patterns); // one check for the lot, below
        for (const QString& part : parts)
            last = appendPattern(part);
    }
    m_patterns->scrollToItem(last);
    m_newPattern->clear();
    m_patternsTouched = true;
    markPatterns();
    validate();
}

void FlowRuleDialog::markPatterns()
{
    m_marking = true;
    const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning));
    int valid = 0;
    for (int row = 0; row < m_patterns->count(); ++row) {
        QListWidgetItem* item = m_patterns->item(row);
        const auto parsed = SenderPattern::parse(item->text(), row + 1);
        item->setIcon(parsed ? QIcon() : warning);
        item->setToolTip(parsed ? matches(parsed.value()) : parsed.error().message);
        item->setData(Qt::AccessibleDescriptionRole, parsed ? QString() : parsed.error().message);
        valid += parsed ? 1 : 0;
    }
    m_marking = false;
    m_patternCount->setText(
        tr("%1 of %2 patterns")
            .arg(QLocale().toString(m_patterns->count()), QLocale().toString(flow::MaxPatternsPerRule)));
    updatePatternButtons();
}

void FlowRuleDialog::validate()
{
    const FlowRuleInput in = input();
    const Status checked =
        m_engine.flowRules().check(m_organization.id, in, m_existing ? m_existing->id : QString());
    m_errors->clear(NameField);
    m_errors->clear(PatternsField);
    m_errors->generalLabel()->hide();
    if (!checked) {
        const Error& error = checked.error();
        if ((error.field == NameField && m_nameTouched) ||
            (error.field == PatternsField && m_patternsTouched) ||
            (error.field != NameField && error.field != PatternsField))
            m_errors->show(error);
        // A name error hides what check() would say about the patterns next.
        if (error.field == NameField && m_patternsTouched)
            if (const auto patterns = FlowRules::parsePatterns(in.patterns); !patterns)
                m_errors->show(patterns.error());
    }
    const bool chosen = m_action->currentIndex() >= 0;
    m_ok->setEnabled(checked.ok() && chosen && (!m_existing || isDirty()));
    m_ok->setToolTip(m_ok->isEnabled() ? QString()
                     : !checked.ok()   ? checked.error().message
                     : !chosen         ? tr("Choose the action for mail from these senders.")
                                       : tr("Nothing has changed."));
}

void FlowRuleDialog::updateActionDescription()
{
    m_actionDescription->setText(m_action->currentIndex() >= 0
                                     ? actionDescription(FlowAction(m_action->currentData().toInt()))
                                     : tr("Choose what happens to mail from these senders."));
}

void FlowRuleDialog::updatePatternButtons()
{
    const QString typed = m_newPattern->text();
    m_addPattern->setEnabled(!typed.trimmed().isEmpty());
    m_removePattern->setEnabled(!m_patterns->selectedItems().isEmpty());
    // The entry is read as it is typed, numbered as it would be once added.
    m_errors->clear(QStringLiteral("newPattern"));
    if (!typed.trimmed().isEmpty() && !typed.contains(u',') && !typed.trimmed().contains(u' '))
        if (const auto parsed = SenderPattern::parse(typed, m_patterns->count() + 1); !parsed)
            m_errors->show({parsed.error().code, QStringLiteral("newPattern"), parsed.error().message});
}

bool FlowRuleDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the pattern field adds the pattern rather than pressing Create.
    if (watched == m_newPattern && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_newPattern->text().trimmed().isEmpty()) {
            addPatterns(m_newPattern->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool FlowRuleDialog::save()
{
    m_nameTouched = m_patternsTouched = true;
    validate();
    if (!m_ok->isEnabled())
        return false;
    const FlowRuleInput in = input();
    auto saved = m_existing ? m_engine.flowRules().update(m_existing->id, in, m_existing->version)
                            : m_engine.flowRules().create(m_organization.id, in);
    if (!saved) {
        if (!m_conflict->offer(saved.error(), theirChanges()))
            m_errors->show(saved.error());
        return false;
    }
    m_ruleId = saved.value().id;
    return true;
}

QVector<ConflictRow> FlowRuleDialog::theirChanges() const
{
    QVector<ConflictRow> rows;
    if (!m_existing)
        return rows;
    auto theirs = m_engine.flowRules().get(m_existing->id);
    if (!theirs)
        return rows;
    const FlowRuleInput mine = input();
    const QString separator = QStringLiteral(", ");
    ConflictRow::addIfMoved(rows, tr("Name"), m_existing->name, theirs.value().name, mine.name);
    ConflictRow::addIfMoved(rows, tr("Action"), labelOf(m_existing->action), labelOf(theirs.value().action),
                            labelOf(mine.action));
    ConflictRow::addIfMoved(rows, tr("Patterns"), m_existing->patternTexts().join(separator),
                            theirs.value().patternTexts().join(separator), mine.patterns.join(separator));
    return rows;
}

void FlowRuleDialog::accept()
{
    if (save())
        QDialog::accept();
}

void FlowRuleDialog::reject()
{
    bool saved = false;
    if (!unsaved::mayLeave(
            this, isDirty(), tr("Unsaved rule"),
            tr("This rule has changes that are not saved. Save them before closing?"),
            [this, &saved] { return saved = save(); }, [] {}))
        return;
    if (saved)
        QDialog::accept();
    else
        QDialog::reject();
}

} // namespace mailroom
