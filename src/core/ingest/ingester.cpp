#include "letopis/ingest.hpp"

#include "letopis/encoding.hpp"
#include "letopis/extract.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace letopis::ingest {

namespace {

constexpr std::uintmax_t kMaxFileBytes = 64u * 1024u * 1024u;
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
        if (ec || !fs::exists(st)) {
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

// Errors name the reason only; callers add the path.
Result<store::DocumentRecord> load(const std::string& path, const std::optional<std::string>& encoding)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    auto decoded = encoding ? text::decodeAs(*bytes, *encoding) : text::decode(*bytes);
    if (!decoded)
        return decoded.error();
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

// Documents stored earlier without facts, or with facts of another extractor version (after an
// upgrade or an analyst's correction), are extracted again from their stored text.
Status extractStale(store::Database& db, const Params& params, Report& report)
{
    auto stale = db.documentsNeedingExtraction();
    if (!stale)
        return stale.error();
    if (auto s = db.begin(); !s)
        return s;
    Progress progress{0, stale->size(), {}};
    std::size_t sinceCommit = 0;
    for (const auto id : *stale) {
        if (params.cancel && params.cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        auto doc = db.document(std::to_string(id));
        if (!doc) {
            (void)db.rollback();
            return doc.error();
        }
        if (!*doc)
            continue;
        progress.currentPath = (*doc)->path;
        if (params.progress)
            params.progress(progress);
        ++progress.done;
        if (auto st = db.storeFacts(id, params.extractor->extract((*doc)->doc)); !st) {
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
    return db.commit();
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

    if (auto s = db.begin(); !s)
        return s.error();
    std::size_t sinceCommit = 0;
    for (const auto& path : files) {
        if (params.cancel && params.cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        progress.currentPath = path;
        if (params.progress)
            params.progress(progress);
        ++progress.done;
        ++report.read;

        std::error_code ec;
        const auto size = static_cast<std::int64_t>(fs::file_size(path, ec));
        const auto mtime = ec ? 0 : mtimeNs(path, ec);
        if (const auto known = db.fileState(path);
            !ec && known && known->sizeBytes == size && known->mtimeNs == mtime && !params.encoding) {
            ++report.unchanged; // same size and time: not even read
            continue;
        }
        auto rec = load(path, params.encoding);
        if (!rec) {
            report.failures.push_back({path, rec.error().message});
            continue;
        }
        auto outcome = db.upsertDocument(*rec);
        if (!outcome) {
            (void)db.rollback();
            return outcome.error();
        }
        switch (*outcome) {
        case store::Upsert::New: ++report.added; break;
        case store::Upsert::Replaced: ++report.replaced; break;
        case store::Upsert::Unchanged: ++report.unchanged; break;
        case store::Upsert::Duplicate: ++report.duplicates; break;
        }
        if (params.extractor && (*outcome == store::Upsert::New || *outcome == store::Upsert::Replaced)) {
            const auto state = db.fileState(path);
            if (auto st = state ? db.storeFacts(state->documentId, params.extractor->extract(rec->doc)) : Status(Ok{}); !st) {
                (void)db.rollback();
                return st.error();
            }
            ++report.extracted;
        }
        if (++sinceCommit >= kFilesPerTransaction) {
            sinceCommit = 0;
            if (auto s = db.commit(); !s)
                return s.error();
            if (auto s = db.begin(); !s)
                return s.error();
        }
    }
    if (auto s = db.commit(); !s)
        return s.error();
    if (params.extractor && !report.cancelled) {
        if (auto st = extractStale(db, params, report); !st)
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
