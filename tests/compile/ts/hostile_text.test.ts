// tests/generate/hostile_text.yaml: comment terminators, quotes,
// backslashes, U+2028/U+2029 and template syntax in every place user text
// reaches the module. It loads (no comment or string was broken) and every
// string attribute round-trips exactly. Expected strings use escapes only,
// so this file's own encoding cannot matter.
import {
  TextStatus,
  isTextStatus,
  labelOfTextStatus,
  migrateTextStatus,
  noteOfTextStatus,
  textStatusAttributes,
  textStatusValues,
  toneOfTextStatus,
} from "../gen/generate/hostile_text.js";
import { equal, finish, sameList } from "./support.js";

const defaultNote = "default \"note\" with \\ and */ and \u2029 paragraph";
const expected: Record<TextStatus, { label: string; note: string }> = {
  first: {
    label: "He said \"hi\" \\ */ <script>alert(1)</script> | pipe | `tick`",
    note: defaultNote,
  },
  second: {
    label: "${injected} {{mustache}} ?? ??/ ??= \\u0041 \\x41 %s %n",
    note: "tab\there, NUL-free, emoji \u{1F600}, accents \u00e9\u00e8, CJK \u6f22\u5b57",
  },
  third: {
    label: "Trailing backslash \\",
    note: defaultNote,
  },
};
sameList(textStatusValues, ["first", "second", "third"], "values");
for (const s of textStatusValues) {
  equal(labelOfTextStatus(s), expected[s].label, `label(${s})`);
  equal(noteOfTextStatus(s), expected[s].note, `note(${s})`);
  equal(textStatusAttributes[s].label.length, expected[s].label.length, `label length(${s})`);
}
equal(noteOfTextStatus("first").indexOf("\u2029"), 33, "U+2029 survives as one character");
equal(labelOfTextStatus("second").includes("${"), true, "no template interpolation happened");
equal(TextStatus.Second, "second", "TextStatus.Second");
equal(toneOfTextStatus("third"), "loud", "tone");
equal(isTextStatus("third"), true, "guard");
equal(migrateTextStatus("zeroth"), "first", "migrate('zeroth')");
equal(migrateTextStatus(4), "first", "migrate(4)");

finish("hostile_text");
