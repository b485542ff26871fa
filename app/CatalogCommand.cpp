#include "CatalogCommand.h"

#include "model/billing/Catalog.h"
#include "model/io/CatalogListing.h"

#include <QCommandLineParser>

namespace ocp {

QString CatalogCommand::summary() const {
    return QStringLiteral(
        "List the price catalog: resource packs, pack prices, postpaid tiers and interfaces");
}

int CatalogCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({catalogOptionName(),
                      QStringLiteral("Price catalog to list instead of the built-in one."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("FORMAT")});
    if (!parse(parser, arguments))
        return 0;
    positional(parser, {});
    const QString outputFormat = format(parser, {QStringLiteral("table"), QStringLiteral("json")});
    const Catalog catalog = loadCatalog(parser);
    writeOutput(outputFormat == QLatin1String("json") ? CatalogListing::toJson(catalog)
                                                      : CatalogListing::toText(catalog).toUtf8(),
                QString());
    return 0;
}

} // namespace ocp
