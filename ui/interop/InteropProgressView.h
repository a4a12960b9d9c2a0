#pragma once
// The interoperability wizard's progress (IOP-8) as a list: each step in the wizard's order, done
// or not, when and by whom; for email routing, how many enabled users are marked done. It follows
// the engine, so marks made in the wizard or by mailroomctl show at once.

#include <QTreeWidget>

namespace mailroom {

class Engine;

class InteropProgressView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit InteropProgressView(Engine& engine, QWidget* parent = nullptr);

    void setOrganizationId(const QString& orgId);
    // The translated sentence on where the wizard resumes, or that every step is done.
    QString resumeText() const;

private:
    void refresh();
    QString routingText() const;

    Engine& m_engine;
    QString m_orgId;
};

} // namespace mailroom
