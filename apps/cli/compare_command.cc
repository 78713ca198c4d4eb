#include "commands.h"

namespace embargo::cli {

// Not written yet: registers nothing, so `embargo compare` is an unknown command.
void RegisterCompareCommand(CLI::App& app) {}

}  // namespace embargo::cli
