#include "RegionComboBox.h"

#include "organizations/Region.h"

namespace mailroom {

RegionComboBox::RegionComboBox(QWidget* parent, bool withAll) : QComboBox(parent)
{
    setAccessibleName(tr("Region"));
    if (withAll)
        addItem(tr("All regions"), QString());
    for (const QString& region : regions::all())
        addItem(tr("%1 (%2)").arg(regions::displayName(region), region), region);
}

QString RegionComboBox::region() const
{
    return currentData().toString();
}

void RegionComboBox::setRegion(const QString& region)
{
    const int i = findData(region);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace mailroom
