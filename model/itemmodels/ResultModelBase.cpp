#include "model/itemmodels/ResultModelBase.h"

#include "model/document/PlanDocument.h"
#include "model/io/Display.h"

namespace ocp {

ResultModelBase::ResultModelBase(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_snapshot(document->snapshot()) {
    connect(document, &PlanDocument::resultChanged, this,
            [this] { onResultChanged(m_document->snapshot()); });
}

const Catalog& ResultModelBase::catalog() const {
    return m_document->catalog();
}

void ResultModelBase::showSnapshot(std::shared_ptr<const PlanSnapshot> next, bool reshape,
                                   const std::function<void()>& update) {
    if (reshape)
        beginResetModel();
    setSnapshot(std::move(next));
    if (update)
        update();
    if (reshape)
        endResetModel();
    else
        allDataChanged();
}

QString ResultModelBase::packName(int pack) const {
    if (pack < 0 || pack >= catalog().packs().size())
        return QString();
    const ResourcePack& p = catalog().packs().at(pack);
    return Display::name(p.name, p.nameEn);
}

} // namespace ocp
