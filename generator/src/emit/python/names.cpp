#include "emit/python/names.h"

#include <algorithm>

#include "naming/naming.h"

namespace statusc::py {

const std::vector<std::string_view>& NameTable::imported_modules() {
  static const std::vector<std::string_view> names = {"annotations", "dataclasses", "enum", "types", "typing"};
  return names;
}

NameTable::NameTable(Scope scope) : scope_(scope) {
  for (std::string_view m : imported_modules()) used_.emplace(m);
}

std::string NameTable::claim(std::string_view wanted) {
  std::string name = naming::python_identifier(wanted);
  if (scope_ == Scope::StrEnumClass && naming::is_python_str_enum_attribute(name)) name += '_';
  while (used_.count(name) != 0) name += '_';
  used_.insert(name);
  return name;
}

std::string member_name(std::string_view wire) { return naming::upper_snake(wire); }

std::string snake_of_class(std::string_view upper_camel) { return naming::lower_snake(upper_camel); }

}  // namespace statusc::py
