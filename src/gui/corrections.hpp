#pragma once
// The analyst's corrections from the workbench: rename, merge, split, reject, and an event's
// dates and type. Each one is a store::Override written at once and a command on an undo stack
// whose undo takes the override back (Database::removeOverride). After each step the documents
// it affects are extracted again, so the stored facts (and the filters) follow, and
// dataChanged() asks the views to reload.
#include "letopis/store.hpp"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUndoStack;
class QWidget;

namespace letopis::extract { class Extractor; }

namespace letopis::gui {

class OverrideCommand;

class Corrections final : public QObject {
    Q_OBJECT
public:
    // db is not owned and must outlive this object. The extraction models are loaded on the
    // first correction that needs documents extracted again (about a second), unless
    // setExtractor() gave one.
    explicit Corrections(store::Database& db, QObject* parent = nullptr);
    ~Corrections() override;

    // Undo/redo of the corrections (connect it to the Edit menu: createUndoAction/createRedoAction).
    QUndoStack* undoStack() const { return m_stack; }
    // Uses extractor (not owned; must outlive this object) instead of loading one.
    void setExtractor(extract::Extractor* extractor) { m_extractor = extractor; }

    // Each applies one correction as an undoable command, on the GUI thread (it waits for the
    // affected documents to be extracted again). False when the store refuses it (the reason
    // goes to failed() and lastError(); nothing is pushed).
    bool renameEntity(const store::EntityRow& entity, const QString& name);
    bool renameEvent(const store::EventRow& event, const QString& name);
    bool mergeEntity(const store::EntityRow& from, const store::EntityRow& into);
    bool mergeEvent(const store::EventRow& from, const store::EventRow& into);
    // Takes back the merge of key (an entity or event merged into another) — see mergedInto().
    bool split(const std::string& kind, const std::string& key);
    bool rejectEntity(const store::EntityRow& entity);
    bool rejectEvent(const store::EventRow& event);
    // Dates at their precision (Day, Month or Year, both the same), end not before start.
    bool setEventDates(const store::EventRow& event, const dates::Date& start, const std::optional<dates::Date>& end);
    // type: exhibition, forum, session, conference, summit or other.
    bool setEventType(const store::EventRow& event, const std::string& type);
    // Any correction; description is the undo stack's text for it.
    bool apply(const store::Override& correction, const QString& description);

    // The keys merged into key now (what split can separate from it), oldest merge first.
    std::vector<std::string> mergedInto(const std::string& kind, const std::string& key) const;

    // Ask, then apply: false when the analyst cancels or the store refuses. Modal, small.
    bool askRenameEntity(QWidget* parent, const store::EntityRow& entity);
    bool askRenameEvent(QWidget* parent, const store::EventRow& event);
    // candidates: what the analyst may merge into (from itself is left out).
    bool askMergeEntity(QWidget* parent, const store::EntityRow& from, const std::vector<store::EntityRow>& candidates);
    bool askMergeEvent(QWidget* parent, const store::EventRow& from, const std::vector<store::EventRow>& candidates);
    // Lists what is merged into key and splits the one chosen off.
    bool askSplit(QWidget* parent, const std::string& kind, const std::string& key, const QString& name);
    // Dates and type in one dialog; one undo step for both.
    bool askCorrectEvent(QWidget* parent, const store::EventRow& event);

    QString lastError() const { return m_lastError; }

signals:
    // A correction was applied, undone or redone: reload what the views show.
    void dataChanged();
    // The store refused a correction or an undo; message says why.
    void failed(const QString& message);

private:
    friend class OverrideCommand;
    bool push(OverrideCommand* command); // true when it applied
    // Used by the commands: write or take back, then extract the affected documents again.
    std::optional<std::int64_t> addNow(const store::Override& o);
    void removeNow(std::int64_t id);
    void reextract();
    void report(const QString& message);

    store::Database& m_db;
    QUndoStack* m_stack = nullptr;
    extract::Extractor* m_extractor = nullptr;
    std::unique_ptr<extract::Extractor> m_ownExtractor;
    QString m_lastError;
    bool m_applied = false; // set by the command being pushed
};

} // namespace letopis::gui
