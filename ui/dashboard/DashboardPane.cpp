#include "DashboardPane.h"

#include "core/Engine.h"
#include "domains/Domain.h"
#include "flow/FlowRule.h"
#include "organizations/Organization.h"
#include "users/User.h"
#include "widgets/EmptyState.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace mailroom {

namespace {

QString number(int n)
{
    return QLocale().toString(n);
}

QColor fillOf(Badge badge)
{
    const auto tone = badgeTone(badge);
    return tone ? tone->fill : QColor(Qt::gray);
}

// A step of 1, 2 or 5 times a power of ten that cuts 0..max into at most about six parts.
int tickStep(int max)
{
    int step = 1;
    for (int power = 1; power <= 100'000'000; power *= 10)
        for (int m : {1, 2, 5})
            if (step = m * power; max / step <= 6)
                return step;
    return step;
}

// A chart view without a frame whose background is the window's, so that it follows the
// system's light or dark scheme.
QChartView* chartView(QChart* chart, const QString& name, const QString& accessibleName, QWidget* parent)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setFocusPolicy(Qt::NoFocus);
    view->setMinimumSize(240, 170);
    return view;
}

EmptyState* emptyState(const QString& name, QWidget* parent)
{
    auto* empty = new EmptyState(QString(), QString(), parent);
    empty->setObjectName(name);
    empty->button()->hide(); // the dashboard only shows; the panes create
    return empty;
}

QLabel* captionLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

// One bar per status, top to bottom in the statuses' order, each in its badge's colour, its
// name and count written beside it. A stacked series whose set i is non-zero only in category i
// gives every bar its own colour at full width.
struct StatusBar
{
    QString label;
    int count = 0;
    Badge badge = Badge::None;
};

class StatusBarChart
{
public:
    StatusBarChart(int bars, const QString& name, const QString& accessibleName, QWidget* parent)
        : m_chart(new QChart), m_series(new QHorizontalStackedBarSeries), m_categories(new QBarCategoryAxis),
          m_values(new QValueAxis)
    {
        for (int i = 0; i < bars; ++i) {
            auto* set = new QBarSet(QString());
            for (int j = 0; j < bars; ++j)
                set->append(0);
            set->setPen(Qt::NoPen);
            m_series->append(set);
            m_sets.append(set);
        }
        m_series->setBarWidth(0.62);
        m_chart->addSeries(m_series);
        m_chart->legend()->hide();
        m_chart->addAxis(m_categories, Qt::AlignLeft);
        m_chart->addAxis(m_values, Qt::AlignBottom);
        m_series->attachAxis(m_categories);
        m_series->attachAxis(m_values);
        m_categories->setGridLineVisible(false);
        // Whole numbers in the locale's way ("1,000"). With localized numbers Qt 6.4 draws no
        // label at all for an integer format such as "%d".
        m_values->setLabelFormat(QStringLiteral("%.0f"));
        m_values->setTickType(QValueAxis::TicksDynamic);
        m_values->setTickAnchor(0);
        m_values->setMinorTickCount(0);
        m_view = chartView(m_chart, name, accessibleName, parent);
    }

    QChartView* view() const { return m_view; }

    void setBars(const QVector<StatusBar>& bars)
    {
        const int n = int(m_sets.size());
        QStringList categories(n);
        QStringList spoken;
        int max = 0;
        for (int i = 0; i < n && i < bars.size(); ++i) {
            const StatusBar& bar = bars.at(i);
            const int row = n - 1 - i; // the first category is drawn at the bottom
            QBarSet* set = m_sets.at(i);
            set->setLabel(bar.label);
            set->setColor(fillOf(bar.badge));
            for (int j = 0; j < n; ++j)
                set->replace(j, j == row ? bar.count : 0);
            categories[row] = DashboardPane::tr("%1: %2").arg(bar.label, number(bar.count));
            spoken.append(categories[row]);
            max = std::max(max, bar.count);
        }
        m_categories->setCategories(categories);
        const int step = tickStep(max);
        m_values->setTickInterval(step);
        m_values->setRange(0, std::max(step, int(std::ceil(double(max) / step)) * step));
        m_view->setAccessibleDescription(spoken.join(QStringLiteral(", ")));
    }

    void applyPalette(const QPalette& palette)
    {
        const QColor text = palette.color(QPalette::WindowText);
        const QColor lines = palette.color(QPalette::Mid);
        for (QAbstractAxis* axis :
             {static_cast<QAbstractAxis*>(m_categories), static_cast<QAbstractAxis*>(m_values)}) {
            axis->setLabelsColor(text);
            axis->setLinePenColor(lines);
            axis->setGridLineColor(lines);
        }
        m_view->setBackgroundBrush(palette.window());
    }

private:
    QChart* m_chart;
    QHorizontalStackedBarSeries* m_series;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QVector<QBarSet*> m_sets;
    QChartView* m_view = nullptr;
};

DashboardPane::DashboardPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_refreshTimer(new QTimer(this)), m_error(new QLabel(this)),
      m_usersSeries(new QPieSeries), m_usersEmpty(emptyState(QStringLiteral("usersEmpty"), this)),
      m_usersCaption(captionLabel(QStringLiteral("usersCaption"), this)),
      m_devices(std::make_unique<StatusBarChart>(int(valuesOf<DeviceStatus>().size()),
                                                 QStringLiteral("devicesChart"),
                                                 tr("Mobile devices by status"), this)),
      m_devicesEmpty(emptyState(QStringLiteral("devicesEmpty"), this)),
      m_devicesCaption(captionLabel(QStringLiteral("devicesCaption"), this)),
      m_domains(std::make_unique<StatusBarChart>(3, QStringLiteral("domainsChart"),
                                                 tr("Domains by verification status"), this)),
      m_domainsEmpty(emptyState(QStringLiteral("domainsEmpty"), this)),
      m_domainsCaption(captionLabel(QStringLiteral("domainsCaption"), this)),
      m_domainLimit(new QProgressBar(this)), m_patternLimit(new QProgressBar(this)),
      m_rulePatternLimit(new QProgressBar(this)),
      m_trialLabel(new QLabel(tr("Enabled users during the free &trial:"), this)),
      m_trialLimit(new QProgressBar(this)), m_trialNote(captionLabel(QStringLiteral("trialNote"), this))
{
    setObjectName(QStringLiteral("dashboardPane"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPane::refresh);
    connect(&m_engine, &Engine::changed, this, &DashboardPane::onEngineChanged);

    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();

    // Users: a ring of Enabled, Disabled and System users, named and counted in its legend.
    for (const QString& label :
         {labelOf(UserState::Enabled), labelOf(UserState::Disabled), tr("System users")}) {
        auto* slice = m_usersSeries->append(label, 0);
        slice->setLabelVisible(false);
    }
    m_usersSeries->setHoleSize(0.42);
    m_usersSeries->setPieSize(0.9);
    auto* usersChart = new QChart;
    usersChart->addSeries(m_usersSeries);
    usersChart->legend()->setAlignment(Qt::AlignRight);
    usersChart->legend()->setShowToolTips(true);
    m_usersView = chartView(usersChart, QStringLiteral("usersChart"), tr("Users by state"), this);
    m_usersEmpty->setText(tr("The organization has no users yet."));
    m_devicesEmpty->setText(tr("No mobile devices have synced yet."));

    auto* charts = new QGridLayout;
    charts->addWidget(
        chartBox(tr("Users"), QStringLiteral("usersBox"), m_usersView, m_usersEmpty, m_usersCaption), 0, 0);
    charts->addWidget(chartBox(tr("Mobile devices"), QStringLiteral("devicesBox"), m_devices->view(),
                               m_devicesEmpty, m_devicesCaption),
                      0, 1);
    charts->addWidget(chartBox(tr("Domains"), QStringLiteral("domainsBox"), m_domains->view(), m_domainsEmpty,
                               m_domainsCaption),
                      1, 0);
    m_devices->view()->hide();
    m_domains->view()->hide();

    // Limits (ORG-6, FLOW-2): what the engine counts against them, as "x of N".
    auto* limitsBox = new QGroupBox(tr("Limits"), this);
    limitsBox->setObjectName(QStringLiteral("limitsBox"));
    auto* grid = new QGridLayout;
    int row = 0;
    auto addLimit = [&](QProgressBar* bar, const QString& name, QLabel* label, const QString& tip) {
        bar->setObjectName(name);
        bar->setTextVisible(true);
        bar->setAlignment(Qt::AlignCenter);
        bar->setToolTip(tip);
        label->setBuddy(bar);
        label->setToolTip(tip);
        bar->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        grid->addWidget(label, row, 0);
        grid->addWidget(bar, row, 1);
        ++row;
    };
    addLimit(m_domainLimit, QStringLiteral("domainLimit"), new QLabel(tr("&Domains:"), limitsBox),
             tr("An organization can have at most %1 domains; the test domain is not counted.")
                 .arg(number(domains::MaxPerOrganization)));
    addLimit(m_patternLimit, QStringLiteral("patternLimit"),
             new QLabel(tr("Sender &patterns in email flow rules:"), limitsBox),
             tr("All the email flow rules of an organization together can have at most %1 sender patterns.")
                 .arg(number(flow::MaxPatternsPerOrganization)));
    addLimit(
        m_rulePatternLimit, QStringLiteral("rulePatternLimit"),
        new QLabel(tr("Sender patterns in the &largest rule:"), limitsBox),
        tr("One email flow rule can have at most %1 sender patterns.").arg(number(flow::MaxPatternsPerRule)));
    m_trialLabel->setParent(limitsBox);
    addLimit(
        m_trialLimit, QStringLiteral("trialLimit"), m_trialLabel,
        tr("During the free trial of %1 days at most %2 users can be enabled; system users are not counted.")
            .arg(number(limits::TrialDays), number(limits::TrialUsers)));
    grid->addWidget(m_trialNote, row, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto* limitsColumn = new QVBoxLayout(limitsBox);
    limitsColumn->addLayout(grid);
    limitsColumn->addStretch();
    charts->addWidget(limitsBox, 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(charts, 1);

    applyPalette();
    showUsers();
    showLimits();
}

DashboardPane::~DashboardPane() = default;

QGroupBox* DashboardPane::chartBox(const QString& title, const QString& name, QChartView* view,
                                   EmptyState* empty, QLabel* caption)
{
    auto* box = new QGroupBox(title, this);
    box->setObjectName(name);
    // The chart or its empty state: refresh() shows one and hides the other.
    view->setParent(box);
    empty->setParent(box);
    caption->setParent(box);
    auto* column = new QVBoxLayout(box);
    column->addWidget(view, 1);
    column->addWidget(empty, 1);
    column->addWidget(caption);
    return box;
}

void DashboardPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardPane::onEngineChanged(const Change& change)
{
    if (m_organization.id.isEmpty())
        return;
    if (!change.organizationId.isEmpty() && change.organizationId != m_organization.id)
        return; // another organization's; an empty id spans organizations (the purge)
    if (change.subject == Change::Subject::Organization && change.kind == Change::Kind::Removed &&
        change.ids.contains(m_organization.id))
        return;
    if (isVisible())
        m_refreshTimer->start(); // a burst of changes repaints once
    else
        m_stale = true;
}

void DashboardPane::showEvent(QShowEvent* event)
{
    OrganizationPane::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPane::changeEvent(QEvent* event)
{
    OrganizationPane::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DashboardPane::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    if (m_organization.id.isEmpty())
        return;
    auto figures = readDashboardFigures(m_engine, m_organization.id);
    if (!figures) {
        m_error->setText(figures.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_figures = figures.value();

    showUsers();

    QVector<StatusBar> devices;
    for (DeviceStatus s : valuesOf<DeviceStatus>())
        devices.append({labelOf(s), m_figures.devices.value(s), badgeOf(s)});
    m_devices->setBars(devices);
    m_devices->view()->setVisible(m_figures.deviceCount() > 0);
    m_devicesEmpty->setVisible(m_figures.deviceCount() == 0);
    m_devicesCaption->setText(tr("A device whose wipe is required is wiped when it next checks in."));
    m_devicesCaption->setVisible(m_figures.devices.value(DeviceStatus::WipeRequired) > 0);

    QVector<StatusBar> domainBars;
    for (DomainStatus s : {DomainStatus::Pending, DomainStatus::Verified, DomainStatus::Failed})
        domainBars.append({labelOf(s), m_figures.domains.value(s), badgeOf(s)});
    m_domains->setBars(domainBars);
    const bool anyDomain = m_figures.domainCount() > 0;
    m_domains->view()->setVisible(anyDomain);
    m_domainsEmpty->setVisible(!anyDomain);
    m_domainsEmpty->setText(
        tr("No domains have been added yet: addresses use the test domain %1 until you add "
           "your own in Domains.")
            .arg(m_organization.testDomain()));
    m_domainsCaption->setText(
        tr("The test domain %1 is always verified and is not counted.").arg(m_organization.testDomain()));
    m_domainsCaption->setVisible(anyDomain);

    showLimits();
    Q_EMIT refreshed();
}

void DashboardPane::showUsers()
{
    const struct
    {
        int count;
        Badge badge;
    } slices[] = {{m_figures.enabledUsers, Badge::Good},
                  {m_figures.disabledUsers, Badge::Bad},
                  {m_figures.systemUsers, Badge::Neutral}};
    const QList<QPieSlice*> pieSlices = m_usersSeries->slices();
    const QList<QLegendMarker*> markers = m_usersView->chart()->legend()->markers(m_usersSeries);
    const QStringList names{labelOf(UserState::Enabled), labelOf(UserState::Disabled), tr("System users")};
    QStringList spoken;
    const int shownSlices =
        int(std::count_if(std::begin(slices), std::end(slices), [](const auto& s) { return s.count > 0; }));
    for (int i = 0; i < pieSlices.size(); ++i) {
        QPieSlice* slice = pieSlices.at(i);
        slice->setValue(slices[i].count);
        // Borders part the slices; a lone slice would show its border as a seam.
        QPen border = slice->pen();
        border.setStyle(shownSlices > 1 ? Qt::SolidLine : Qt::NoPen);
        slice->setPen(border);
        slice->setLabel(tr("%1: %2").arg(names.at(i), number(slices[i].count)));
        slice->setColor(fillOf(slices[i].badge));
        // A state nobody is in takes no room in the legend either.
        if (i < markers.size())
            markers.at(i)->setVisible(slices[i].count > 0);
        spoken.append(slice->label());
    }
    m_usersView->setAccessibleDescription(spoken.join(QStringLiteral(", ")));
    m_usersView->setVisible(m_figures.users() > 0);
    m_usersEmpty->setVisible(m_figures.users() == 0);
    m_usersCaption->setText(
        tr("System users (a directory's built-in Administrator and Guest) are shown apart, "
           "whatever their state."));
    m_usersCaption->setVisible(m_figures.systemUsers > 0);
}

void DashboardPane::showLimits()
{
    auto setLimit = [](QProgressBar* bar, int value, int limit) {
        bar->setRange(0, limit);
        bar->setValue(std::clamp(value, 0, limit));
        const QString text = tr("%1 of %2").arg(number(value), number(limit));
        bar->setFormat(text);
        bar->setAccessibleDescription(text);
    };
    setLimit(m_domainLimit, m_figures.domainCount(), domains::MaxPerOrganization);
    setLimit(m_patternLimit, m_figures.senderPatterns, flow::MaxPatternsPerOrganization);
    setLimit(m_rulePatternLimit, m_figures.largestRulePatterns, flow::MaxPatternsPerRule);
    setLimit(m_trialLimit, m_figures.enabledUsers, limits::TrialUsers);
    m_trialLabel->setVisible(m_figures.inTrial);
    m_trialLimit->setVisible(m_figures.inTrial);
    const QString ends = m_figures.trialEnds.isValid()
                             ? QLocale().toString(m_figures.trialEnds.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    m_trialNote->setText(
        m_figures.inTrial
            ? tr("The free trial ends on %1; after it any number of users can be enabled.").arg(ends)
            : tr("The free trial ended on %1: any number of users can be enabled.").arg(ends));
    m_trialNote->setVisible(m_figures.trialEnds.isValid());
}

void DashboardPane::applyPalette()
{
    const QPalette& p = palette();
    m_devices->applyPalette(p);
    m_domains->applyPalette(p);
    m_usersView->setBackgroundBrush(p.window());
    m_usersView->chart()->legend()->setLabelColor(p.color(QPalette::WindowText));
    for (QPieSlice* slice : m_usersSeries->slices())
        slice->setBorderColor(p.color(QPalette::Window));
}

} // namespace mailroom
