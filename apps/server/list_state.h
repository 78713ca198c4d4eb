// The lists the server answers from, and their reload without downtime.
//
// A LoadedIndex is everything one load produced (the Screener, the dataset names, the regime,
// load time); it is immutable, and request handlers hold a shared_ptr to it for the length of a
// request. ListState::Reload builds a new LoadedIndex beside the current one and swaps the
// pointer atomically: requests in flight finish on the old index, new ones see the new one, and
// the old one is freed when its last request ends. A failed load keeps the current index.
// Thread-safe: Current() from any thread; Reload() is serialized (a second concurrent call
// returns at once, busy).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "embargo/regime.h"
#include "embargo/screener.h"
#include "embargo/status.h"

namespace embargo::server {

// A dataset as clients and the Screener name it: "un", "un_dprk", "ofac_sdgt".
struct DatasetInfo {
  std::string name;
  size_t entities = 0;
};

// An entity's FollowTheMoney schema and properties (a JSON object's text), rendered once per
// load from ToFtmJson so that answers copy them instead of converting every time.
struct FtmText {
  std::string schema;
  std::string properties;
};

struct LoadedIndex {
  std::shared_ptr<const Screener> screener;
  std::vector<DatasetInfo> datasets;  // every dataset an entity belongs to, sorted by name
  std::optional<Regime> regime;       // for /transactions/check; empty when none configured
  PartyMatcher party_matcher;         // screens regime parties with `screener`
  std::string loaded_at;              // ISO 8601 UTC
  double load_seconds = 0;
  uint64_t generation = 0;  // 1 for the first load, +1 for each successful reload

  std::unordered_map<const Entity*, FtmText> ftm;  // every entity of screener->lists()

  const DatasetInfo* FindDataset(std::string_view name) const;  // nullptr when unknown
};

// Indexes loaded lists (and a regime, when given) into a LoadedIndex.
Result<std::shared_ptr<LoadedIndex>> BuildIndex(std::vector<ListSnapshot> lists,
                                                std::optional<Regime> regime);

// Builds a LoadedIndex from list files (empty = the reference set) and an optional regime file.
using IndexLoader = std::function<Result<std::shared_ptr<LoadedIndex>>()>;
IndexLoader MakeFileLoader(std::vector<std::string> list_paths, std::string regime_path);

struct ReloadReport {
  bool ok = false;
  bool busy = false;  // another reload was running; nothing was done
  std::string message;
  std::string finished_at;  // ISO 8601 UTC
  double seconds = 0;
  uint64_t generation = 0;  // of the index serving after the reload
};

class ListState {
 public:
  explicit ListState(IndexLoader loader) : loader_(std::move(loader)) {}

  // The index serving now; nullptr until the first load succeeded.
  std::shared_ptr<const LoadedIndex> Current() const { return current_.load(); }

  // Loads a new index and swaps it in; on failure the current index keeps serving.
  ReloadReport Reload();

  std::optional<ReloadReport> last_reload() const;
  uint64_t reloads_ok() const { return reloads_ok_.load(); }
  uint64_t reloads_failed() const { return reloads_failed_.load(); }

 private:
  IndexLoader loader_;
  std::atomic<std::shared_ptr<const LoadedIndex>> current_;
  std::mutex reload_mutex_;  // one reload at a time
  mutable std::mutex report_mutex_;
  std::optional<ReloadReport> last_;
  uint64_t generation_ = 0;  // guarded by reload_mutex_
  std::atomic<uint64_t> reloads_ok_{0}, reloads_failed_{0};
};

std::string UtcNow();  // "2026-05-08T10:11:12Z"

}  // namespace embargo::server
