#pragma once
// A structural checker for the Markdown reference statusc generates, written
// independently of the emitter so that it can catch the emitter's mistakes.
// No Markdown tool is assumed to be installed; instead it checks the
// properties GitHub's renderer relies on:
//   - every row of a table has as many unescaped `|` as its header, and the
//     second row is a delimiter row;
//   - no raw HTML: a `<` is only our `<!-- ... -->` banner on line 1, a
//     `<br>` line break in a cell, or a visible `<U+XXXX>` escape;
//   - code fences are closed and are all ```mermaid blocks whose lines follow
//     the small stateDiagram-v2 subset statusc writes (ids `s_<name>`, labels
//     and event names lower_snake), which the Mermaid lexer cannot mistake
//     for a keyword;
//   - every `](#anchor)` link points at a heading, with GitHub's anchors.
// diagrams() parses the Mermaid blocks, so tests can compare them with the
// spec.

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace statusc::mdcheck {

struct Diagram {
  int line = 0;                                           // 1-based line of the ```mermaid fence
  std::vector<std::pair<std::string, std::string>> states;  // id, label
  std::vector<std::string> initial;                       // ids after `[*] -->`
  std::vector<std::string> final;                         // ids before `--> [*]`
  std::vector<std::tuple<std::string, std::string, std::string>> edges;  // from id, to id, event ("" if none)
};

inline std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// `|` that separate cells: a backslash escapes the next character.
inline int count_pipes(const std::string& line) {
  int n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '|') ++n;
  }
  return n;
}

inline bool is_delimiter_row(const std::string& line) {
  static const std::regex row(R"re(^\|( *:?-+:? *\|)+$)re");
  return std::regex_match(line, row);
}

// GitHub's (github-slugger's) anchor for ASCII heading text.
inline std::string slug(const std::string& heading) {
  std::string out;
  for (char c : heading) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') out += c;
    else if (c == ' ') out += '-';
  }
  return out;
}

inline std::vector<Diagram> diagrams(const std::string& markdown, std::vector<std::string>* problems = nullptr) {
  static const std::regex state_decl(R"re(^    state "([A-Za-z][A-Za-z0-9_-]*)" as (s_[a-z][a-z0-9_]*)$)re");
  static const std::regex start(R"re(^    \[\*\] --> (s_[a-z][a-z0-9_]*)$)re");
  static const std::regex finish(R"re(^    (s_[a-z][a-z0-9_]*) --> \[\*\]$)re");
  static const std::regex edge(R"re(^    (s_[a-z][a-z0-9_]*) --> (s_[a-z][a-z0-9_]*)(: ([A-Za-z][A-Za-z0-9_ (),-]*))?$)re");
  auto problem = [&](int line, const std::string& what) {
    if (problems) problems->push_back("line " + std::to_string(line) + ": " + what);
  };
  std::vector<Diagram> out;
  std::vector<std::string> lines = split_lines(markdown);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != "```mermaid") continue;
    Diagram d;
    d.line = static_cast<int>(i) + 1;
    std::set<std::string> declared;
    if (i + 1 >= lines.size() || lines[i + 1] != "stateDiagram-v2") problem(d.line + 1, "expected stateDiagram-v2");
    size_t j = i + 2;
    for (; j < lines.size() && lines[j] != "```"; ++j) {
      std::smatch m;
      const std::string& l = lines[j];
      const int n = static_cast<int>(j) + 1;
      if (std::regex_match(l, m, state_decl)) {
        // The id is s_ + the label's words (s_shutting_down for shutting-down):
        // the same letters, lower-cased, with '_' for the word breaks.
        std::string letters_of_label, letters_of_id;
        for (char c : m[1].str())
          if (c != '_' && c != '-') letters_of_label += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (char c : m[2].str().substr(2))
          if (c != '_') letters_of_id += c;
        if (letters_of_label != letters_of_id) problem(n, "state id is not s_ + the words of its label");
        if (!declared.insert(m[2]).second) problem(n, "state declared twice");
        d.states.emplace_back(m[2], m[1]);
      } else if (std::regex_match(l, m, start)) {
        d.initial.push_back(m[1]);
      } else if (std::regex_match(l, m, finish)) {
        d.final.push_back(m[1]);
      } else if (std::regex_match(l, m, edge)) {
        d.edges.emplace_back(m[1], m[2], m[4]);
        if (!declared.count(m[1]) || !declared.count(m[2])) problem(n, "edge uses an undeclared state");
      } else {
        problem(n, "not a line of statusc's Mermaid subset: " + l);
      }
    }
    if (j == lines.size()) problem(d.line, "unclosed mermaid fence");
    out.push_back(std::move(d));
    i = j;
  }
  return out;
}

// Every problem found, as "line N: ..."; empty when the file is fine.
inline std::vector<std::string> check(const std::string& markdown) {
  std::vector<std::string> problems;
  auto problem = [&](size_t index, const std::string& what) {
    problems.push_back("line " + std::to_string(index + 1) + ": " + what);
  };
  std::vector<std::string> lines = split_lines(markdown);
  std::vector<std::string> anchors;
  std::map<std::string, int> seen;
  bool in_fence = false;
  int header_pipes = -1;  // inside a table: the header's pipe count
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("```", 0) == 0) {
      if (!in_fence && l != "```mermaid") problem(i, "a code fence other than ```mermaid: " + l);
      in_fence = !in_fence;
      header_pipes = -1;
      continue;
    }
    if (in_fence) continue;
    if (!l.empty() && l[0] == '|') {
      if (header_pipes < 0) {
        header_pipes = count_pipes(l);
        if (i + 1 >= lines.size() || !is_delimiter_row(lines[i + 1])) problem(i, "table header without a delimiter row");
      } else if (count_pipes(l) != header_pipes) {
        problem(i, "table row has " + std::to_string(count_pipes(l)) + " cell separators, the header " +
                       std::to_string(header_pipes) + ": " + l);
      }
      if (l.back() != '|' || (l.size() >= 2 && l[l.size() - 2] == '\\')) problem(i, "table row does not end with |");
    } else {
      header_pipes = -1;
    }
    for (size_t p = l.find('<'); p != std::string::npos; p = l.find('<', p + 1)) {
      bool banner = i == 0 && p == 0 && l.rfind("<!-- ", 0) == 0 && l.size() >= 4 && l.compare(l.size() - 4, 4, " -->") == 0 &&
                    l.find("-->") == l.size() - 3;
      if (!banner && l.compare(p, 4, "<br>") != 0 && l.compare(p, 3, "<U+") != 0) problem(i, "raw HTML: " + l.substr(p, 20));
    }
    if (l.rfind("#", 0) == 0) {
      size_t text = l.find_first_not_of('#');
      if (text == std::string::npos || l[text] != ' ') {
        problem(i, "malformed heading");
        continue;
      }
      // Headings hold code spans at most; GitHub drops the backticks.
      std::string base = slug(l.substr(text + 1)), s = base;
      while (seen.count(s)) s = base + "-" + std::to_string(++seen[base]);
      seen.emplace(s, 0);
      anchors.push_back(s);
    }
  }
  if (in_fence) problem(lines.size(), "unclosed code fence");
  static const std::regex link(R"re(\]\(#([^)]*)\))re");
  for (size_t i = 0; i < lines.size(); ++i) {
    for (auto it = std::sregex_iterator(lines[i].begin(), lines[i].end(), link); it != std::sregex_iterator(); ++it)
      if (std::find(anchors.begin(), anchors.end(), (*it)[1].str()) == anchors.end())
        problem(i, "link to a missing anchor #" + (*it)[1].str());
  }
  diagrams(markdown, &problems);
  return problems;
}

}  // namespace statusc::mdcheck
