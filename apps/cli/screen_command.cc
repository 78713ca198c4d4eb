#include "commands.h"

namespace embargo::cli {

// Not written yet: registers nothing, so `embargo screen` is an unknown command.
void RegisterScreenCommand(CLI::App& app) {}

}  // namespace embargo::cli
