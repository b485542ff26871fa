#pragma once

#include "model/io/UsageImport.h"

#include <QDialog>
#include <QPointer>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace ocp {

class PlanDocument;
class UsagePreviewModel;

// File → Import usage: shows what a usage CSV holds before anything changes — the calls per
// interface and month, and every row that is not used with its line and reason — then either
// writes them into the current scenario's months (one step of Undo) or starts a new scenario
// that continues the history with a monthly growth rate.
class UsageImportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Use { Merge, NewScenario };

    UsageImportDialog(PlanDocument* document, const QString& path, QWidget* parent = nullptr);

    UsagePreviewModel* previewModel() const { return m_model; }
    QTableView* previewView() const { return m_preview; }
    QTableWidget* skippedTable() const { return m_skipped; }
    QComboBox* encodingBox() const { return m_encoding; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* importButton() const { return m_import; }

    void setUse(Use use);
    Use use() const;
    void setNewScenario(const QString& name, int months, qint64 monthlyGrowthPpm);

    void accept() override;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void reload();
    void updateChoices();
    qint64 growthPpm() const;

    QPointer<PlanDocument> m_document;
    QString m_path;
    UsageHistory m_history;
    bool m_readable = false;
    UsagePreviewModel* m_model;
    QComboBox* m_encoding;
    QLabel* m_summary;
    QLabel* m_error;
    QTableView* m_preview;
    QLabel* m_skippedTitle;
    QTableWidget* m_skipped;
    QRadioButton* m_merge;
    QLabel* m_mergeNote;
    QRadioButton* m_newScenario;
    QLineEdit* m_name;
    QSpinBox* m_months;
    QDoubleSpinBox* m_growth;
    QLabel* m_newNote;
    QPushButton* m_import;
};

} // namespace ocp
