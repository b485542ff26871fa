#pragma once

#include <QString>

namespace ocp {

// A service category (服务类别) such as 卡证文字识别: only used to group and total.
struct Category {
    QString id;
    QString name;   // Chinese, as published
    QString nameEn;
};

} // namespace ocp
