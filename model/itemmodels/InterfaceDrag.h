#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace ocp {

// What a drag of catalog interfaces carries from the catalog tree to the scenario table: their
// ids, one per line, UTF-8, under a MIME type of the planner's own (not the plan file's type).
namespace InterfaceDrag {

extern const QString kMimeType;

// The drag data of `ids` (also as plain text, for dropping the ids elsewhere).
QMimeData* encode(const QStringList& ids);
// The interface ids a drop carries; empty when it carries none.
QStringList ids(const QMimeData& data);

} // namespace InterfaceDrag
} // namespace ocp
