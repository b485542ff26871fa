#pragma once

#include <QString>

namespace ocp {

// One OCR API (接口), identified by its Tencent Cloud API action name.
struct OcrInterface {
    QString id;     // API action, e.g. IDCardOCR
    QString name;   // Chinese, as published
    QString nameEn;
    QString categoryId;
    int pack = -1;          // index into Catalog::packs()
    int postpaidGroup = -1; // index into Catalog::postpaidGroups()
};

} // namespace ocp
