#include "corrections.hpp"

#include "event_correction_dialog.hpp"

#include "letopis/extract.hpp"
#include "letopis/ingest.hpp"
#include "letopis/text.hpp"

#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <map>

namespace letopis::gui {

// One undo step: one or more overrides written in order; undo takes them back in reverse.
class OverrideCommand final : public QUndoCommand {
public:
    OverrideCommand(Corrections& owner, std::vector<store::Override> overrides, const QString& text)
        : QUndoCommand(text), m_owner(owner), m_overrides(std::move(overrides))
    {
    }

    void redo() override
    {
        for (const auto& o : m_overrides) {
            const auto id = m_owner.addNow(o);
            if (!id) {
                takeBack(); // all or nothing
                setObsolete(true); // the stack drops a command that did not apply
                break;
            }
            m_ids.push_back(*id);
        }
        m_owner.m_applied = !isObsolete();
        m_owner.reextract();
        emit m_owner.dataChanged();
    }

    void undo() override
    {
        takeBack();
        m_owner.reextract();
        emit m_owner.dataChanged();
    }

private:
    void takeBack()
    {
        for (auto it = m_ids.rbegin(); it != m_ids.rend(); ++it)
            m_owner.removeNow(*it);
        m_ids.clear();
    }

    Corrections& m_owner;
    std::vector<store::Override> m_overrides;
    std::vector<std::int64_t> m_ids; // as stored by the last redo
};

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// The key a value has in the store (as the store folds it): ISO codes in capitals, names folded.
std::string folded(const std::string& kind, const std::string& value)
{
    if (kind == "country")
        return QString::fromStdString(value).toUpper().toStdString();
    return text::nameKey(value);
}

// An Override's set-dates value: "START" or "START/END".
std::string datesValue(const dates::Date& start, const std::optional<dates::Date>& end)
{
    std::string value = start.iso();
    if (end) {
        value += '/';
        value += end->iso();
    }
    return value;
}

// QInputDialog, with its label showing names from the corpus as text, never as markup.
QInputDialog* inputDialog(QWidget* parent, const QString& title, const QString& label)
{
    auto* d = new QInputDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose, false);
    d->setWindowTitle(title);
    d->setLabelText(label);
    for (auto* l : d->findChildren<QLabel*>())
        l->setTextFormat(Qt::PlainText);
    return d;
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    std::unique_ptr<QInputDialog> d(inputDialog(parent, title, label));
    d->setTextValue(initial);
    if (d->exec() != QDialog::Accepted || d->textValue().trimmed().isEmpty())
        return std::nullopt;
    return d->textValue().trimmed();
}

// The index of the item chosen, or nothing.
std::optional<int> askItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items)
{
    if (items.isEmpty())
        return std::nullopt;
    std::unique_ptr<QInputDialog> d(inputDialog(parent, title, label));
    d->setComboBoxItems(items);
    d->setComboBoxEditable(false);
    if (d->exec() != QDialog::Accepted)
        return std::nullopt;
    const auto i = items.indexOf(d->textValue());
    return i < 0 ? std::nullopt : std::optional<int>(static_cast<int>(i));
}

} // namespace

Corrections::Corrections(store::Database& db, QObject* parent) : QObject(parent), m_db(db), m_stack(new QUndoStack(this))
{
}

Corrections::~Corrections() = default;

bool Corrections::apply(const store::Override& correction, const QString& description)
{
    return push(new OverrideCommand(*this, {correction}, description));
}

bool Corrections::renameEntity(const store::EntityRow& entity, const QString& name)
{
    return apply({0, "rename", entity.kind, entity.key, name.trimmed().toStdString(), {}},
                 tr("Rename “%1” to “%2”").arg(q(entity.name), name.trimmed()));
}

bool Corrections::renameEvent(const store::EventRow& event, const QString& name)
{
    return apply({0, "rename", "event", event.key, name.trimmed().toStdString(), {}},
                 tr("Rename “%1” to “%2”").arg(q(event.name), name.trimmed()));
}

bool Corrections::mergeEntity(const store::EntityRow& from, const store::EntityRow& into)
{
    return apply({0, "merge", from.kind, from.key, into.key, {}}, tr("Merge “%1” into “%2”").arg(q(from.name), q(into.name)));
}

bool Corrections::mergeEvent(const store::EventRow& from, const store::EventRow& into)
{
    return apply({0, "merge", "event", from.key, into.key, {}}, tr("Merge “%1” into “%2”").arg(q(from.name), q(into.name)));
}

bool Corrections::split(const std::string& kind, const std::string& key)
{
    return apply({0, "split", kind, key, {}, {}}, tr("Split “%1” off").arg(q(key)));
}

bool Corrections::rejectEntity(const store::EntityRow& entity)
{
    return apply({0, "reject", entity.kind, entity.key, {}, {}}, tr("Reject “%1”").arg(q(entity.name)));
}

bool Corrections::rejectEvent(const store::EventRow& event)
{
    return apply({0, "reject", "event", event.key, {}, {}}, tr("Reject “%1”").arg(q(event.name)));
}

bool Corrections::setEventDates(const store::EventRow& event, const dates::Date& start, const std::optional<dates::Date>& end)
{
    return apply({0, "set-dates", "event", event.key, datesValue(start, end), {}},
                 tr("Set the dates of “%1”").arg(q(event.name)));
}

bool Corrections::setEventType(const store::EventRow& event, const std::string& type)
{
    return apply({0, "set-type", "event", event.key, type, {}}, tr("Set the type of “%1”").arg(q(event.name)));
}

std::vector<std::string> Corrections::mergedInto(const std::string& kind, const std::string& key) const
{
    auto all = m_db.overrides();
    if (!all)
        return {};
    // Replayed oldest first: the latest word on a subject wins, and a split ends its merge.
    std::map<std::string, std::pair<std::int64_t, std::string>> merges; // subject → (id, target)
    for (const auto& o : *all) {
        if (o.subjectKind != kind)
            continue;
        if (o.kind == "merge")
            merges[o.subjectKey] = {o.id, folded(kind, o.value)};
        else if (o.kind == "split" || o.kind == "reject")
            merges.erase(o.subjectKey);
    }
    std::vector<std::pair<std::int64_t, std::string>> found;
    for (const auto& [subject, merge] : merges) {
        if (merge.second == key)
            found.emplace_back(merge.first, subject);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& f : found)
        out.push_back(std::move(f.second));
    return out;
}

bool Corrections::askRenameEntity(QWidget* parent, const store::EntityRow& entity)
{
    const auto name = askText(parent, tr("Rename"), tr("New name for “%1”:").arg(q(entity.name)), q(entity.name));
    return name && *name != q(entity.name) && renameEntity(entity, *name);
}

bool Corrections::askRenameEvent(QWidget* parent, const store::EventRow& event)
{
    const auto name = askText(parent, tr("Rename"), tr("New name for “%1”:").arg(q(event.name)), q(event.name));
    return name && *name != q(event.name) && renameEvent(event, *name);
}

bool Corrections::askMergeEntity(QWidget* parent, const store::EntityRow& from, const std::vector<store::EntityRow>& candidates)
{
    std::vector<const store::EntityRow*> targets;
    QStringList items;
    for (const auto& c : candidates) {
        if (c.kind != from.kind || c.key == from.key)
            continue;
        targets.push_back(&c);
        items << tr("%1 (%n mention(s))", nullptr, static_cast<int>(c.mentions)).arg(q(c.name));
    }
    const auto i = askItem(parent, tr("Merge"), tr("Merge “%1” into:").arg(q(from.name)), items);
    return i && mergeEntity(from, *targets[std::size_t(*i)]);
}

bool Corrections::askMergeEvent(QWidget* parent, const store::EventRow& from, const std::vector<store::EventRow>& candidates)
{
    std::vector<const store::EventRow*> targets;
    QStringList items;
    for (const auto& c : candidates) {
        if (c.key == from.key)
            continue;
        targets.push_back(&c);
        items << tr("%1 (%2)").arg(q(c.name), c.start ? q(c.start->iso()) : tr("no date"));
    }
    const auto i = askItem(parent, tr("Merge"), tr("Merge “%1” into:").arg(q(from.name)), items);
    return i && mergeEvent(from, *targets[std::size_t(*i)]);
}

bool Corrections::askSplit(QWidget* parent, const std::string& kind, const std::string& key, const QString& name)
{
    const auto merged = mergedInto(kind, key);
    if (merged.empty()) {
        report(tr("Nothing was merged into “%1”, so there is nothing to split off.").arg(name));
        return false;
    }
    QStringList items;
    for (const auto& m : merged)
        items << q(m);
    const auto i = askItem(parent, tr("Split"), tr("Split off from “%1”:").arg(name), items);
    return i && split(kind, merged[std::size_t(*i)]);
}

bool Corrections::askCorrectEvent(QWidget* parent, const store::EventRow& event)
{
    EventCorrectionDialog dialog(event, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    std::vector<store::Override> changes;
    if (dialog.typeChanged())
        changes.push_back({0, "set-type", "event", event.key, dialog.type(), {}});
    if (dialog.datesChanged()) {
        changes.push_back({0, "set-dates", "event", event.key, datesValue(dialog.start(), dialog.end()), {}});
    }
    if (changes.empty())
        return false;
    return push(new OverrideCommand(*this, std::move(changes), tr("Correct “%1”").arg(q(event.name))));
}

bool Corrections::push(OverrideCommand* command)
{
    m_lastError.clear();
    m_applied = false;
    m_stack->push(command); // runs its redo(), which sets m_applied
    return m_applied;
}

std::optional<std::int64_t> Corrections::addNow(const store::Override& o)
{
    auto id = m_db.addOverride(o);
    if (!id) {
        report(q(id.error().message));
        return std::nullopt;
    }
    return *id;
}

void Corrections::removeNow(std::int64_t id)
{
    if (auto st = m_db.removeOverride(id); !st)
        report(q(st.error().message));
}

// The store marked the documents a correction changes; extracting them again applies it.
void Corrections::reextract()
{
    auto pending = m_db.documentsNeedingExtraction();
    if (!pending) {
        report(q(pending.error().message));
        return;
    }
    if (pending->empty())
        return;
    if (!m_extractor) {
        auto resources = extract::Resources::load();
        auto extractor = resources ? extract::Extractor::create(*resources) : Result<std::unique_ptr<extract::Extractor>>(resources.error());
        if (!extractor) {
            report(tr("The correction is saved but applies on the next import: %1").arg(q(extractor.error().message)));
            return;
        }
        m_ownExtractor = std::move(*extractor);
        m_extractor = m_ownExtractor.get();
    }
    const bool gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    if (gui)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ingest::Params params;
    params.extractor = m_extractor;
    auto done = ingest::run(m_db, params);
    if (gui)
        QGuiApplication::restoreOverrideCursor();
    if (!done)
        report(tr("The correction is saved but the documents could not be extracted again: %1").arg(q(done.error().message)));
}

void Corrections::report(const QString& message)
{
    m_lastError = message;
    emit failed(message);
}

} // namespace letopis::gui
