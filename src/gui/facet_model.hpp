#pragma once
// One facet of the filter panel (countries, organisations, persons or event types): its values
// with event counts, each checkable. Checked values stay listed, with a zero count, when the other
// filters leave no event for them, so a choice never disappears from under the analyst.
#include "letopis/facts.hpp"

#include <QAbstractTableModel>

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace letopis::gui {

class FacetModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Events, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, CountRole };
    using Labeler = std::function<QString(const store::FacetValue&)>;

    explicit FacetModel(Labeler labeler, QObject* parent = nullptr);

    // Replaces the values and counts, keeping what is checked. GUI thread only.
    void setValues(std::vector<store::FacetValue> values);
    std::vector<std::string> checkedKeys() const;
    void setCheckedKeys(const std::vector<std::string>& keys);
    void clearChecks();
    // The label of a value (for the "filters applied" line).
    QString labelOf(const std::string& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checksChanged();

private:
    struct Row {
        store::FacetValue value;
        QString label;
    };
    Labeler m_labeler;
    std::vector<Row> m_rows;
    std::set<std::string> m_checked;
};

} // namespace letopis::gui
