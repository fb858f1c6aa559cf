// Shape check of the top level and of `targets:`; machines are read by
// machine_parser.cpp.
#include "parse/machine_parser.h"
#include "parse/raw_spec.h"
#include "parse/yaml_reader.h"

namespace statusc {
namespace {

void read_target_common(YamlReader& r, const YamlNode& node, RawTargetCommon& target,
                        std::string_view what) {
  target.present = true;
  target.loc = node.loc;
  if (node.is_null()) return;  // `typescript:` with nothing after it is on
  if (!node.is_mapping()) {
    r.expect_mapping(node, what);
    return;
  }
  if (const YamlNode* e = node.find("enabled"))
    if (auto b = r.boolean(*e, "'enabled'")) target.enabled = *b;
}

void read_targets(YamlReader& r, const YamlNode& node, RawTargets& targets) {
  targets.present = true;
  if (!r.check_keys(node, "targets", {"cpp", "proto", "typescript", "markdown"}, {})) return;
  if (const YamlNode* cpp = node.find("cpp")) {
    read_target_common(r, *cpp, targets.cpp, "the cpp target");
    if (cpp->is_mapping() && r.check_keys(*cpp, "the cpp target", {"enabled", "namespace"}, {}))
      if (const YamlNode* ns = cpp->find("namespace")) targets.cpp_namespace = r.name(*ns, "'namespace'");
  }
  if (const YamlNode* proto = node.find("proto")) {
    read_target_common(r, *proto, targets.proto, "the proto target");
    if (proto->is_mapping() &&
        r.check_keys(*proto, "the proto target", {"enabled", "package", "options"}, {})) {
      if (const YamlNode* pkg = proto->find("package")) targets.proto_package = r.name(*pkg, "'package'");
      if (const YamlNode* options = proto->find("options"); options && r.expect_mapping(*options, "'options'")) {
        for (const auto& [key, value] : options->entries) {
          auto v = r.scalar(value, "a proto file option");
          if (v) targets.proto_options.emplace_back(LString{key.value, key.loc}, std::move(*v));
        }
      }
    }
  }
  if (const YamlNode* ts = node.find("typescript")) {
    read_target_common(r, *ts, targets.typescript, "the typescript target");
    if (ts->is_mapping()) r.check_keys(*ts, "the typescript target", {"enabled"}, {});
  }
  if (const YamlNode* md = node.find("markdown")) {
    read_target_common(r, *md, targets.markdown, "the markdown target");
    if (md->is_mapping()) r.check_keys(*md, "the markdown target", {"enabled"}, {});
  }
}

}  // namespace

std::optional<RawSpec> parse_spec(const YamlNode& root, const SourceFile& file, DiagnosticEngine& diags) {
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
  if (const YamlNode* t = root.find("targets")) read_targets(r, *t, spec.targets);

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

std::optional<RawSpec> parse(const SourceFile& file, DiagnosticEngine& diags) {
  std::optional<YamlNode> root = load_yaml(file, diags);
  if (!root) return std::nullopt;
  return parse_spec(*root, file, diags);
}

}  // namespace statusc
