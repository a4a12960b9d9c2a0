#include "OffOrRangeSpinBox.h"

#include <algorithm>

namespace mailroom {

OffOrRangeSpinBox::OffOrRangeSpinBox(QWidget* parent) : QSpinBox(parent)
{
    setGroupSeparatorShown(true); // 3,600 seconds
    setAccelerated(true);
}

void OffOrRangeSpinBox::setOffOrRange(int minimum, int maximum, const QString& offText)
{
    m_hasOff = !offText.isEmpty() && minimum > 0;
    m_minimum = minimum;
    setRange(m_hasOff ? 0 : minimum, maximum);
    setSpecialValueText(m_hasOff ? offText : QString());
}

bool OffOrRangeSpinBox::isInGap(int value) const
{
    return m_hasOff && value > 0 && value < m_minimum;
}

void OffOrRangeSpinBox::stepBy(int steps)
{
    if (!m_hasOff || steps == 0) {
        QSpinBox::stepBy(steps);
        return;
    }
    // Worked out here rather than corrected after the base class stepped, so that no value in the
    // gap is ever set, not even for a moment.
    const qint64 from = value();
    const qint64 step = singleStep();
    qint64 to = from == 0 && steps > 0 ? m_minimum + (steps - 1) * step : from + steps * step;
    if (to > 0 && to < m_minimum)
        to = steps > 0 ? m_minimum : 0;
    setValue(int(std::clamp<qint64>(to, 0, maximum())));
    selectAll();
}

QValidator::State OffOrRangeSpinBox::validate(QString& input, int& pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Acceptable || !m_hasOff)
        return state;
    // A number in the gap may still be on its way to a valid one ("3" before "30"): not invalid,
    // but not accepted either.
    return isInGap(valueFromText(input)) ? QValidator::Intermediate : state;
}

void OffOrRangeSpinBox::fixup(QString& input) const
{
    QSpinBox::fixup(input);
    int pos = 0;
    QString copy = input;
    if (QSpinBox::validate(copy, pos) == QValidator::Acceptable && isInGap(valueFromText(copy)))
        input = prefix() + textFromValue(m_minimum) + suffix();
}

} // namespace mailroom
