#include "letopis/ingest.hpp"

#include "letopis/encoding.hpp"
#include "letopis/extract.hpp"
#include "ingest/ordered_pool.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;

namespace letopis::ingest {

namespace {

// A press release is a few KB; extraction needs ~200 bytes of memory per byte of text, so a file
// over this is refused (a dump or an archive) rather than let exhaust memory (docs/reliability.md).
constexpr std::uintmax_t kMaxFileBytes = 4u * 1024u * 1024u;
constexpr std::size_t kFilesPerTransaction = 1000;

bool hasTxtExtension(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt";
}

std::string contentHash(std::string_view utf8)
{
    const XXH128_hash_t h = XXH3_128bits(utf8.data(), utf8.size());
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return buf;
}

std::int64_t mtimeNs(const fs::path& p, std::error_code& ec)
{
    const auto t = fs::last_write_time(p, ec);
    if (ec)
        return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

Result<std::string> readBytes(const std::string& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot read: " + ec.message());
    if (size > kMaxFileBytes)
        return makeError(ErrorCode::Io, "file is too large (" + std::to_string(size / (1024 * 1024))
                                            + " MB; the limit is " + std::to_string(kMaxFileBytes / (1024 * 1024))
                                            + " MB)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::Io, std::string("cannot open: ") + std::strerror(errno));
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.bad())
        return makeError(ErrorCode::Io, std::string("read failed: ") + std::strerror(errno));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

void addFolder(const fs::path& root, std::vector<std::string>& out, std::vector<FileFailure>& failures)
{
    std::error_code ec;
    // Symlinked folders are not followed, so a link loop cannot trap the walk.
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        failures.push_back({root.string(), "cannot list folder: " + ec.message()});
        return;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            failures.push_back({it->path().string(), "cannot list: " + ec.message()});
            ec.clear();
            continue;
        }
        std::error_code fe;
        if (it->is_regular_file(fe) && hasTxtExtension(it->path()))
            out.push_back(it->path().string());
        else if (fe && hasTxtExtension(it->path())) // a symbolic-link loop or a dangling link
            failures.push_back({it->path().string(), "cannot read: " + fe.message()});
    }
}

} // namespace

std::vector<std::string> collectFiles(const std::vector<std::string>& paths, std::vector<FileFailure>& failures)
{
    std::vector<std::string> out;
    for (const auto& given : paths) {
        std::error_code ec;
        // Absolute paths, so the same file is the same row whatever folder the ingest ran from.
        const std::string p = fs::absolute(given, ec).lexically_normal().string();
        const auto st = fs::status(p, ec);
        if (ec && st.type() != fs::file_type::not_found) {
            failures.push_back({given, "cannot read: " + ec.message()}); // e.g. a symbolic-link loop
        } else if (ec || !fs::exists(st)) {
            failures.push_back({given, "no such file or folder"});
        } else if (fs::is_directory(st)) {
            addFolder(p, out, failures);
        } else if (fs::is_regular_file(st)) {
            out.push_back(p); // a file named explicitly is read whatever its extension
        } else {
            failures.push_back({given, "not a regular file or folder"});
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace {

// Only spaces, line breaks and invisible characters: nothing to ingest.
bool isBlank(std::string_view utf8)
{
    for (const char32_t c : text::toU32(utf8)) {
        const bool space = c <= U' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200D)
                           || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060
                           || c == 0x3000 || c == 0xFEFF;
        if (!space)
            return false;
    }
    return true;
}

// Errors name the reason only; callers add the path.
Result<store::DocumentRecord> load(const std::string& path, const std::optional<std::string>& encoding)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    if (bytes->empty())
        return makeError(ErrorCode::NotText, "the file is empty");
    auto decoded = encoding ? text::decodeAs(*bytes, *encoding) : text::decode(*bytes);
    if (!decoded)
        return decoded.error();
    if (isBlank(decoded->utf8))
        return makeError(ErrorCode::NotText, "the file has no text (only whitespace)");
    store::DocumentRecord rec;
    rec.path = path;
    rec.encoding = decoded->encoding;
    rec.confidence = decoded->confidence;
    rec.sizeBytes = static_cast<std::int64_t>(bytes->size());
    rec.hash = contentHash(decoded->utf8);
    rec.doc = parseDocument(std::move(decoded->utf8));
    std::error_code ec;
    rec.mtimeNs = mtimeNs(path, ec);
    return rec;
}

// What the workers get: a file to read, or a stored document to extract again.
struct Job {
    std::string path;
    std::int64_t documentId = 0;        // a stored document (doc set), else 0
    std::optional<ParsedDocument> doc;
    std::string knownHash;              // the path's stored content: the same content needs no extraction
};

struct Done {
    std::string path;
    std::int64_t documentId = 0;
    std::optional<Result<store::DocumentRecord>> record; // files only
    std::optional<extract::DocumentFacts> facts;         // when extracted
};

using Pool = detail::OrderedPool<Job, Done>;

// One extractor per worker: the caller's, then made ones. Empty when not extracting.
class Extractors final {
public:
    explicit Extractors(const Params& params)
    {
        const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
        const unsigned wanted = params.threads == 0 ? hw : params.threads;
        m_threaded = wanted > 1;
        if (!params.extractor) {
            m_workers = wanted > 1 ? wanted : 0;
            return;
        }
        m_all.push_back(params.extractor);
        while (m_all.size() < wanted && params.makeExtractor) {
            auto made = params.makeExtractor();
            if (!made)
                break;
            m_all.push_back(made.get());
            m_own.push_back(std::move(made));
        }
        m_workers = m_threaded ? m_all.size() : 0;
    }

    std::size_t workers() const { return m_workers; }
    // In flight at most: enough to keep every worker busy while the writer catches up.
    std::size_t window() const { return m_workers ? 32 * m_workers : 1; }
    extract::Extractor* at(std::size_t worker) const { return m_all.empty() ? nullptr : m_all[worker]; }

private:
    std::vector<std::unique_ptr<extract::Extractor>> m_own;
    std::vector<extract::Extractor*> m_all;
    std::size_t m_workers = 0;
    bool m_threaded = false;
};

bool isCancelled(const Params& params)
{
    return params.cancel && params.cancel->load(std::memory_order_relaxed);
}

Done work(const Params& params, const Extractors& extractors, Job& job, std::size_t worker)
{
    Done out{std::move(job.path), job.documentId, std::nullopt, std::nullopt};
    extract::Extractor* extractor = extractors.at(worker);
    if (job.doc) {
        if (extractor && !isCancelled(params))
            out.facts = extractor->extract(*job.doc);
        return out;
    }
    out.record = load(out.path, params.encoding);
    // A duplicate of another file is extracted too (its facts are dropped): only the writer
    // knows, and it must not wait for an extraction.
    if (extractor && *out.record && (*out.record)->hash != job.knownHash && !isCancelled(params))
        out.facts = extractor->extract((*out.record)->doc);
    return out;
}

// Documents stored earlier without facts, or with facts of another extractor version (after an
// upgrade or an analyst's correction), are extracted again from their stored text.
Status extractStale(store::Database& db, const Params& params, Pool& pool, std::size_t window, Report& report)
{
    auto stale = db.documentsNeedingExtraction();
    if (!stale)
        return stale.error();
    if (stale->empty())
        return Ok{};
    if (auto s = db.begin(); !s)
        return s;
    Progress progress{0, stale->size(), {}};
    std::size_t next = 0, sinceCommit = 0;
    for (;;) {
        while (next < stale->size() && pool.inFlight() < window && !isCancelled(params)) {
            const std::int64_t id = (*stale)[next++];
            auto doc = db.document(std::to_string(id));
            if (!doc) {
                (void)db.rollback();
                return doc.error();
            }
            if (*doc)
                pool.push(Job{(*doc)->path, id, std::move((*doc)->doc), {}});
        }
        if (pool.inFlight() == 0)
            break;
        Done done = pool.pop();
        if (isCancelled(params) || !done.facts)
            break;
        progress.currentPath = done.path;
        if (params.progress)
            params.progress(progress);
        ++progress.done;
        if (auto st = db.storeFacts(done.documentId, *done.facts); !st) {
            (void)db.rollback();
            return st;
        }
        ++report.extracted;
        if (++sinceCommit >= kFilesPerTransaction) {
            sinceCommit = 0;
            if (auto s = db.commit(); !s)
                return s;
            if (auto s = db.begin(); !s)
                return s;
        }
    }
    if (isCancelled(params) && progress.done < stale->size())
        report.cancelled = true;
    return db.commit();
}

// Stores one file the workers read (in file order). Fails only when the database fails.
Status writeFile(store::Database& db, Done& done, Report& report)
{
    auto& rec = *done.record;
    if (!rec) {
        report.failures.push_back({done.path, rec.error().message});
        return Ok{};
    }
    auto outcome = db.upsertDocument(*rec);
    if (!outcome)
        return outcome.error();
    switch (*outcome) {
    case store::Upsert::New: ++report.added; break;
    case store::Upsert::Replaced: ++report.replaced; break;
    case store::Upsert::Unchanged: ++report.unchanged; break;
    case store::Upsert::Duplicate: ++report.duplicates; break;
    }
    // Facts are missing only if the file changed between the look and the read: the document is
    // then left unextracted, and the pass over stale documents extracts it.
    if (done.facts && (*outcome == store::Upsert::New || *outcome == store::Upsert::Replaced)) {
        const auto state = db.fileState(done.path);
        if (auto st = state ? db.storeFacts(state->documentId, *done.facts) : Status(Ok{}); !st)
            return st;
        ++report.extracted;
    }
    return Ok{};
}
} // namespace

Result<store::DocumentRecord> readFile(const std::string& path, const std::optional<std::string>& encoding)
{
    auto rec = load(path, encoding);
    if (!rec)
        return makeError(rec.error().code, path + ": " + rec.error().message);
    return rec;
}

Result<Report> run(store::Database& db, const Params& params)
{
    const auto started = std::chrono::steady_clock::now();
    Report report;
    const auto files = collectFiles(params.paths, report.failures);
    Progress progress{0, files.size(), {}};
    const Extractors extractors(params);
    Pool pool(extractors.workers(), [&](Job& job, std::size_t worker) { return work(params, extractors, job, worker); });
    const std::size_t window = extractors.window();
    auto finished = [&](const std::string& path) {
        ++report.read;
        progress.currentPath = path;
        if (params.progress)
            params.progress(progress);
        ++progress.done;
    };

    if (auto s = db.begin(); !s)
        return s.error();
    std::size_t next = 0, sinceCommit = 0;
    for (;;) {
        // Keep the workers fed; files with the same size and time are not even read.
        while (next < files.size() && pool.inFlight() < window && !isCancelled(params)) {
            const std::string& path = files[next++];
            std::error_code ec;
            const auto size = static_cast<std::int64_t>(fs::file_size(path, ec));
            const auto mtime = ec ? 0 : mtimeNs(path, ec);
            const auto known = db.fileState(path);
            if (!ec && known && known->sizeBytes == size && known->mtimeNs == mtime && !params.encoding) {
                ++report.unchanged;
                finished(path);
                continue;
            }
            pool.push(Job{path, 0, std::nullopt, known ? known->hash : std::string()});
        }
        if (pool.inFlight() == 0)
            break;
        Done done = pool.pop();
        if (isCancelled(params)) {
            report.cancelled = true;
            break;
        }
        finished(done.path);
        if (auto st = writeFile(db, done, report); !st) {
            (void)db.rollback();
            return st.error();
        }
        if (++sinceCommit >= kFilesPerTransaction) {
            sinceCommit = 0;
            if (auto s = db.commit(); !s)
                return s.error();
            if (auto s = db.begin(); !s)
                return s.error();
        }
    }
    if (isCancelled(params) && next < files.size())
        report.cancelled = true;
    if (auto s = db.commit(); !s)
        return s.error();
    if (params.extractor && !report.cancelled) {
        if (auto st = extractStale(db, params, pool, window, report); !st)
            return st.error();
    }
    if (params.progress) {
        progress.currentPath.clear();
        params.progress(progress);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace letopis::ingest
