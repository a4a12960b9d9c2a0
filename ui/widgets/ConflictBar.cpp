#include "ConflictBar.h"

#include "core/Engine.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

ConflictBar::ConflictBar(QWidget* parent)
    : QFrame(parent), m_headline(new QLabel(this)), m_detail(new QLabel(this)), m_table(new QWidget(this)),
      m_grid(new QGridLayout(m_table)), m_reload(new QPushButton(tr("&Reload"), this)),
      m_keepMine(new QPushButton(tr("&Keep mine"), this))
{
    setObjectName(QStringLiteral("conflictBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    // The warning tint of a message bar, readable in light and dark palettes alike.
    const QColor warn(0xf6, 0xc3, 0x43);
    const QColor base = tinted.color(QPalette::Window);
    tinted.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.8 + warn.redF() * 0.2,
                                                       base.greenF() * 0.8 + warn.greenF() * 0.2,
                                                       base.blueF() * 0.8 + warn.blueF() * 0.2));
    setPalette(tinted);
    m_headline->setObjectName(QStringLiteral("conflictHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_detail->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_reload->setToolTip(tr("Drop your unsaved edit and show what is saved now."));
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_keepMine->setToolTip(tr("Save your edit over the other change."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reload);
    buttons->addWidget(m_keepMine);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_reload, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT reloadRequested();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT keepMineRequested();
    });
    hide();
}

QString ConflictBar::byWhom(const QString& actor, const QDateTime& at)
{
    const QString when =
        at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!actor.isEmpty() && !when.isEmpty())
        return tr("by %1 at %2").arg(actor, when);
    if (!actor.isEmpty())
        return tr("by %1").arg(actor);
    return tr("by another administrator");
}

bool ConflictBar::offer(const Error& error, const QVector<ConflictRow>& rows)
{
    if (error.code != ErrorCode::Conflict)
        return false;
    showConflict(error, rows);
    return true;
}

void ConflictBar::showConflict(const Error& error, const QVector<ConflictRow>& rows)
{
    m_theirVersion = error.currentVersion;
    m_refused = true;
    m_headline->setText(tr("Not saved: this was changed %1 after you opened it.")
                            .arg(byWhom(error.changedBy, error.changedAt)));
    m_detail->setText(rows.isEmpty()
                          ? error.message
                          : tr("Your edit is still here. Reload to drop it and see theirs, or keep "
                               "yours to save it over theirs."));
    setRows(rows);
    m_keepMine->show();
    show();
}

void ConflictBar::showChangedUnderneath(const QString& actor, const QDateTime& at)
{
    if (showsConflict())
        return; // the refusal already says more
    m_headline->setText(tr("Changed %1 while you were editing.").arg(byWhom(actor, at)));
    m_detail->setText(tr("Your unsaved edit is kept. Saving changes only the fields you edited; Reload "
                         "drops your edit and shows theirs."));
    setRows({});
    m_refused = false;
    m_keepMine->hide();
    show();
}

void ConflictBar::watch(Engine& engine, std::function<bool(const Change&)> concerns,
                        std::function<bool()> dirty)
{
    connect(&engine, &Engine::changed, this,
            [this, concerns = std::move(concerns), dirty = std::move(dirty)](const Change& change) {
                if (change.remote && concerns(change) && dirty())
                    showChangedUnderneath(change.actor, change.at);
            });
}

void ConflictBar::dismiss()
{
    m_refused = false;
    hide();
}

void ConflictBar::setRows(const QVector<ConflictRow>& rows)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_table->setVisible(!rows.isEmpty());
    if (rows.isEmpty())
        return;
    const QStringList headers{tr("Field"), tr("Theirs (saved now)"), tr("Yours (not saved)")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column).toHtmlEscaped()), m_table);
        m_grid->addWidget(header, 0, column);
    }
    int line = 1;
    for (const ConflictRow& row : rows) {
        const QStringList cells{row.label, row.theirs.isEmpty() ? tr("(empty)") : row.theirs,
                                row.yours.isEmpty() ? tr("(empty)") : row.yours};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QLabel(cells.at(column), m_table);
            cell->setTextFormat(Qt::PlainText);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setObjectName(QStringLiteral("conflictCell_%1_%2").arg(line).arg(column));
            m_grid->addWidget(cell, line, column);
        }
        ++line;
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
}

} // namespace mailroom
