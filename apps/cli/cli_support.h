// What every sub-command shares: failing with a clear message, loading lists and a Screener.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "embargo/lists.h"
#include "embargo/screener.h"
#include "embargo/status.h"

namespace embargo::cli {

// Prints "embargo: <status>" to stderr and ends the command with exit status 1.
[[noreturn]] void Fail(const Status& status);

// Loads list files and folders (the reference set when `paths` is empty), printing warnings to
// stderr; fails the command on error.
std::vector<ListSnapshot> LoadListsOrFail(std::vector<std::string> paths);

// The same lists, normalized and indexed; prints what was built to stderr.
std::shared_ptr<const Screener> LoadScreener(const std::vector<std::string>& paths);

}  // namespace embargo::cli
