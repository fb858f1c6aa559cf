// tests/real/*.strings (copied to testdata/ by run.sh): the wire strings each
// system's documentation lists, written apart from the specs. Every one is
// a value of its Go type, parses, prints and marshals back unchanged, and
// carries its documented number (EC2's codes, 0 included); the values are
// exactly the documented strings.
package checks

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"statusc.test/real/airflowtaskinstance"
	"statusc.test/real/celerytask"
	"statusc.test/real/ec2instancestate"
	"statusc.test/real/githubcheckrun"
	"statusc.test/real/kubernetespod"
	"statusc.test/real/stripepaymentintent"
)

// A machine's API, as the documentation's strings need it.
type realMachine struct {
	values     func() []fmt.Stringer
	parse      func(string) (fmt.Stringer, bool)
	fromNumber func(int32) (fmt.Stringer, bool)
}

// machine adapts one generated type's functions to realMachine.
func machine[T fmt.Stringer](values func() []T, parse func(string) (T, bool), fromNumber func(int32) (T, bool)) realMachine {
	return realMachine{
		values: func() []fmt.Stringer {
			var out []fmt.Stringer
			for _, v := range values() {
				out = append(out, v)
			}
			return out
		},
		parse:      func(s string) (fmt.Stringer, bool) { return parse(s) },
		fromNumber: func(n int32) (fmt.Stringer, bool) { return fromNumber(n) },
	}
}

var realMachines = map[string]realMachine{
	"TaskInstanceState":      machine(airflowtaskinstance.TaskInstanceStateValues, airflowtaskinstance.ParseTaskInstanceState, airflowtaskinstance.TaskInstanceStateFromNumber),
	"TaskState":              machine(celerytask.TaskStateValues, celerytask.ParseTaskState, celerytask.TaskStateFromNumber),
	"InstanceState":          machine(ec2instancestate.InstanceStateValues, ec2instancestate.ParseInstanceState, ec2instancestate.InstanceStateFromNumber),
	"CheckRunStatus":         machine(githubcheckrun.CheckRunStatusValues, githubcheckrun.ParseCheckRunStatus, githubcheckrun.CheckRunStatusFromNumber),
	"CheckRunConclusion":     machine(githubcheckrun.CheckRunConclusionValues, githubcheckrun.ParseCheckRunConclusion, githubcheckrun.CheckRunConclusionFromNumber),
	"PodPhase":               machine(kubernetespod.PodPhaseValues, kubernetespod.ParsePodPhase, kubernetespod.PodPhaseFromNumber),
	"ContainerState":         machine(kubernetespod.ContainerStateValues, kubernetespod.ParseContainerState, kubernetespod.ContainerStateFromNumber),
	"ContainerWaitingReason": machine(kubernetespod.ContainerWaitingReasonValues, kubernetespod.ParseContainerWaitingReason, kubernetespod.ContainerWaitingReasonFromNumber),
	"PaymentIntentStatus":    machine(stripepaymentintent.PaymentIntentStatusValues, stripepaymentintent.ParsePaymentIntentStatus, stripepaymentintent.PaymentIntentStatusFromNumber),
}

func TestDocumentedWireStrings(t *testing.T) {
	files, err := filepath.Glob("testdata/*.strings")
	if err != nil || len(files) != 6 {
		t.Fatalf("testdata/*.strings: %v, %d files (run.sh copies tests/real/*.strings)", err, len(files))
	}
	documented := map[string][]string{}
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(f)
		for lines.Scan() {
			fields := strings.Split(lines.Text(), "\t")
			if len(fields) != 3 {
				t.Fatalf("%s: %q is not Machine<TAB>wire<TAB>number", file, lines.Text())
			}
			name, wire, number := fields[0], fields[1], fields[2]
			m, known := realMachines[name]
			if !known {
				t.Errorf("%s: no machine %s", file, name)
				continue
			}
			documented[name] = append(documented[name], wire)
			s, ok := m.parse(wire)
			if !ok || s.String() != wire {
				t.Errorf("%s: Parse%s(%q) = %v, %v", file, name, wire, s, ok)
				continue
			}
			if out, err := json.Marshal(s); err != nil || string(out) != strconv.Quote(wire) {
				t.Errorf("%s: json.Marshal(%s) = %s, %v", file, wire, out, err)
			}
			if number != "-" {
				n, err := strconv.ParseInt(number, 10, 32)
				if err != nil {
					t.Fatalf("%s: number %q", file, number)
				}
				if got, ok := m.fromNumber(int32(n)); !ok || got.String() != wire {
					t.Errorf("%s: %sFromNumber(%d) = %v, %v, want %s", file, name, n, got, ok, wire)
				}
			}
		}
		f.Close()
	}
	for name, m := range realMachines {
		var values []string
		for _, v := range m.values() {
			values = append(values, v.String())
		}
		want := append([]string(nil), documented[name]...)
		sort.Strings(values)
		sort.Strings(want)
		if strings.Join(values, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: values %q, documented %q", name, values, want)
		}
	}
}
