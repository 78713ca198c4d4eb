// FollowTheMoney entities that are not subjects but describe one: Sanction (its `entity`),
// Identification and Passport (their `holder`) and Address (referenced by a subject's
// `addressEntity`). OpenSanctions exports put programs, listing dates, documents and addresses
// there; the JSON lines reader folds them into the subjects.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "embargo/entity.h"

namespace embargo::lists::ftm {

// What the linked entities say about one subject.
struct SubjectDetails {
  std::vector<std::string> programs;
  std::string listed_on;  // the earliest listing or start date, ISO
  std::vector<std::string> reasons;
  std::vector<Identifier> identifiers;
  std::vector<Address> addresses;
};

class LinkedDetails {
 public:
  // Keeps what `entity` (of `schema`) says about the subjects it names. False when the schema
  // is not one of the linking schemas.
  bool Add(const std::string& schema, const std::string& id, const nlohmann::json& entity);

  // The details for the subject with FtM id `subject_id` that references `address_ids`.
  SubjectDetails For(const std::string& subject_id,
                     const std::vector<std::string>& address_ids) const;

 private:
  std::unordered_map<std::string, SubjectDetails> by_subject_;
  std::unordered_map<std::string, Address> addresses_;
};

}  // namespace embargo::lists::ftm
