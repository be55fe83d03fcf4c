// The view model of the follow-up register (opvolging/): per aanbeveling of
// the reports where it stands according to content/opvolging.csv, and the
// counts per status, per addressee and per year. Like the overview pages it
// needs the reports' rendered blocks, so render adds it after page_view.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assemble/page_view.h"
#include "model/content.h"
#include "text/blocks.h"

namespace spiegel {

/// One report's aanbevelingen, as the register needs them.
struct ReportAanbevelingen {
  std::string gemeente;           ///< as shown
  std::string url;                ///< its page, from the register page
  const Document* doc = nullptr;  ///< its text: the register names it by its slug; its datum gives the year
  const std::vector<Block>* blocks = nullptr;
};

/// One aanbeveling with its latest status.
struct FollowUpRow {
  std::string gemeente, titel, url, aan, jaar;
  std::string status = {};       ///< the status's name (for the CSS), "" without one
  std::string status_naam = {};  ///< "in uitvoering", or "nog geen stand"
  std::string peildatum = {};    ///< "1 maart 2024"; "" without one
  std::string toelichting = {};
};
void to_json(nlohmann::json& j, const FollowUpRow& row);

/// How many aanbevelingen have a status (or none yet).
struct StatusCount {
  std::string status, naam;
  std::size_t aantal = 0;
};
void to_json(nlohmann::json& j, const StatusCount& count);

/// One line of a cross table: a group of aanbevelingen (an addressee, a year) by status.
struct FollowUpTally {
  std::string naam;
  std::vector<StatusCount> statussen;  ///< every status in order, then "nog geen stand"
  std::size_t totaal = 0;
};
void to_json(nlohmann::json& j, const FollowUpTally& tally);

struct FollowUpRegister {
  std::vector<StatusCount> totaal;  ///< every status in order, then "nog geen stand"
  std::vector<FollowUpTally> per_aan, per_jaar;
  std::vector<FollowUpRow> rijen;  ///< in the order of the reports and their aanbevelingen
};
void to_json(nlohmann::json& j, const FollowUpRegister& r);

/// The register of `reports`' aanbevelingen; an aanbeveling the register
/// names that none of them has (one of an earlier edition) is a row of its own.
FollowUpRegister follow_up_register(const Content& content, const std::vector<ReportAanbevelingen>& reports);

struct FollowUpPage {
  PageBase page;
  FollowUpRegister opvolging;
  nlohmann::json to_json() const;
};

}  // namespace spiegel
