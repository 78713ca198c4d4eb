#include "commands.h"

namespace embargo::cli {

// Not written yet: registers nothing, so `embargo check` is an unknown command.
void RegisterCheckCommand(CLI::App& app) {}

}  // namespace embargo::cli
