package templates_test

import (
	"bytes"
	"io/fs"
	"os"
	"reflect"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/snapshot"
	"github.com/jobdesc/jobdesc/templates"
)

func labelsData(t *testing.T) []byte {
	t.Helper()
	data, err := fs.ReadFile(templates.FS(), "labels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// labels.yaml edited without `go generate` fails here (a run would
// still be right, only slower).
func TestLabelsSnapshotIsCurrent(t *testing.T) {
	want, err := posting.LabelsSnapshotSource("labels.yaml", labelsData(t), "templates")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("labels_snapshot.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("templates/labels_snapshot.go is out of date: run go generate ./templates")
	}
}

// The snapshot gives the words parsing gives; a labels file that is not
// its bytes (a user's, or an edit) is parsed.
func TestLabelsSnapshotEqualsTheParse(t *testing.T) {
	data := labelsData(t)
	parsed, err := posting.ParseLabels("labels.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	taken, err := posting.LabelsOf("labels.yaml", data, templates.LabelsSnapshot())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(parsed, taken) {
		t.Error("the snapshot's words differ from the parse")
	}
	edited := bytes.Replace(data, []byte("Vos missions"), []byte("Vos tâches"), 1)
	stale := templates.LabelsSnapshot()
	stale.File = snapshot.Of(data)
	w, err := posting.LabelsOf("labels.yaml", edited, stale)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := posting.ParseLabels("labels.yaml", edited)
	if !reflect.DeepEqual(w, want) {
		t.Error("an edited labels file was not parsed")
	}
}
