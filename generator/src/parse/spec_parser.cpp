// Shape check of the top level and of `targets:`; machines are read by
// machine_parser.cpp.
#include <algorithm>

#include "parse/machine_parser.h"
#include "parse/raw_spec.h"
#include "parse/targets_parser.h"
#include "parse/yaml_reader.h"
#include "util/suggest.h"

namespace statusc {
namespace {

void read_option(YamlReader& r, const YamlNode& key, const YamlNode& value, const TargetOptionSchema& schema,
                 RawTarget& target) {
  const std::string what = "'" + schema.name + "'";
  RawTargetOption option{LString{key.value, key.loc}, std::nullopt, {}};
  switch (schema.kind) {
    case TargetOptionSchema::Kind::Name:
      option.value = r.name(value, what);
      if (option.value && !schema.choices.empty() &&
          std::find(schema.choices.begin(), schema.choices.end(), option.value->value) == schema.choices.end()) {
        r.diags().report(DiagKind::InvalidValue, option.value->loc,
                         what + " cannot be '" + for_message(option.value->value) + "': it is one of " +
                             name_list(schema.choices) + did_you_mean(option.value->value, schema.choices));
        option.value.reset();
      }
      break;
    case TargetOptionSchema::Kind::Text:
      option.value = r.text(value, what);
      break;
    case TargetOptionSchema::Kind::Map:
      if (!r.expect_mapping(value, what)) return;
      for (const auto& [entry_key, entry_value] : value.entries)
        if (auto v = r.scalar(entry_value, "an entry of " + what))
          option.entries.emplace_back(LString{entry_key.value, entry_key.loc}, std::move(*v));
      break;
  }
  if (option.value || schema.kind == TargetOptionSchema::Kind::Map) target.options.push_back(std::move(option));
}

void read_target(YamlReader& r, const YamlNode& key, const YamlNode& node, const TargetSchema& schema,
                 RawTargets& targets, const std::vector<std::string_view>& extra_keys) {
  RawTarget& target = targets.targets.emplace_back();
  target.key = LString{key.value, key.loc};
  target.enabled.loc = key.loc;
  if (node.is_null()) return;  // `typescript:` with nothing after it is on
  const std::string what = "the " + schema.key + " target";
  std::vector<std::string_view> allowed{"enabled"};
  for (const TargetOptionSchema& option : schema.options) allowed.push_back(option.name);
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  if (!r.check_keys(node, what, allowed, {})) return;
  for (const auto& [option_key, value] : node.entries) {
    if (option_key.value == "enabled") {
      if (auto b = r.boolean(value, "'enabled'")) {
        target.enabled = *b;
        target.enabled_given = true;
      }
      continue;
    }
    for (const TargetOptionSchema& option : schema.options)
      if (option.name == option_key.value) read_option(r, option_key, value, option, target);
  }
}

}  // namespace

void read_targets(YamlReader& r, const YamlNode& node, const std::vector<TargetSchema>& schemas,
                  RawTargets& targets, const std::vector<std::string_view>& extra_keys) {
  targets.present = true;
  std::vector<std::string_view> keys;
  for (const TargetSchema& schema : schemas) keys.push_back(schema.key);
  if (!r.check_keys(node, "targets", keys, {})) return;
  for (const auto& [key, value] : node.entries)
    for (const TargetSchema& schema : schemas)
      if (schema.key == key.value) read_target(r, key, value, schema, targets, extra_keys);
}

std::optional<RawSpec> parse_spec(const YamlNode& root, const SourceFile& file, DiagnosticEngine& diags,
                                  const std::vector<TargetSchema>& targets) {
  YamlReader r(diags);
  RawSpec spec;
  spec.file = &file;
  if (root.is_null()) {
    diags.report(DiagKind::MissingKey, root.loc,
                 "the spec file is empty; it needs at least 'statusc: 1', 'package' and 'machines'");
    return std::nullopt;
  }
  if (!r.check_keys(root, "the spec", {"statusc", "package", "description", "targets", "machines"},
                    {"statusc", "package", "machines"}))
    return std::nullopt;

  if (const YamlNode* v = root.find("statusc")) {
    if (auto version = r.integer(*v, "'statusc'")) {
      spec.version = *version;
      if (version->value != 1)
        diags.report(DiagKind::UnsupportedVersion, v->loc,
                     "unsupported spec format version " + std::to_string(version->value) +
                         "; this statusc reads version 1");
    }
  }
  if (const YamlNode* p = root.find("package"))
    if (auto pkg = r.name(*p, "'package'")) spec.package = *pkg;
  if (const YamlNode* d = root.find("description")) spec.description = r.text(*d, "'description'");
  if (const YamlNode* t = root.find("targets")) read_targets(r, *t, targets, spec.targets);

  const YamlNode* machines = root.find("machines");
  for (const auto& [key, value] : root.entries)
    if (key.value == "machines") spec.machines_loc = key.loc;
  if (machines == nullptr || !r.expect_mapping(*machines, "'machines'")) return std::nullopt;
  if (machines->entries.empty()) {
    diags.report(DiagKind::EmptyCollection, machines->loc, "'machines' must declare at least one machine");
  }
  for (const auto& [key, value] : machines->entries) {
    if (!r.key_name(key, "machine")) continue;
    if (auto m = parse_machine(r, key, value)) spec.machines.push_back(std::move(*m));
  }
  return spec;
}

std::optional<RawSpec> parse(const SourceFile& file, DiagnosticEngine& diags,
                             const std::vector<TargetSchema>& targets) {
  std::optional<YamlNode> root = load_yaml(file, diags);
  if (!root) return std::nullopt;
  return parse_spec(*root, file, diags, targets);
}

}  // namespace statusc
