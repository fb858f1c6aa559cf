// Tests of the HTTP handler in docs/generated/go.md (copied next to this
// file as handler.go by tests/compile/go/run.sh): JSON in and out through
// the generated MarshalText/UnmarshalText, transitions checked by
// CanTransition, legacy rows read by MigrateWorkflowSessionStatus.
package sessionapi

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func put(t *testing.T, h http.Handler, path, body string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPut, path, strings.NewReader(body)))
	return rec.Code, rec.Body.String()
}

func TestLegacyRowsLoad(t *testing.T) {
	var store Store
	for _, stored := range []string{"PAUSED", "IN_PROGRESS", "COMPLETED"} {
		if err := store.Load("s-"+stored, stored); err != nil {
			t.Errorf("Load(%q): %v", stored, err)
		}
	}
	err := store.Load("s9", "in_progress")
	if err == nil || err.Error() != `session s9: unknown status "in_progress"` {
		t.Errorf("Load of a near miss: %v", err)
	}
}

func TestStatusUpdates(t *testing.T) {
	var store Store
	if err := store.Load("s1", "PAUSED"); err != nil { // now IN_PROGRESS
		t.Fatal(err)
	}
	steps := []struct {
		path, body string
		code       int
		response   string
	}{
		// A removed name is read from old rows, never accepted from clients.
		{"/sessions/s1/status", `{"status":"PAUSED"}`, 400, `workflowsession: "PAUSED" is not a valid WorkflowSessionStatus` + "\n"},
		{"/sessions/s1/status", `{"status":"completed"}`, 400, `workflowsession: "completed" is not a valid WorkflowSessionStatus` + "\n"},
		{"/sessions/s1/status", `{"status":3}`, 400, ""},
		{"/sessions/s1/status", `{}`, 400, "status is required\n"},
		{"/sessions/s1/status", `{"status":"IN_PROGRESS"}`, 200, `{"id":"s1","status":"IN_PROGRESS"}` + "\n"},
		{"/sessions/s1/status", `{"status":"COMPLETED"}`, 200, `{"id":"s1","status":"COMPLETED"}` + "\n"},
		// Completion is final.
		{"/sessions/s1/status", `{"status":"IN_PROGRESS"}`, 409, "a COMPLETED session cannot become IN_PROGRESS\n"},
		{"/sessions/s2/status", `{"status":"COMPLETED"}`, 404, "404 page not found\n"},
		{"/sessions/s1", `{"status":"COMPLETED"}`, 404, "404 page not found\n"},
	}
	for _, step := range steps {
		code, response := put(t, &store, step.path, step.body)
		if code != step.code || (step.response != "" && response != step.response) {
			t.Errorf("PUT %s %s: %d %q, want %d %q", step.path, step.body, code, response, step.code, step.response)
		}
	}
}

func TestOverRealHTTP(t *testing.T) {
	var store Store
	if err := store.Load("s1", "IN_PROGRESS"); err != nil {
		t.Fatal(err)
	}
	server := httptest.NewServer(&store)
	defer server.Close()
	req, err := http.NewRequest(http.MethodPut, server.URL+"/sessions/s1/status", strings.NewReader(`{"status":"COMPLETED"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := server.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || string(body) != `{"id":"s1","status":"COMPLETED"}`+"\n" ||
		resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("%d %q %q", resp.StatusCode, body, resp.Header.Get("Content-Type"))
	}
}
