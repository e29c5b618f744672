#include "event_correction_dialog.hpp"

#include "labels.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace letopis::gui {

namespace {

constexpr const char* kTypes[] = {"exhibition", "forum", "session", "conference", "summit", "other"};

QDate toQDate(const dates::Date& d)
{
    return QDate(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
}

bool sameDates(const dates::Date& a, const std::optional<dates::Date>& aEnd, const std::optional<dates::Date>& b,
               const std::optional<dates::Date>& bEnd)
{
    if (!b)
        return false;
    return a.iso() == b->iso() && aEnd.value_or(a).iso() == bEnd.value_or(*b).iso();
}

} // namespace

EventCorrectionDialog::EventCorrectionDialog(const store::EventRow& event, QWidget* parent)
    : QDialog(parent), m_originalType(event.type)
{
    setWindowTitle(tr("Correct event"));
    if (event.start && event.start->yearKnown()) {
        m_originalStart = event.start;
        m_originalEnd = event.end;
    }
    auto* name = new QLabel(QString::fromStdString(event.name), this);
    name->setTextFormat(Qt::PlainText); // names come from the corpus
    name->setWordWrap(true);

    m_type = new QComboBox(this);
    for (const char* t : kTypes)
        m_type->addItem(eventTypeLabel(t), QString::fromLatin1(t));
    m_precision = new QComboBox(this);
    m_precision->addItem(tr("Day"), int(dates::Precision::Day));
    m_precision->addItem(tr("Month"), int(dates::Precision::Month));
    m_precision->addItem(tr("Year"), int(dates::Precision::Year));
    m_start = new QDateEdit(this);
    m_start->setCalendarPopup(true);
    m_hasEnd = new QCheckBox(tr("Ends on"), this);
    m_end = new QDateEdit(this);
    m_end->setCalendarPopup(true);
    m_start->setMinimumDate(QDate(1, 1, 1));
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventCorrectionDialog::precisionChanged);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate d) { m_end->setMinimumDate(d); });
    const auto touched = [this] { m_datesTouched = m_datesTouched || m_ready; };
    connect(m_start, &QDateEdit::dateChanged, this, touched);
    connect(m_end, &QDateEdit::dateChanged, this, touched);
    connect(m_hasEnd, &QCheckBox::toggled, this, touched);
    connect(m_precision, &QComboBox::currentIndexChanged, this, touched);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(name);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Dates to the"), m_precision);
    form->addRow(tr("Starts on"), m_start);
    form->addRow(m_hasEnd, m_end);
    form->addRow(buttons);

    setType(event.type);
    if (m_originalStart) {
        setDates(*m_originalStart, m_originalEnd);
    } else {
        const auto& first = event.sources.empty() ? std::nullopt : event.sources.front().published;
        const QDate today = QDate::currentDate();
        dates::Date d{today.year(), today.month(), today.day(), dates::Precision::Day, false};
        setDates(first && first->yearKnown() ? *first : d, std::nullopt);
    }
    m_ready = true;
}

void EventCorrectionDialog::setType(const std::string& type)
{
    const int i = m_type->findData(QString::fromStdString(type));
    m_type->setCurrentIndex(i >= 0 ? i : m_type->count() - 1);
}

void EventCorrectionDialog::setDates(const dates::Date& start, const std::optional<dates::Date>& end)
{
    m_precision->setCurrentIndex(m_precision->findData(int(start.precision)));
    precisionChanged();
    m_start->setDate(toQDate(start));
    const bool range = end && end->iso() != start.iso();
    m_hasEnd->setChecked(range);
    m_end->setEnabled(range);
    m_end->setDate(range ? toQDate(*end) : toQDate(start));
    m_datesTouched = m_ready;
}

void EventCorrectionDialog::precisionChanged()
{
    const auto p = dates::Precision(m_precision->currentData().toInt());
    const QString format = p == dates::Precision::Day ? QStringLiteral("dd.MM.yyyy")
                         : p == dates::Precision::Month ? QStringLiteral("MM.yyyy")
                                                        : QStringLiteral("yyyy");
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
}

dates::Date EventCorrectionDialog::at(const QDate& d) const
{
    const auto p = dates::Precision(m_precision->currentData().toInt());
    return {d.year(), p == dates::Precision::Year ? 0 : d.month(), p == dates::Precision::Day ? d.day() : 0, p, false};
}

dates::Date EventCorrectionDialog::start() const { return at(m_start->date()); }

std::optional<dates::Date> EventCorrectionDialog::end() const
{
    if (!m_hasEnd->isChecked())
        return std::nullopt;
    return at(m_end->date());
}

std::string EventCorrectionDialog::type() const { return m_type->currentData().toString().toStdString(); }

bool EventCorrectionDialog::datesChanged() const
{
    return m_datesTouched && !sameDates(start(), end(), m_originalStart, m_originalEnd);
}

bool EventCorrectionDialog::typeChanged() const { return type() != m_originalType; }

} // namespace letopis::gui
