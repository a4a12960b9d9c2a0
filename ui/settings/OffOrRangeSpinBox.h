#pragma once
// A spin box for a number that is either off (0, shown as a word such as "Off" or "Never") or
// within minimum..maximum, with nothing in between (MOB-1: a screen lock of 1 to 29 seconds does
// not exist). Stepping up from off goes to the minimum and stepping down from the minimum goes to
// off; a value typed into the gap is not accepted, and is corrected to the minimum when editing
// ends. Without an off value it is a plain minimum..maximum spin box.

#include <QSpinBox>

namespace mailroom {

class OffOrRangeSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit OffOrRangeSpinBox(QWidget* parent = nullptr);

    // offText empty: no off value, the range is minimum..maximum.
    void setOffOrRange(int minimum, int maximum, const QString& offText);
    bool hasOff() const { return m_hasOff; }
    int rangeMinimum() const { return m_minimum; }
    // True for 1..minimum-1 of a box with an off value: what it never accepts.
    bool isInGap(int value) const;

    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

private:
    bool m_hasOff = false;
    int m_minimum = 0;
};

} // namespace mailroom
