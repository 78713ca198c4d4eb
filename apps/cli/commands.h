// The `embargo` sub-commands. Each Register* function adds one sub-command (and its flags and
// callback) to the application; each lives in its own file, named after the command.
// Callbacks report failure by throwing CLI::RuntimeError(exit_code) after printing to stderr.
#pragma once

#include <CLI/CLI.hpp>

namespace embargo::cli {

void RegisterListsCommand(CLI::App& app);      // lists_command.cc
void RegisterNormalizeCommand(CLI::App& app);  // normalize_command.cc
void RegisterScreenCommand(CLI::App& app);     // screen_command.cc
void RegisterCompareCommand(CLI::App& app);    // compare_command.cc
void RegisterCheckCommand(CLI::App& app);      // check_command.cc
void RegisterRegimeCommand(CLI::App& app);     // regime_command.cc
void RegisterServeCommand(CLI::App& app);      // serve_command.cc

}  // namespace embargo::cli
