#include "model/itemmodels/InterfaceDrag.h"

#include <QMimeData>

namespace ocp::InterfaceDrag {

const QString kMimeType = QStringLiteral("application/x-ocr-cost-planner-interfaces");

QMimeData* encode(const QStringList& ids) {
    auto* mime = new QMimeData;
    mime->setData(kMimeType, ids.join(u'\n').toUtf8());
    mime->setText(ids.join(u'\n'));
    return mime;
}

QStringList ids(const QMimeData& data) {
    return QString::fromUtf8(data.data(kMimeType)).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace ocp::InterfaceDrag
