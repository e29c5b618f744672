#pragma once
// Correcting an event's dates and type: date fields at a chosen precision (day, month, year),
// an optional end, and the type. Reports what the analyst changed; Corrections applies it.
#include "letopis/dates.hpp"
#include "letopis/facts.hpp"

#include <QDialog>

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace letopis::gui {

class EventCorrectionDialog final : public QDialog {
    Q_OBJECT
public:
    // Starts from what the event shows now; an undated event starts at its first source's
    // publication date, or today.
    explicit EventCorrectionDialog(const store::EventRow& event, QWidget* parent = nullptr);

    // The values in the fields, at the chosen precision.
    dates::Date start() const;
    std::optional<dates::Date> end() const; // nothing when "ends" is unchecked
    std::string type() const;               // exhibition, forum, ...
    // Whether the analyst changed them from what the event showed (dates: touched the date
    // fields and left other values than the event had).
    bool datesChanged() const;
    bool typeChanged() const;

    // For tests and callers that prefill: set the fields.
    void setDates(const dates::Date& start, const std::optional<dates::Date>& end);
    void setType(const std::string& type);

private:
    void precisionChanged();
    dates::Date at(const QDate& d) const;

    std::optional<dates::Date> m_originalStart;
    std::optional<dates::Date> m_originalEnd;
    std::string m_originalType;
    bool m_ready = false;        // construction done: later edits are the analyst's
    bool m_datesTouched = false;
    QComboBox* m_type = nullptr;
    QComboBox* m_precision = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_end = nullptr;
};

} // namespace letopis::gui
