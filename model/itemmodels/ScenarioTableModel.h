#pragma once

#include "model/billing/VolumeFill.h"
#include "model/document/ScenarioEdit.h"
#include "model/itemmodels/TableModelBase.h"

#include <QSet>
#include <QStringList>

namespace ocp {

class PlanDocument;

// The volume table: one row per interface of the scenario (catalog order) and a total row;
// one column per month of the horizon and a total column. Cells are edited in place; every
// change, block paste and fill is one edit of the document (one undo step). Interfaces
// dropped from the catalog are added to the plan. Actual months (Scenario::actualThrough) are
// marked (ActualRole, a tick in the header) and locked: not editable, pasting into them is
// refused and fills leave them as they are.
class ScenarioTableModel : public TableModelBase {
    Q_OBJECT

public:
    explicit ScenarioTableModel(PlanDocument* document, QObject* parent = nullptr);

    PlanDocument* document() const { return m_document; }
    int interfaceCount() const { return static_cast<int>(m_rows.size()); }
    int monthCount() const { return m_months; }
    QString interfaceId(int row) const {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
    }
    int rowOf(const QString& interfaceId) const { return static_cast<int>(m_rows.indexOf(interfaceId)); }
    bool isTotalRow(int row) const { return row == m_rows.size(); }
    bool isTotalColumn(int column) const { return column == m_months; }
    bool isVolumeCell(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // Pastes a tab-separated block (as Excel and LibreOffice copy it) with its top-left
    // cell at `topLeft`; a single value pasted on a multi-cell selection fills the selection.
    // One undo step. On refusal nothing changes and `message` says why; on success it says
    // what happened (values outside the table are reported, not silently dropped).
    bool pasteTsv(const QModelIndex& topLeft, const QString& text, const QModelIndexList& selection,
                  QString* message);
    // The selected cells' bounding block as tab-separated plain numbers (unselected cells empty).
    QString toTsv(const QModelIndexList& cells) const;
    // Applies a fill tool to the selected volume cells as one undo step.
    bool fill(const QModelIndexList& cells, const VolumeFill& fill, QString* message);

    qint64 volume(int row, int month) const;
    qint64 rowTotal(int row) const;
    qint64 monthTotal(int month) const;
    // A month far above the interface's other months (more than kUnusualFactor times the
    // largest of them): almost always a typo, so the cell is marked (UnusualRole).
    static constexpr qint64 kUnusualFactor = 100;
    bool isUnusual(int row, int month) const;

Q_SIGNALS:
    // A typed or pasted value was refused; the message quotes it and says why.
    void inputRejected(const QString& message);
    // A typed value was taken but looks like a typo; the message says why.
    void inputQuestioned(const QString& message);

private:
    void onVolumesChanged(const QList<VolumeChange>& changes);
    void onScenarioReplaced();
    QStringList orderedInterfaces() const;
    qint64 largestOtherMonth(int row, int month) const;
    bool rowHasUnusual(int row) const;
    void findUnusualRows();
    // Why a paste or fill touching actual months changes nothing.
    QString actualRefusal() const;
    bool submitChanges(QList<VolumeChange> changes, const QString& description, QString* message);

    PlanDocument* m_document;
    QStringList m_rows;
    int m_months = 0;
    QSet<QString> m_unusualRows; // interfaces with a marked month, to clear the mark when fixed
};

} // namespace ocp
