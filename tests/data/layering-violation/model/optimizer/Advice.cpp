// Fixture for the layering check: the optimizer words a figure for people, which is io's job
// (model/io/PlanWording). Not compiled.
#include <QCoreApplication>
#include <QLocale>

QString advice(qint64 calls) {
    return QCoreApplication::translate("Advice", "buy packs for %1 calls; or not").arg(QLocale().toString(calls));
}
