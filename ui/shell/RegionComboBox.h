#pragma once
// A choice of the service's regions, shown by name with the code.

#include <QComboBox>

namespace mailroom {

class RegionComboBox : public QComboBox
{
    Q_OBJECT
public:
    // withAll adds a first entry "All regions" whose region() is empty.
    explicit RegionComboBox(QWidget* parent = nullptr, bool withAll = false);
    QString region() const;
    void setRegion(const QString& region);
};

} // namespace mailroom
