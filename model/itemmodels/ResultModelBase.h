#pragma once

#include "model/itemmodels/TableModelBase.h"
#include "model/optimizer/PlanSnapshot.h"

#include <functional>
#include <memory>

namespace ocp {

class Catalog;
class PlanDocument;

// A table over the document's latest results. It keeps its own reference to the snapshot it
// shows, so its numbers always belong to one calculation, and swaps it only in
// onResultChanged(), which subclasses implement to emit the right change signals.
class ResultModelBase : public TableModelBase {
    Q_OBJECT

public:
    explicit ResultModelBase(PlanDocument* document, QObject* parent = nullptr);

    const PlanSnapshot& snapshot() const { return *m_snapshot; }
    const Catalog& catalog() const;
    PlanDocument* document() const { return m_document; }

protected:
    // Called with the new snapshot; implementations store it with setSnapshot() between
    // the begin/end calls of whatever structural change they announce.
    virtual void onResultChanged(std::shared_ptr<const PlanSnapshot> next) = 0;
    void setSnapshot(std::shared_ptr<const PlanSnapshot> next) { m_snapshot = std::move(next); }
    // Stores `next` and then runs `update` (the model's own state derived from it): inside a
    // model reset when `reshape` (rows or columns change), else followed by dataChanged over
    // the whole table, so views keep their selection.
    void showSnapshot(std::shared_ptr<const PlanSnapshot> next, bool reshape,
                      const std::function<void()>& update = {});

    QString packName(int pack) const;

private:
    PlanDocument* m_document;
    std::shared_ptr<const PlanSnapshot> m_snapshot;
};

} // namespace ocp
