#include "DnsRecordsView.h"

#include "widgets/Icons.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailroom {

namespace {

// Grid columns: each record takes two grid rows, its name above its value.
enum GridColumn
{
    PurposeColumn,
    TypeColumn,
    CaptionColumn,
    TextColumn,
    TtlColumn
};

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

DnsRecordsView::DnsRecordsView(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_none(new QLabel(this)), m_hint(new QLabel(this)),
      m_grid(new QWidget(this)), m_rows(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("dnsRecords"));
    m_none->setObjectName(QStringLiteral("noRecords"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("recordsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_rows->setHorizontalSpacing(12);
    m_rows->setVerticalSpacing(2);
    m_rows->setColumnStretch(TextColumn, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("recordsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);

    auto* records = new QWidget(this);
    auto* recordsLayout = new QVBoxLayout(records);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addWidget(m_hint);
    recordsLayout->addWidget(scroll, 1);
    m_stack->addWidget(records);
    m_stack->addWidget(m_none);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* DnsRecordsView::copyable(QWidget* grid, const QString& text, const QString& part, int index,
                                  const QString& accessibleName)
{
    auto* cell = new QWidget(grid);
    auto* label = new QLabel(text, cell);
    label->setObjectName(QStringLiteral("record%1%2").arg(part).arg(index));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setAccessibleName(accessibleName);
    auto* copy = new QToolButton(cell);
    copy->setObjectName(QStringLiteral("copy%1%2").arg(part).arg(index));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"))); // no bundled fallback: the text says it
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(accessibleName));
    connect(copy, &QToolButton::clicked, this, [text] { QGuiApplication::clipboard()->setText(text); });
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(copy);
    return cell;
}

void DnsRecordsView::addRow(QGridLayout* rows, int index, const DnsRecord& record)
{
    QWidget* grid = rows->parentWidget();
    const int top = 1 + index * 3; // the header, then name, value and a gap per record
    const QString purpose = dnsRecordPurposeLabel(record.purpose);
    auto* purposeLabel = new QLabel(purpose, grid);
    purposeLabel->setWordWrap(true);
    rows->addWidget(purposeLabel, top, PurposeColumn, 2, 1, Qt::AlignTop);
    rows->addWidget(new QLabel(dnsRecordTypeName(record.type), grid), top, TypeColumn, 2, 1, Qt::AlignTop);
    rows->addWidget(new QLabel(tr("Name:"), grid), top, CaptionColumn);
    rows->addWidget(
        copyable(grid, record.name, QStringLiteral("Name"), index, tr("name of the %1 record").arg(purpose)),
        top, TextColumn);
    rows->addWidget(new QLabel(tr("Value:"), grid), top + 1, CaptionColumn);
    rows->addWidget(copyable(grid, record.value, QStringLiteral("Value"), index,
                             tr("value of the %1 record").arg(purpose)),
                    top + 1, TextColumn);
    // As DNS providers take it: seconds, no digit grouping.
    auto* ttl = new QLabel(QString::number(record.ttl), grid);
    ttl->setToolTip(tr("Recommended time to live, in seconds"));
    rows->addWidget(ttl, top, TtlColumn, 2, 1, Qt::AlignTop | Qt::AlignRight);
    rows->setRowMinimumHeight(top + 2, 10);
}

void DnsRecordsView::setRecords(const Domain& domain, const QVector<DnsRecord>& records)
{
    m_records = records;
    if (records.isEmpty()) {
        m_none->setText(domain.isTest
                            ? tr("%1 is the organization's test domain: the service publishes its DNS "
                                 "records, so there is nothing to add at your DNS provider.")
                                  .arg(domain.displayName())
                            : tr("There are no records to publish for %1.").arg(domain.displayName()));
        m_stack->setCurrentWidget(m_none);
        return;
    }
    const QString name = domain.name.toHtmlEscaped();
    const QString shown = domain.displayName().toHtmlEscaped();
    m_hint->setText(
        tr("<p>Publish these records at the DNS provider of %1. Changes can take up to 72 hours to reach "
           "everyone.</p>"
           "<p><b>Trailing dot:</b> some DNS providers add the domain to every name they are given, which "
           "would "
           "publish <tt>_amazonses.%2.%2</tt>. If yours does, type each name with a dot at the end "
           "(<tt>_amazonses.%2.</tt>) so that it is taken as complete.</p>"
           "<p>Also create <tt>postmaster@%1</tt> and <tt>abuse@%1</tt>, as aliases or as groups: other mail "
           "servers write to them about delivery problems and abuse.</p>")
            .arg(shown, name));
    for (QWidget* old : m_grid->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        delete old;
    m_rows->setRowStretch(m_stretchRow, 0);
    QGridLayout* rows = m_rows;
    QWidget* grid = m_grid;
    rows->addWidget(headerLabel(tr("Purpose"), grid), 0, PurposeColumn);
    rows->addWidget(headerLabel(tr("Type"), grid), 0, TypeColumn);
    rows->addWidget(headerLabel(tr("Record"), grid), 0, CaptionColumn, 1, 2);
    rows->addWidget(headerLabel(tr("TTL"), grid), 0, TtlColumn, Qt::AlignRight);
    for (int i = 0; i < records.size(); ++i)
        addRow(rows, i, records.at(i));
    m_stretchRow = 1 + int(records.size()) * 3;
    rows->setRowStretch(m_stretchRow, 1);
    // Widgets added to a shown layout would otherwise appear only on the next turn of the event loop.
    for (QWidget* added : m_grid->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        added->show();
    m_stack->setCurrentIndex(0);
}

} // namespace mailroom
