#pragma once

#include "model/io/PackInventoryImport.h"

#include <QByteArray>
#include <QDialog>
#include <QPointer>
#include <QString>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;

namespace ocp {

class PackInventoryModel;
class PlanDocument;

// File → Import pack inventory: reads the console's resource-pack list, from a CSV file or
// rows pasted from the web table, and shows the holdings it makes and every row it does not
// use with the reason, before anything changes. Import adds them to the current scenario's
// holdings or replaces those, as one step of Undo.
class PackInventoryImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit PackInventoryImportDialog(PlanDocument* document, QWidget* parent = nullptr);

    // Reads a CSV file into the text box (decoded with the chosen encoding).
    void loadFile(const QString& path);
    // As if the rows had been pasted.
    void setText(const QString& text);
    void setReplace(bool replace);
    bool replaces() const;

    const PackInventory& inventory() const { return m_inventory; }
    PackInventoryModel* previewModel() const { return m_model; }
    QTableView* previewView() const { return m_preview; }
    QTableWidget* notUsedTable() const { return m_notUsed; }
    QPlainTextEdit* textBox() const { return m_text; }
    QComboBox* encodingBox() const { return m_encoding; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* importButton() const { return m_import; }

    void accept() override;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void chooseFile();
    void decodeFile();
    void reread();
    void updateChoices();

    QPointer<PlanDocument> m_document;
    QByteArray m_fileBytes;
    QString m_path;
    PackInventory m_inventory;
    PackInventoryModel* m_model;
    QPlainTextEdit* m_text;
    QComboBox* m_encoding;
    QLabel* m_file;
    QLabel* m_summary;
    QLabel* m_error;
    QTableView* m_preview;
    QLabel* m_notUsedTitle;
    QTableWidget* m_notUsed;
    QRadioButton* m_append;
    QRadioButton* m_replace;
    QPushButton* m_import;
};

} // namespace ocp
